package app.microplan.store;

import app.microplan.domain.TradePlan;

/** A plan read from the journal; read-only when its file comes from a newer schema than this app knows. */
public record LoadedPlan(TradePlan plan, boolean readOnly) {
}
