package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * How the plans marked ready against an account rule turned out: the journal review counts the overrides and
 * what the trades that took them made, so a trader sees whether overriding their own limits paid.
 *
 * @param plans     plans with at least one account rule overridden
 * @param overrides overrides in those plans (a plan may override several rules)
 * @param trades    closed trades among those plans; {@code wins} and {@code losses} of them
 * @param netPnl    their realized P&L, summed
 * @param averageR  their mean R-multiple, or null when none has a planned risk
 */
public record OverrideSummary(int plans, int overrides, int trades, int wins, int losses, BigDecimal netPnl,
                              BigDecimal averageR) {

    public static OverrideSummary of(Collection<JournalEntry> entries) {
        int plans = 0;
        int overrides = 0;
        int trades = 0;
        int wins = 0;
        int losses = 0;
        int withR = 0;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal sumR = BigDecimal.ZERO;
        for (JournalEntry entry : entries) {
            int count = entry.plan().overrides().size();
            if (count == 0) {
                continue;
            }
            plans++;
            overrides += count;
            TradeOutcome outcome = entry.outcome();
            if (outcome == null) {
                continue;
            }
            trades++;
            wins += outcome.isWin() ? 1 : 0;
            losses += outcome.isLoss() ? 1 : 0;
            net = net.add(outcome.realizedPnl());
            if (outcome.rMultiple() != null) {
                withR++;
                sumR = sumR.add(outcome.rMultiple());
            }
        }
        return new OverrideSummary(plans, overrides, trades, wins, losses, net,
                withR == 0 ? null : Decimals.divide(sumR, BigDecimal.valueOf(withR)));
    }

    /** {@link #describe} as a wording for the window's language (decision 15): the same counts and figures. */
    public Wording wording(String currency) {
        if (plans == 0) {
            return Wording.of("stats.overrides.none");
        }
        if (trades == 0) {
            return Wording.of("stats.overrides.noTrade", plans, overrides);
        }
        Wording net = Wording.of(netPnl.signum() > 0 ? "stats.overrides.gain" : "stats.overrides.amount",
                Wording.money(netPnl, currency));
        return averageR == null
                ? Wording.of("stats.overrides.trades", plans, overrides, trades, wins, losses, net)
                : Wording.of("stats.overrides.tradesR", plans, overrides, trades, wins, losses, net,
                        Wording.decimal(averageR.setScale(2, java.math.RoundingMode.HALF_UP)));
    }

    /** "2 plans, 3 overrides · 1 closed trade: 0 won, 1 lost, −$48.00, −1.00 R", or "None" when there are none. */
    public String describe(String currency) {
        if (plans == 0) {
            return "None: every plan kept the account rules";
        }
        String text = count(plans) + (plans == 1 ? " plan, " : " plans, ") + count(overrides)
                + (overrides == 1 ? " override" : " overrides");
        if (trades == 0) {
            return text + " · no closed trade yet";
        }
        return text + " · " + count(trades) + (trades == 1 ? " closed trade: " : " closed trades: ") + count(wins)
                + " won, " + count(losses) + " lost, " + (netPnl.signum() > 0 ? "+" : "") + Money.format(netPnl, currency)
                + (averageR == null ? "" : ", " + averageR.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " R");
    }

    /** Counts grouped as every other figure is ("1,500"). */
    private static String count(int value) {
        return String.format(java.util.Locale.US, "%,d", value);
    }
}
