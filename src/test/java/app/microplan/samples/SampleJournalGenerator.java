package app.microplan.samples;

import app.microplan.domain.Account;
import app.microplan.domain.TradePlan;
import app.microplan.store.JournalStore;
import app.microplan.store.PlaybookStore;
import app.microplan.store.Settings;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Writes the sample journal: 40 plans under {@code assets/samples/journal/plans/} (36 closed trades, 30 of
 * them reviewed, two open, one ready, one cancelled), its {@code settings.json} (one account whose equity
 * follows the journal from $5,000) and its four playbooks in {@code playbooks.json}. It was run once and its files
 * are committed; the same seed writes the same files again. Run from the project folder:
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.microplan.samples.SampleJournalGenerator
 * </pre>
 */
public final class SampleJournalGenerator {
    static final long SEED = 20260105L;
    static final Instant START = Instant.parse("2026-01-05T07:00:00Z");
    static final int PLANS = 40;

    private SampleJournalGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "assets/samples/journal");
        List<TradePlan> plans = new SampleJournal(SEED, START, "sample").plans(PLANS);
        JournalStore store = JournalStore.open(folder);
        clear(store.plansFolder());
        for (TradePlan plan : plans) {
            store.savePlan(plan);
        }
        // The account's equity follows the journal: the starting balance plus what the closed trades realized,
        // which is the equity the generator sized every plan against.
        store.saveSettings(new Settings(List.of(new Account("Main", SampleJournal.START_EQUITY, null, true)), "Main",
                null, null, null, null, null, null, null, null));
        Files.deleteIfExists(folder.resolve(PlaybookStore.FILE_NAME));
        PlaybookStore.in(folder).save(SamplePlaybooks.ALL);
        System.out.println("Wrote " + plans.size() + " plans to " + store.plansFolder());
    }

    /** Old sample files go first, so that a plan dropped from the generator does not linger. */
    static void clear(Path plans) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(plans, "*.json*")) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
    }
}
