package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a risk-of-ruin simulation found, in the trader's money and in shares of the account: percentiles of
 * the final equity and of the deepest drawdown, the chance of a drawdown beyond each of a few depths and of
 * ruin, the risk per trade that keeps a 20 % drawdown rarer than 1 in 20, and the fan chart. Money is rounded
 * to the cent, shares and chances to four decimals (0.0123 is 1.23 %).
 *
 * @param sampleTrades      how many of the account's own trades were resampled
 * @param finalEquity       the equity after the last trade, at each of {@link #PERCENTILES}
 * @param maxDrawdown       the deepest fall from a peak along the path, as a share of that peak, at each percentile
 * @param drawdownChances   the share of paths whose deepest fall went beyond each of {@link #DRAWDOWN_DEPTHS}
 * @param ruinChance        the share of paths that lost {@link SimulationSettings#ruinLoss} of the start
 * @param saferRisk         the largest risk per trade with P(drawdown beyond 20 %) under 5 %; null when
 *                          not searched ({@link RiskOfRuinSimulation#simulate})
 * @param fan               equity at about a hundred trade numbers, each with the percentiles' equities
 * @param cappedPaths       how many paths reached {@link RiskOfRuinSimulation#EQUITY_CEILING} times the start and
 *                          were held there (their equity and the percentiles above them are at most that)
 */
public record SimulationResult(
        String account,
        String currency,
        BigDecimal startEquity,
        SimulationRules rules,
        SimulationSettings settings,
        int sampleTrades,
        List<Percentile> finalEquity,
        List<Percentile> maxDrawdown,
        List<Chance> drawdownChances,
        BigDecimal ruinChance,
        SaferRisk saferRisk,
        List<FanPoint> fan,
        int cappedPaths) {

    /** The percentiles shown: 5th to 95th, the median in the middle. */
    public static final List<Integer> PERCENTILES = List.of(5, 25, 50, 75, 95);
    public static final List<BigDecimal> DRAWDOWN_DEPTHS = List.of(new BigDecimal("0.10"), new BigDecimal("0.20"),
            new BigDecimal("0.30"), new BigDecimal("0.50"));

    public SimulationResult {
        finalEquity = List.copyOf(finalEquity);
        maxDrawdown = List.copyOf(maxDrawdown);
        drawdownChances = List.copyOf(drawdownChances);
        fan = List.copyOf(fan);
    }

    /** A value at a percentile: money for equity, a share for a drawdown. */
    public record Percentile(int percentile, BigDecimal value) {
    }

    /** The share of paths beyond a drawdown depth. */
    public record Chance(BigDecimal depth, BigDecimal chance) {
    }

    /** Equity after {@code trade} trades, at each of {@link #PERCENTILES} (lowest first). */
    public record FanPoint(int trade, List<BigDecimal> equity) {
        public FanPoint {
            equity = List.copyOf(equity);
        }
    }

    public SimulationResult withSaferRisk(SaferRisk value) {
        return new SimulationResult(account, currency, startEquity, rules, settings, sampleTrades, finalEquity,
                maxDrawdown, drawdownChances, ruinChance, value, fan, cappedPaths);
    }

    /** Fewer trades behind it than {@link SimulationSample#FEW_TRADES}: the figures say little. */
    public boolean isThin() {
        return sampleTrades < SimulationSample.FEW_TRADES;
    }

    /** The warning to show beside thin results, or null. */
    public String warning() {
        return isThin() ? "Only " + sampleTrades + (sampleTrades == 1 ? " trade backs" : " trades back")
                + " this simulation; below " + SimulationSample.FEW_TRADES + " the figures say little about you."
                : null;
    }

    public BigDecimal chanceOfDrawdownBeyond(BigDecimal depth) {
        return drawdownChances.stream().filter(c -> c.depth().compareTo(depth) == 0).map(Chance::chance)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no chance worked out for " + depth));
    }

    public BigDecimal finalEquityAt(int percentile) {
        return valueAt(finalEquity, percentile);
    }

    public BigDecimal maxDrawdownAt(int percentile) {
        return valueAt(maxDrawdown, percentile);
    }

    private static BigDecimal valueAt(List<Percentile> values, int percentile) {
        return values.stream().filter(v -> v.percentile() == percentile).map(Percentile::value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + percentile + "th percentile"));
    }

    static SimulationResult of(SimulationSample sample, SimulationRules rules, SimulationSettings settings,
                               RiskOfRuinSimulation.Paths paths, SaferRisk safer) {
        BigDecimal start = sample.startEquity();
        long[] equity = sorted(paths.finalEquity());
        long[] drawdown = sorted(paths.maxDrawdown());
        List<Percentile> equities = new ArrayList<>();
        List<Percentile> drawdowns = new ArrayList<>();
        for (int p : PERCENTILES) {
            equities.add(new Percentile(p, money(start, at(equity, p))));
            drawdowns.add(new Percentile(p, share(at(drawdown, p))));
        }
        List<Chance> chances = new ArrayList<>();
        for (BigDecimal depth : DRAWDOWN_DEPTHS) {
            chances.add(new Chance(depth, shareOf(countAbove(drawdown, FixedPoint.units(depth, RoundingMode.FLOOR)),
                    drawdown.length)));
        }
        int ruined = count(paths.ruined());
        // A hundred columns of 10,000 values to sort: on every core, as the paths were made.
        List<FanPoint> fan = java.util.stream.IntStream.range(0, paths.checkpoints().length).parallel().mapToObj(c -> {
            long[] column = paths.equityAt()[c];
            Arrays.sort(column);
            List<BigDecimal> values = new ArrayList<>();
            for (int p : PERCENTILES) {
                values.add(money(start, at(column, p)));
            }
            return new FanPoint(paths.checkpoints()[c], values);
        }).toList();
        return new SimulationResult(sample.account(), sample.currency(), start, rules, settings, sample.size(),
                equities, drawdowns, chances, shareOf(ruined, paths.ruined().length), safer, fan,
                count(paths.capped()));
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** The nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
    static long at(long[] sorted, int percentile) {
        // ceil(p × n / 100) in whole numbers: the rank is exact, however many paths.
        long rank = ((long) percentile * sorted.length + 99) / 100;
        return sorted[(int) Math.max(0, rank - 1)];
    }

    /** How many of the values (in any order) lie beyond {@code depth}. */
    static int countAbove(long[] values, long depth) {
        int above = 0;
        for (long value : values) {
            above += value > depth ? 1 : 0;
        }
        return above;
    }

    /** Equity in billionths of the start, as money: exact, then to the cent. */
    private static BigDecimal money(BigDecimal start, long units) {
        return start.multiply(FixedPoint.decimal(units)).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(long units) {
        return FixedPoint.decimal(units).setScale(4, RoundingMode.HALF_UP);
    }

    /** {@code count} of {@code total} as a share to four decimals. */
    private static BigDecimal shareOf(int count, int total) {
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }
}
