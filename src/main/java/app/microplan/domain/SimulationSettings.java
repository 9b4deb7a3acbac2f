package app.microplan.domain;

import java.math.BigDecimal;

/**
 * How a risk-of-ruin simulation runs: how many paths, how many trades each, from which seed (the same seed
 * gives the same figures), and what counts as ruin.
 *
 * @param ruinLoss a path is ruined once its equity has fallen this share below the start (default half)
 */
public record SimulationSettings(int paths, int trades, long seed, BigDecimal ruinLoss) {
    public static final int DEFAULT_PATHS = 10_000;
    public static final int DEFAULT_TRADES = 200;
    public static final long DEFAULT_SEED = 1L;
    public static final BigDecimal DEFAULT_RUIN_LOSS = new BigDecimal("0.5");
    /** Enough to keep a run to a few seconds: 1,000,000 paths × 10,000 trades would not be. */
    public static final int MAX_PATHS = 1_000_000;
    public static final int MAX_TRADES = 10_000;

    public SimulationSettings {
        if (paths < 1 || paths > MAX_PATHS) {
            throw WordedRefusal.argument("the number of paths must be from 1 to " + MAX_PATHS + ", was " + paths,
                    Wording.of("sim.refusal.paths", String.valueOf(MAX_PATHS), String.valueOf(paths)));
        }
        if (trades < 1 || trades > MAX_TRADES) {
            throw WordedRefusal.argument("the number of trades must be from 1 to " + MAX_TRADES + ", was " + trades,
                    Wording.of("sim.refusal.trades", String.valueOf(MAX_TRADES), String.valueOf(trades)));
        }
        ruinLoss = ruinLoss == null ? DEFAULT_RUIN_LOSS : ruinLoss;
        if (ruinLoss.signum() <= 0 || ruinLoss.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("ruin must be a loss above 0 % and at most 100 %, was "
                    + Money.percent(ruinLoss));
        }
    }

    public static SimulationSettings defaults() {
        return new SimulationSettings(DEFAULT_PATHS, DEFAULT_TRADES, DEFAULT_SEED, DEFAULT_RUIN_LOSS);
    }

    public SimulationSettings withPaths(int value) {
        return new SimulationSettings(value, trades, seed, ruinLoss);
    }

    public SimulationSettings withTrades(int value) {
        return new SimulationSettings(paths, value, seed, ruinLoss);
    }

    public SimulationSettings withSeed(long value) {
        return new SimulationSettings(paths, trades, value, ruinLoss);
    }
}
