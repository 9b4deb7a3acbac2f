#!/usr/bin/env python3
"""Works out the sample journal's statistics from its plan files, independently of Microplan's code.

Reads assets/samples/journal/plans/*.json and applies the formulas of docs/numbers.md and of the
statistics' documentation (JournalStatistics, TradeOutcome, AdherenceCheck) with Python's decimal
module, like a spreadsheet would: one row per closed trade, then sums and ratios. The tests
SampleJournalStatisticsTest and StatsCommandTest compare the app against the figures it prints.

Run from the project folder:  python3 docs/samples/sample_journal_figures.py
"""
import glob
import json
from datetime import datetime, timezone
from decimal import Decimal as D, ROUND_CEILING, ROUND_HALF_EVEN, ROUND_HALF_UP

SCALE = D('1e-12')          # intermediate quotients keep 12 decimals, half-even (Decimals.WORKING_SCALE)
TOLERANCE = D('0.001')      # a fill within 0.1 % of the planned price is the order working


def div(a, b):
    return (a / b).quantize(SCALE, rounding=ROUND_HALF_EVEN)


def when(text):
    return datetime.fromisoformat(text.replace('Z', '+00:00')).astimezone(timezone.utc)


def trade(plan):
    setup, ex = plan['setup'], plan['execution']
    m = D(str(setup['contract']['contractSize']))
    side = D(1) if setup['direction'] == 'LONG' else D(-1)
    entries, exits = ex['entries'], ex['exits']
    value = lambda fills: sum(D(str(f['price'])) * D(str(f['contracts'])) for f in fills)
    qty = lambda fills: sum(D(str(f['contracts'])) for f in fills)
    gross = side * (value(exits) - value(entries)) * m
    fees = sum(D(str(f['fee'])) for f in entries + exits)
    funding = D(str(ex['funding']))
    pnl = gross - fees - funding
    stop = D(str(setup['stop']))
    legs = [(D(str(l['price'])), D(str(l['contracts']))) for l in setup['entries']]
    planned = sum(q for _, q in legs)
    loss = sum(q * side * (p - stop) for p, q in legs)
    loss += D(str(setup['entryFeeRate'])) * sum(p * q for p, q in legs)
    loss += D(str(setup['exitFeeRate'])) * stop * planned
    risk = (loss * m).quantize(D('0.01'), rounding=ROUND_CEILING)
    # What the fills put at risk: each filled contract from its price to the stop, the exit fee at the stop,
    # and the entry fees paid; R is measured on it (a trade stopped after one scale-in leg reads -1 R).
    exit_fee = D(str(setup['exitFeeRate'])) * stop * m
    taken = sum(D(str(f['fee'])) for f in entries)
    taken += sum((side * (D(str(f['price'])) - stop) * m + exit_fee) * D(str(f['contracts'])) for f in entries)
    taken = taken.quantize(D('0.01'), rounding=ROUND_CEILING)
    equity = D(str(plan['account']['equity']))
    size_ok = qty(entries) <= planned
    stop_ok = all(side * (stop - D(str(f['price']))) <= stop * TOLERANCE for f in exits)
    low, high = min(p for p, _ in legs), max(p for p, _ in legs)
    range_ok = all(low - low * TOLERANCE <= D(str(f['price'])) <= high + high * TOLERANCE for f in entries)
    review = plan.get('review')
    checklist_ok = review is None or all(a['followed'] for a in review.get('checklist', []))
    return dict(id=plan['id'], side=setup['direction'], symbol=setup['contract']['symbol'],
                tags=plan.get('tags', []), closed=max(when(f['time']) for f in exits), gross=gross, fees=fees,
                funding=funding, pnl=pnl, risk=risk, planned_r=div(pnl, risk), taken=taken, r=div(pnl, taken),
                risk_fraction=div(risk, equity),
                equity=equity, followed=size_ok and stop_ok and range_ok and checklist_ok)


def summary(trades):
    wins = [t for t in trades if t['pnl'] > 0]
    losses = [t for t in trades if t['pnl'] < 0]
    mean = lambda xs: div(sum(xs), D(len(xs))) if xs else None
    profit, lost = sum(t['pnl'] for t in wins), sum(t['pnl'] for t in losses)
    cumulative = peak = worst = D(0)
    worst_fall, worst_peak_equity = D(0), D(1)
    start = trades[0]['equity'] if trades else D(0)
    for t in trades:
        cumulative += t['pnl']
        peak = max(peak, cumulative)
        fall = peak - cumulative
        worst = max(worst, fall)
        peak_equity = start + peak
        if fall > 0 and fall * worst_peak_equity > worst_fall * peak_equity:
            worst_fall, worst_peak_equity = fall, peak_equity
    return dict(trades=len(trades), wins=len(wins), losses=len(losses), win_rate=div(D(len(wins)), D(len(trades))),
                gross_profit=profit, gross_loss=lost, net=profit + lost, average_win=mean([t['pnl'] for t in wins]),
                average_loss=mean([t['pnl'] for t in losses]), expectancy=mean([t['pnl'] for t in trades]),
                expectancy_r=mean([t['r'] for t in trades]), average_win_r=mean([t['r'] for t in wins]),
                average_loss_r=mean([t['r'] for t in losses]), profit_factor=div(profit, -lost) if lost else None,
                fees=sum(t['fees'] for t in trades), funding=sum(t['funding'] for t in trades), max_drawdown=worst,
                max_drawdown_fraction=div(worst_fall, worst_peak_equity),
                average_risk_fraction=mean([t['risk_fraction'] for t in trades]),
                followed=div(D(sum(t['followed'] for t in trades)), D(len(trades))))


