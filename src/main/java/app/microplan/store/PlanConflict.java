package app.microplan.store;

import app.microplan.domain.TradePlan;
import java.nio.file.Path;

/**
 * A plan saved while another program had changed its file: the other version stays in {@code plans/<id>.json},
 * the trader's version waits in {@code file} ({@code <id>.conflict-<time>.json}) until they choose one, or both.
 *
 * @param file the conflict file holding the trader's version
 * @param mine the trader's version
 */
public record PlanConflict(Path file, TradePlan mine) {
    public String planId() {
        return mine.id();
    }
}
