package app.microplan.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A Monte-Carlo run over one account's own R-multiples: each path draws the account's trading days with
 * replacement (a bootstrap of whole days, see {@link SimulationSample}) and compounds their trades at the
 * rules' risk per trade, leaving out what the open-risk cap, the daily loss limit and the cool-down would
 * have stopped. Paths are independent and each has its own random stream made from the
 * seed and the path's number, so the result is the same for the same seed on any number of cores.
 *
 * <p>Equity is followed as a share of the start in BigDecimal with {@link #ARITHMETIC} (OPTION A PROTOTYPE).
 */
public final class RiskOfRuinSimulation {
    static final MathContext ARITHMETIC = MathContext.DECIMAL64;

    private RiskOfRuinSimulation() {
    }

    /** What every path came to, and the equity of every path at each checkpoint of the fan chart. */
    record Paths(BigDecimal[] finalEquity, BigDecimal[] maxDrawdown, boolean[] ruined, int[] checkpoints,
                 BigDecimal[][] equityAt) {
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
        BigDecimal[] finalEquity = new BigDecimal[n];
        BigDecimal[] maxDrawdown = new BigDecimal[n];
        boolean[] ruined = new boolean[n];
        BigDecimal[][] equityAt = new BigDecimal[checkpoints.length][n];
        Walk walk = new Walk(sample, rules, settings);
        IntStream.range(0, n).parallel().forEach(p -> walk.path(p, new SplittableRandom(seeds[p]), finalEquity,
                maxDrawdown, ruined, checkpoints, equityAt));
        return new Paths(finalEquity, maxDrawdown, ruined, checkpoints, equityAt);
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
        private final BigDecimal[] r;
        private final int trades;
        private final BigDecimal risk;
        private final BigDecimal openRiskCap;
        private final BigDecimal dailyLimit;
        private final int coolDownLosses;
        private final long coolDownSeconds;
        private final BigDecimal ruinEquity;
        private final int mostInADay;

        Walk(SimulationSample sample, SimulationRules rules, SimulationSettings settings) {
            this.dayStarts = sample.dayStarts();
            this.opened = sample.openedAt();
            this.closed = sample.closedAt();
            this.r = sample.rMultiples();
            this.trades = settings.trades();
            this.risk = rules.effectiveRisk();
            this.openRiskCap = rules.openRiskCap();
            this.dailyLimit = rules.dailyLossLimit();
            this.coolDownLosses = rules.coolDownLosses();
            this.coolDownSeconds = rules.coolDown().toSeconds();
            this.ruinEquity = BigDecimal.ONE.subtract(settings.ruinLoss());
            int most = 1;
            for (int d = 0; d + 1 < dayStarts.length; d++) {
                most = Math.max(most, dayStarts[d + 1] - dayStarts[d]);
            }
            this.mostInADay = most;
        }

        @SuppressWarnings("java:S107")
        void path(int p, SplittableRandom random, BigDecimal[] finalEquity, BigDecimal[] maxDrawdown, boolean[] ruined,
                  int[] checkpoints, BigDecimal[][] equityAt) {
            State state = new State(p, checkpoints, equityAt);
            int days = dayStarts.length - 1;
            while (state.taken < trades) {
                int day = random.nextInt(days);
                replayDay(state, dayStarts[day], dayStarts[day + 1]);
            }
            finalEquity[p] = state.equity;
            maxDrawdown[p] = state.worst;
            ruined[p] = state.ruin;
        }

        private void replayDay(State state, int from, int to) {
            state.startDay(mostInADay);
            for (int i = from; i < to && state.taken < trades; i++) {
                state.closeUntil(opened[i], this);
                if (opened[i] < state.coolUntil) {
                    continue;
                }
                // Exact products: the rules compare exactly what the trader would risk with what they allow.
                BigDecimal stake = risk.multiply(state.equity);
                BigDecimal dayLoss = state.dayStart.subtract(state.equity).max(BigDecimal.ZERO);
                if (state.openRisk().add(stake).compareTo(openRiskCap.multiply(state.equity)) > 0
                        || dayLoss.add(stake).compareTo(dailyLimit.multiply(state.dayStart)) > 0) {
                    continue;
                }
                state.open(closed[i], stake, r[i]);
            }
            state.closeUntil(Long.MAX_VALUE, this);
        }

        /** What happens when a trade closes: its P&L, the losses in a row and the cool-down they start. */
        void settle(State state, long closedAt, BigDecimal pnl) {
            state.equity = state.equity.add(pnl, ARITHMETIC).max(BigDecimal.ZERO);
            state.streak = pnl.signum() < 0 ? state.streak + 1 : 0;
            if (state.streak >= coolDownLosses) {
                state.coolUntil = closedAt + coolDownSeconds;
            }
            if (state.equity.compareTo(state.peak) > 0) {
                state.peak = state.equity;
            } else if (state.equity.compareTo(state.peak) < 0) {
                BigDecimal fall = state.peak.subtract(state.equity).divide(state.peak, ARITHMETIC);
                state.worst = state.worst.max(fall);
            }
            state.ruin |= state.equity.compareTo(ruinEquity) <= 0;
            state.recordClosed();
        }
    }

    /** One path's running state: equity as a share of the start, its peak, and the trades open today. */
    private static final class State {
        private final int path;
        private final int[] checkpoints;
        private final BigDecimal[][] equityAt;
        private BigDecimal equity = BigDecimal.ONE;
        private BigDecimal peak = BigDecimal.ONE;
        private BigDecimal worst = BigDecimal.ZERO;
        private boolean ruin;
        private int taken;
        private int closedCount;
        private int streak;
        private int nextCheckpoint;
        private BigDecimal dayStart;
        private long coolUntil;
        private long[] openClose = new long[0];
        private BigDecimal[] openStake = new BigDecimal[0];
        private BigDecimal[] openR = new BigDecimal[0];
        private int open;

        State(int path, int[] checkpoints, BigDecimal[][] equityAt) {
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
                openStake = new BigDecimal[capacity];
                openR = new BigDecimal[capacity];
            }
            dayStart = equity;
            coolUntil = Long.MIN_VALUE;
        }

        void open(long closeAt, BigDecimal stake, BigDecimal r) {
            openClose[open] = closeAt;
            openStake[open] = stake;
            openR[open] = r;
            open++;
            taken++;
        }

        BigDecimal openRisk() {
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; k < open; k++) {
                sum = sum.add(openStake[k]);
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
                BigDecimal pnl = openR[first].multiply(openStake[first], ARITHMETIC);
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
