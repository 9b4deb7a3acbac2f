package app.microplan.domain;

/**
 * The simulation's sentences as wordings for the window's language (decision 15), beside the English that
 * {@link SaferRisk#sentence()} and {@link SimulationResult#warning()} write for the command line. Kept apart from
 * those records so the simulation's arithmetic can change without touching its words.
 */
public final class SimulationWords {
    private SimulationWords() {
    }

    /** "0.85 % a trade or less keeps P(drawdown > 20.00 %) under 5.00 %", or that no step does. */
    public static Wording saferRisk(SaferRisk safer) {
        Wording.Figure drawdown = Wording.percent(SaferRisk.DRAWDOWN);
        Wording.Figure chance = Wording.percent(SaferRisk.CHANCE);
        if (safer.riskFraction() == null) {
            return Wording.of("sim.safer.none", Wording.percent(SaferRisk.STEP), drawdown, chance);
        }
        return Wording.of(safer.atCeiling() ? "sim.safer.ceiling" : "sim.safer.found", Wording.percent(safer.riskFraction()),
                drawdown, chance);
    }

    /** The warning beside thin results, or null when the sample is large enough. */
    public static Wording warning(SimulationResult result) {
        return result.isThin() ? Wording.of("sim.thinSample", result.sampleTrades(), SimulationSample.FEW_TRADES) : null;
    }
}
