package app.microplan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What each kind of departure from the plan cost over a set of closed trades, in money and in R: the total a
 * journal review puts in one sentence ("Past the stop cost you $161.20 (3.4 R) over 4 trades").
 *
 * @param currency      the quote currency every trade shares, or null when they mix (the sums then add them
 *                      as if equal, like the journal's statistics)
 * @param kinds         one total per {@link DeviationKind}, in the kinds' order
 * @param averageScore  the mean execution score, or null without trades
 */
public record DeviationCosts(int trades, String currency, List<KindTotal> kinds, BigDecimal averageScore) {

    public DeviationCosts {
        kinds = List.copyOf(kinds);
    }

    /**
     * One kind of departure over the trades.
     *
     * @param trades      trades that departed in this way
     * @param money       Σ cost; positive cost the trader money
     * @param r           Σ cost in R over the trades with a planned risk
     */
    public record KindTotal(DeviationKind kind, int trades, BigDecimal money, BigDecimal r) {
    }

    public static DeviationCosts of(Collection<ExecutionBreakdown> breakdowns) {
        int[] trades = new int[DeviationKind.values().length];
        BigDecimal[] money = zeros();
        BigDecimal[] r = zeros();
        BigDecimal scores = BigDecimal.ZERO;
        String currency = null;
        boolean first = true;
        for (ExecutionBreakdown breakdown : breakdowns) {
            for (DeviationKind kind : DeviationKind.values()) {
                int k = kind.ordinal();
                if (breakdown.deviates(kind)) {
                    trades[k]++;
                }
                money[k] = money[k].add(breakdown.cost(kind));
                BigDecimal inR = breakdown.costInR(kind);
                r[k] = inR == null ? r[k] : r[k].add(inR);
            }
            scores = scores.add(BigDecimal.valueOf(breakdown.score().total()));
            currency = first || breakdown.currency().equals(currency) ? breakdown.currency() : null;
            first = false;
        }
        List<KindTotal> kinds = new ArrayList<>();
        for (DeviationKind kind : DeviationKind.values()) {
            int k = kind.ordinal();
            kinds.add(new KindTotal(kind, trades[k], money[k], r[k]));
        }
        BigDecimal average = breakdowns.isEmpty() ? null
                : Decimals.divide(scores, BigDecimal.valueOf(breakdowns.size()));
        return new DeviationCosts(breakdowns.size(), currency, kinds, average);
    }

    /** The breakdown of every closed trade among the entries. */
    public static List<ExecutionBreakdown> breakdowns(Collection<JournalEntry> entries) {
        List<ExecutionBreakdown> breakdowns = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (entry.isClosedTrade()) {
                breakdowns.add(ExecutionBreakdown.of(entry.plan(), entry.outcome()));
            }
        }
        return breakdowns;
    }

    public KindTotal total(DeviationKind kind) {
        return kinds.get(kind.ordinal());
    }

    /** "Past the stop cost you $161.20 (3.4 R) over 4 trades", or what it made, or that no trade did it. */
    public String sentence(DeviationKind kind) {
        KindTotal total = total(kind);
        if (total.trades() == 0) {
            return kind.label() + ": no trade.";
        }
        BigDecimal amount = total.money();
        String verb = amount.signum() >= 0 ? " cost you " : " made you ";
        String money = Money.format(amount.abs(), currency == null ? "USD" : currency);
        String rText = total.r().abs().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " R";
        return kind.label() + verb + money + " (" + rText + ") over " + total.trades()
                + (total.trades() == 1 ? " trade." : " trades.");
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] values = new BigDecimal[DeviationKind.values().length];
        java.util.Arrays.fill(values, BigDecimal.ZERO);
        return values;
    }
}
