#!/usr/bin/env python3
"""Works out the sample journal's playbook statistics from its files, independently of Microplan's code.

Reads assets/samples/journal/playbooks.json and the plan files (only *.json: the store's *.json.bak copies are
older versions, not plans). Each closed trade comes from sample_journal_figures.trade (P&L = side x (exit value -
entry value) x contract size - fees - funding; R = P&L / the risk the fills took, docs/numbers.md). A trade
belongs to the playbook its file names (its "playbook" id), else to the playbook named like its first tag
(ignoring case), as PlaybookStatistics' documentation says. Each playbook's trades are then split, per
checklist item of the playbook, by whether the plan's own checklist has that item ticked; an item the plan does
not carry counts in neither column. A trade whose |R| is below the breakeven band (0.05 R) is neither a win
nor a loss. SamplePlaybookStatisticsTest compares the app against the figures printed here.

It also works out the plan-vs-execution figure the journal review leads with, "Exits short of the targets"
(ExecutionMeasure's documentation): each trade's profit-side exits (not stop exits, beyond the average entry),
least favourable first, fill the targets nearest-first, each target taking its planned fraction of the contracts
entered; each piece costs side x (target - exit price) x contract size. The trade's cost in R divides by its
planned risk; InsightsWindowTest checks the sentence.

Run from the project folder:  python3 docs/samples/sample_playbook_figures.py
"""
import glob
import json
import os
import sys
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_journal_figures import div, trade  # noqa: E402

BREAKEVEN_BAND = D('0.05')
JOURNAL = 'assets/samples/journal'


def summary(trades):
    """Trades, wins, losses, net P&L, expectancy (money and R), profit factor, win rate: TradeSummary's formulas."""
    def result(t):
        if t['r'] is not None and abs(t['r']) < BREAKEVEN_BAND:
            return 0
        return (t['pnl'] > 0) - (t['pnl'] < 0)
    wins = [t for t in trades if result(t) > 0]
    losses = [t for t in trades if result(t) < 0]
    profit = sum((t['pnl'] for t in trades if t['pnl'] > 0), D(0))
    lost = sum((t['pnl'] for t in trades if t['pnl'] <= 0), D(0))
    n = D(len(trades))
    return dict(trades=len(trades), wins=len(wins), losses=len(losses), net=profit + lost,
                expectancy=div(profit + lost, n) if trades else None,
                expectancy_r=div(sum(t['r'] for t in trades), n) if trades else None,
                profit_factor=div(profit, -lost) if lost else None,
                win_rate=div(D(len(wins)), n) if trades else None)


def left_on_table(plan):
    """What the profit-side exits left short of (or beyond) the planned targets, in money."""
    setup, ex = plan['setup'], plan['execution']
    side = D(1) if setup['direction'] == 'LONG' else D(-1)
    m = D(str(setup['contract']['contractSize']))
    entered = sum(D(str(f['contracts'])) for f in ex['entries'])
    entry = div(sum(D(str(f['price'])) * D(str(f['contracts'])) for f in ex['entries']), entered)
    profit_side = [f for f in ex['exits'] if side * (D(str(f['price'])) - entry) > 0 and f['reason'] != 'STOP']
    targets = [(D(str(t['price'])), D(str(t['fraction']))) for t in setup['targets']]
    if not targets or not profit_side:
        return D(0)
    targets.sort(key=lambda t: side * (t[0] - entry))
    profit_side.sort(key=lambda f: side * (D(str(f['price'])) - entry))
    room = [fraction * entered for _, fraction in targets]
    left, j = D(0), 0
    for f in profit_side:
        remaining = D(str(f['contracts']))
        while remaining > 0 and j < len(room):
            piece = min(remaining, room[j])
            left += side * (targets[j][0] - D(str(f['price']))) * piece
            remaining -= piece
            room[j] -= piece
            if room[j] == 0:
                j += 1
    return left * m


def show(label, s):
    print(f"{label:<62} trades {s['trades']:>2} wins {s['wins']:>2} net {s['net'].normalize():>10f}"
          f" expectancy {s['expectancy']} R {s['expectancy_r']} PF {s['profit_factor']} win rate {s['win_rate']}")


def main():
    playbooks = json.load(open(f'{JOURNAL}/playbooks.json'))['playbooks']
    plans = [json.load(open(f)) for f in sorted(glob.glob(f'{JOURNAL}/plans/*.json'))]
    closed = [p for p in plans if p['status'] in ('CLOSED', 'REVIEWED')]
    rows = sorted(((trade(p), p) for p in closed), key=lambda tp: (tp[0]['closed'], tp[0]['id']))
    groups = {b['id']: [] for b in playbooks}
    linked = by_tag = 0
    for t, plan in rows:
        if isinstance(plan.get('playbook'), dict):
            linked += 1
            groups[plan['playbook']['id']].append((t, plan))
        else:
            by_tag += 1
            named = [b for b in playbooks if b['name'].lower() == plan['tags'][0].strip().lower()]
            groups[named[0]['id']].append((t, plan))
    print(f'closed trades {len(rows)}: {linked} by the playbook in the file, {by_tag} by their setup tag')
    for b in playbooks:
        group = groups[b['id']]
        show(b['name'], summary([t for t, _ in group]))
        for item in b['checklist']:
            ticked, not_ticked = [], []
            for t, plan in group:
                for line in plan['checklist']:
                    if line['text'].strip().lower() == item.strip().lower():
                        (ticked if line['checked'] else not_ticked).append(t)
                        break
            show(f'  {item} ticked', summary(ticked))
            show(f'  {item} not ticked', summary(not_ticked))
    costs = [(left_on_table(plan), t) for t, plan in rows]
    short = [(c, t) for c, t in costs if c != 0]
    money = sum(c for c, _ in short)
    in_r = sum(div(c, t['risk']) for c, t in short)
    print(f'exits short of the targets: {len(short)} trades, {money} ({in_r} R)')
    for c, t in short:
        print(f"  {t['id']} {c.normalize():f} over planned risk {t['risk']}")


if __name__ == '__main__':
    main()
