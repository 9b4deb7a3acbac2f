package app.microplan.store;

import app.microplan.domain.TradePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Writes plan files exactly as the store writes them, but straight to disk without syncing each one: for benchmarks
 * that measure loading 100,000 plans, not saving them (the store's own save, with sync, is measured on its own).
 */
public final class UnsyncedPlanFiles {
    private UnsyncedPlanFiles() {
    }

    public static void write(Path journal, Collection<TradePlan> plans) throws IOException, StoreException {
        Path folder = Files.createDirectories(JournalStore.open(journal).plansFolder());
        for (TradePlan plan : plans) {
            Files.write(folder.resolve(plan.id() + ".json"), PlanFiles.bytes(plan));
        }
    }
}
