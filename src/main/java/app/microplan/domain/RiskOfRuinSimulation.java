package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A Monte-Carlo run over one account's own R-multiples: each path draws the account's trading days with
 * replacement (a bootstrap of whole days, see {@link SimulationSample}) and compounds their trades at the
 * rules' risk per trade, leaving out what the open-risk cap, the daily loss limit and the cool-down would
 * have stopped. Paths are independent and each has its own random stream made from the
 * seed and the path's number, so the result is the same for the same seed on any number of cores.
 *
 * <p><b>Exact fixed point (no binary fractions anywhere):</b> equity is followed in billionths of the starting equity, in a
 * {@code long}, and the R-multiples and the rules' shares in billionths of one ({@link FixedPoint}). Each trade
 * rounds twice, each time against the trader: its stake (risk × equity) up, its P&L (R × stake) down — so a trade
 * moves the equity at most |R| + 1 billionths of the start away from the exact figure (under a cent on 10,000 after
 * 200 trades of up to 3 R; the results are rounded to the cent). The
 * rules compare the stakes with what they allow leaving each stake its rounding (one unit), so a trade that exactly
 * fits the open-risk cap is taken, as it would be in decimals. Equity beyond {@link #EQUITY_CEILING} times the
 * start is held there, and the path counted as capped ({@link SimulationResult#cappedPaths}): no sum ever wraps.
 * BigDecimal in this loop gave the same figures about ten times slower (decision 0008).
 */
public final class RiskOfRuinSimulation {
    /** The most a path's equity may grow to, as a multiple of the start: beyond it the path is capped. */
    public static final long EQUITY_CEILING = 1_000_000L;
    /** {@link #EQUITY_CEILING} in units of a billionth of the start: 10¹⁵, far inside a {@code long}. */
    static final long CEILING_UNITS = EQUITY_CEILING * FixedPoint.ONE;

    private RiskOfRuinSimulation() {
    }

    /** What every path came to, and the equity of every path at each checkpoint of the fan chart. */
    record Paths(long[] finalEquity, long[] maxDrawdown, boolean[] ruined, boolean[] capped, int[] checkpoints,
                 long[][] equityAt) {
    }

    /** The whole run: percentiles, probabilities, the fan chart and the risk % that keeps deep drawdowns rare. */
    public static SimulationResult run(SimulationSample sample, SimulationRules rules, SimulationSettings settings) {
        return simulate(sample, rules, settings).withSaferRisk(SaferRisk.search(sample, rules, settings));
    }

    /**
     * One run at the rules' risk, without the search for the safer risk (which takes about six runs more):
     * the result's {@link SimulationResult#saferRisk} is null.
     */
    public static SimulationResult simulate(SimulationSample sample, SimulationRules rules, SimulationSettings settings) {
        return SimulationResult.of(sample, rules, settings, simulate(sample, rules, settings, true), null);
    }

    /** The paths alone; with {@code fan} false no checkpoints are kept (the risk search needs none). */
    static Paths simulate(SimulationSample sample, SimulationRules rules, SimulationSettings settings, boolean fan) {
        int n = settings.paths();
        long[] seeds = pathSeeds(settings.seed(), n);
        int[] checkpoints = fan ? checkpoints(settings.trades()) : new int[0];
        long[] finalEquity = new long[n];
        long[] maxDrawdown = new long[n];
        boolean[] ruined = new boolean[n];
        boolean[] capped = new boolean[n];
        long[][] equityAt = new long[checkpoints.length][n];
        Walk walk = new Walk(sample, rules, settings);
        IntStream.range(0, n).parallel().forEach(p -> walk.path(p, new SplittableRandom(seeds[p]), finalEquity,
                maxDrawdown, ruined, capped, checkpoints, equityAt));
        return new Paths(finalEquity, maxDrawdown, ruined, capped, checkpoints, equityAt);
    }

    /** One seed per path, drawn in order from the run's seed: the same on one core or many. */
    private static long[] pathSeeds(long seed, int paths) {
        SplittableRandom root = new SplittableRandom(seed);
        long[] seeds = new long[paths];
        for (int p = 0; p < paths; p++) {
            seeds[p] = root.nextLong();
        }
        return seeds;
    }

    /** The trade numbers the fan chart shows: 0, then about a hundred evenly spaced, always the last one. */
    static int[] checkpoints(int trades) {
        int step = Math.max(1, trades / 100);
        int count = trades / step + 1 + (trades % step == 0 ? 0 : 1);
        int[] points = new int[count];
        for (int i = 0; i < count - 1; i++) {
            points[i] = i * step;
        }
        points[count - 1] = trades;
        return points;
    }

    /**
     * The steps of one path: whole days of the account's trades are drawn with replacement and replayed in
     * time order. A trade is taken only if the rules allow it when it opens — no cool-down running, its risk
     * within the open-risk cap together with the trades still open that day, and within the daily loss limit
     * on top of the day's realized loss; otherwise it is left out (not postponed). Its P&L, R × its risk at
     * opening, lands when it closes. A day's trades still open at its end close with it, and a cool-down ends
     * with the day. The path ends once it has taken its number of trades and they have closed.
     */
    private static final class Walk {
        private final int[] dayStarts;
        private final long[] opened;
        private final long[] closed;
        private final long[] r;
        private final int trades;
        private final long risk;
        private final long openRiskCap;
        private final long dailyLimit;
        private final int coolDownLosses;
        private final long coolDownSeconds;
        private final long ruinEquity;
        private final int mostInADay;

        Walk(SimulationSample sample, SimulationRules rules, SimulationSettings settings) {
            this.dayStarts = sample.dayStarts();
            this.opened = sample.openedAt();
            this.closed = sample.closedAt();
            BigDecimal[] rMultiples = sample.rMultiples();
            this.r = new long[rMultiples.length];
            for (int i = 0; i < r.length; i++) {
                // Beyond nine decimals an R-multiple rounds down: never a better trade than it was.
                r[i] = FixedPoint.units(rMultiples[i], RoundingMode.FLOOR);
            }
            this.trades = settings.trades();
            // Risk rounds up and the limits down: the rules are kept at least as strictly as written.
            this.risk = FixedPoint.units(rules.effectiveRisk(), RoundingMode.CEILING);
            this.openRiskCap = FixedPoint.units(rules.openRiskCap(), RoundingMode.FLOOR);
            this.dailyLimit = FixedPoint.units(rules.dailyLossLimit(), RoundingMode.FLOOR);
            this.coolDownLosses = rules.coolDownLosses();
            this.coolDownSeconds = rules.coolDown().toSeconds();
            this.ruinEquity = FixedPoint.units(BigDecimal.ONE.subtract(settings.ruinLoss()), RoundingMode.CEILING);
            int most = 1;
            for (int d = 0; d + 1 < dayStarts.length; d++) {
                most = Math.max(most, dayStarts[d + 1] - dayStarts[d]);
            }
            this.mostInADay = most;
        }

        @SuppressWarnings("java:S107")
        void path(int p, SplittableRandom random, long[] finalEquity, long[] maxDrawdown, boolean[] ruined,
                  boolean[] capped, int[] checkpoints, long[][] equityAt) {
            State state = new State(p, checkpoints, equityAt);
            int days = dayStarts.length - 1;
            while (state.taken < trades) {
                int day = random.nextInt(days);
                replayDay(state, dayStarts[day], dayStarts[day + 1]);
            }
            finalEquity[p] = state.equity;
            maxDrawdown[p] = state.worst;
            ruined[p] = state.ruin;
            capped[p] = state.capped;
        }

        private void replayDay(State state, int from, int to) {
            state.startDay(mostInADay);
            for (int i = from; i < to && state.taken < trades; i++) {
                state.closeUntil(opened[i], this);
                if (opened[i] < state.coolUntil) {
                    continue;
                }
                long stake = FixedPoint.multiply(risk, state.equity, RoundingMode.CEILING);
                long dayLoss = Math.max(0, state.dayStart - state.equity);
                // Each stake was rounded up by less than one unit: that rounding alone never leaves a trade out.
                long openAllowed = FixedPoint.add(FixedPoint.multiply(openRiskCap, state.equity, RoundingMode.FLOOR),
                        state.open + 1L);
                long dayAllowed = FixedPoint.add(FixedPoint.multiply(dailyLimit, state.dayStart, RoundingMode.FLOOR), 1);
                if (FixedPoint.add(state.openRisk(), stake) > openAllowed || FixedPoint.add(dayLoss, stake) > dayAllowed) {
                    continue;
                }
                state.open(closed[i], stake, r[i]);
            }
            state.closeUntil(Long.MAX_VALUE, this);
        }

        /** What happens when a trade closes: its P&L, the losses in a row and the cool-down they start. */
        void settle(State state, long closedAt, long pnl) {
            long equity = FixedPoint.add(state.equity, pnl);
            if (equity > CEILING_UNITS) {
                equity = CEILING_UNITS;
                state.capped = true;
            }
            state.equity = Math.max(0, equity);
            state.streak = pnl < 0 ? state.streak + 1 : 0;
            if (state.streak >= coolDownLosses) {
                state.coolUntil = closedAt + coolDownSeconds;
            }
            if (state.equity > state.peak) {
                state.peak = state.equity;
            } else if (state.equity < state.peak) {
                // Rounded up: a fall is never shown shallower than it was (and "beyond 20 %" stays exact).
                long fall = FixedPoint.share(state.peak - state.equity, state.peak, RoundingMode.CEILING);
                state.worst = Math.max(state.worst, fall);
            }
            state.ruin |= state.equity <= ruinEquity;
            state.recordClosed();
        }
    }

    /** One path's running state: equity in billionths of the start, its peak, and the trades open today. */
    private static final class State {
        private final int path;
        private final int[] checkpoints;
        private final long[][] equityAt;
        private long equity = FixedPoint.ONE;
        private long peak = FixedPoint.ONE;
        private long worst;
        private boolean ruin;
        private boolean capped;
        private int taken;
        private int closedCount;
        private int streak;
        private int nextCheckpoint;
        private long dayStart;
        private long coolUntil;
        private long[] openClose = new long[0];
        private long[] openStake = new long[0];
        private long[] openR = new long[0];
        private int open;

        State(int path, int[] checkpoints, long[][] equityAt) {
            this.path = path;
            this.checkpoints = checkpoints;
            this.equityAt = equityAt;
            if (checkpoints.length > 0) {
                equityAt[0][path] = equity;
                nextCheckpoint = 1;
            }
        }

        void startDay(int capacity) {
            if (openClose.length < capacity) {
                openClose = new long[capacity];
                openStake = new long[capacity];
                openR = new long[capacity];
            }
            dayStart = equity;
            coolUntil = Long.MIN_VALUE;
        }

        void open(long closeAt, long stake, long r) {
            openClose[open] = closeAt;
            openStake[open] = stake;
            openR[open] = r;
            open++;
            taken++;
        }

        long openRisk() {
            long sum = 0;
            for (int k = 0; k < open; k++) {
                sum = FixedPoint.add(sum, openStake[k]);
            }
            return sum;
        }

        /** Closes the open trades due by {@code time}, earliest close first. */
        void closeUntil(long time, Walk walk) {
            while (open > 0) {
                int first = 0;
                for (int k = 1; k < open; k++) {
                    if (openClose[k] < openClose[first]) {
                        first = k;
                    }
                }
                if (openClose[first] > time) {
                    return;
                }
                long closeAt = openClose[first];
                // Rounded down: a loss is never smaller, a win never larger, than R × the stake.
                long pnl = FixedPoint.multiply(openR[first], openStake[first], RoundingMode.FLOOR);
                open--;
                openClose[first] = openClose[open];
                openStake[first] = openStake[open];
                openR[first] = openR[open];
                walk.settle(this, closeAt, pnl);
            }
        }

        void recordClosed() {
            closedCount++;
            if (nextCheckpoint < checkpoints.length && checkpoints[nextCheckpoint] == closedCount) {
                equityAt[nextCheckpoint++][path] = equity;
            }
        }
    }
}