def cents(x):
    return x.quantize(D('0.01'), rounding=ROUND_HALF_UP)


def main():
    plans = [json.load(open(f)) for f in sorted(glob.glob('assets/samples/journal/plans/*.json'))]
    closed = [p for p in plans if p['status'] in ('CLOSED', 'REVIEWED')]
    trades = sorted((trade(p) for p in closed), key=lambda t: (t['closed'], t['id']))
    print(f'plans {len(plans)}, closed trades {len(trades)}')
    print('id, side, symbol, setup (first tag), closed, gross, fees, funding, P&L, planned risk, planned R (4 dp),'
          ' risk taken, R on the risk taken (4 dp), followed')
    for t in trades:
        print(f"{t['id']:<10} {t['side']:<6} {t['symbol']:<16} {t['tags'][0]:<11} "
              f"{t['closed'].strftime('%Y-%m-%dT%H:%M')} {t['gross'].normalize():>10f} {t['fees']:>6} "
              f"{t['funding'].normalize():>7f} {t['pnl'].normalize():>10f} {t['risk']:>7} "
              f"{t['planned_r'].quantize(D('0.0001'), rounding=ROUND_HALF_UP):>8} {t['taken']:>7} "
              f"{t['r'].quantize(D('0.0001'), rounding=ROUND_HALF_UP):>8}  {'yes' if t['followed'] else 'no'}")
    print('\noverall', {k: v for k, v in summary(trades).items()})
    setups, tags = {}, {}
    for t in trades:
        setups.setdefault(t['tags'][0].lower(), []).append(t)
        for tag in dict.fromkeys(x.lower() for x in t['tags']):
            tags.setdefault(tag, []).append(t)
    for name, group in sorted(setups.items()):
        s = summary(group)
        print(f"setup {name:<12} trades {s['trades']:>2} wins {s['wins']:>2} net {cents(s['net'])}"
              f" drawdown {cents(s['max_drawdown'])} win rate {cents(s['win_rate'] * 100)} %")
    for name, group in sorted(tags.items()):
        s = summary(group)
        print(f"tag {name:<14} trades {s['trades']:>2} wins {s['wins']:>2} net {cents(s['net'])}")
    days = [[0, D(0)] for _ in range(7)]
    for t in trades:
        days[t['closed'].weekday()][0] += 1
        days[t['closed'].weekday()][1] += t['pnl']
    print('weekdays (UTC, Monday first): trades', [d[0] for d in days], 'P&L', [str(cents(d[1])) for d in days])
    news_shorts = [t for t in trades if 'news' in [x.lower() for x in t['tags']] and t['side'] == 'SHORT']
    s = summary(news_shorts)
    print('news shorts', [t['id'] for t in news_shorts], 'wins', s['wins'], 'net', s['net'])
    first_half = [t for t in trades if datetime(2026, 2, 1, tzinfo=timezone.utc) <= t['closed']
                  < datetime(2026, 2, 15, tzinfo=timezone.utc)]
    print('closed 1-14 February (UTC)', [t['id'] for t in first_half], 'net', sum(t['pnl'] for t in first_half))
    february = [t for t in trades if t['closed'].year == 2026 and t['closed'].month == 2]
    by_day = {}
    for t in february:
        by_day.setdefault(t['closed'].date(), []).append(t)
    print(f"February 2026 (UTC, the calendar): {len(february)} trades, net {sum(t['pnl'] for t in february)},"
          f" {sum(1 for g in by_day.values() if sum(t['pnl'] for t in g) > 0)} winning and"
          f" {sum(1 for g in by_day.values() if sum(t['pnl'] for t in g) < 0)} losing days")
    for day, group in sorted(by_day.items()):
        print(f"  {day} {[t['id'] for t in group]} P&L {sum(t['pnl'] for t in group)}")
    week = [t for t in trades if datetime(2026, 2, 9, tzinfo=timezone.utc) <= t['closed']
            < datetime(2026, 2, 16, tzinfo=timezone.utc)]
    s = summary(week)
    print('week of 9 February 2026 (UTC)', [t['id'] for t in week], 'wins', s['wins'], 'losses', s['losses'],
          'net', s['net'])
    curve, cumulative = [], D(0)
    for t in trades:
        cumulative += t['pnl']
        curve.append((t['id'], cumulative))
    print('cumulative P&L', [(i, str(c)) for i, c in curve])


if __name__ == '__main__':
    main()
