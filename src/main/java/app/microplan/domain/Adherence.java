package app.microplan.domain;

import java.util.List;

/**
 * What the app can tell by itself about whether a trade kept to its plan. The review adds what only the
 * trader knows (the checklist answers).
 *
 * @param sizeWithinPlan     the contracts entered, all fills together, are no more than the plan's size
 * @param stopRespected      no exit filled worse than the planned stop by more than the tolerance
 * @param enteredWithinRange every entry fill lies within the planned entry prices, give or take the tolerance
 * @param breaches           one sentence for each fact that does not hold, with the numbers
 */
public record Adherence(boolean sizeWithinPlan, boolean stopRespected, boolean enteredWithinRange,
                        List<String> breaches) {

    public Adherence {
        breaches = List.copyOf(breaches);
    }

    public boolean allHold() {
        return sizeWithinPlan && stopRespected && enteredWithinRange;
    }
}
