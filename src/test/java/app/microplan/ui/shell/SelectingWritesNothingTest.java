package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.EntryFill;
import app.microplan.domain.ExitFill;
import app.microplan.domain.ExitReason;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradeLifecycle;
import app.microplan.domain.TradePlan;
import app.microplan.store.JournalStore;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.journal.PlanEntry;
import app.microplan.ui.journal.SaveState;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Looking at plans is not editing them: selecting one, and going back to it, leaves every file as it was. */
class SelectingWritesNothingTest {
    private static final Path SAMPLE = Path.of("assets/samples/journal");

    @TempDir
    Path folder;

    @Test
    void selectingEveryPlanOfTheSampleJournalTwiceWritesNoFile() throws Exception {
        copy(SAMPLE, folder);
        Map<Path, String> before = snapshot(folder);
        MainViewModel vm = new MainViewModel(AppContext.forTests(folder));
        vm.openJournal(folder);

        List<PlanEntry> plans = List.copyOf(vm.getJournal().shownPlans());
        assertThat(plans).hasSizeGreaterThan(5);
        List<String> edits = new java.util.ArrayList<>();
        plans.forEach(e -> e.planProperty().addListener((obs, old, now) -> edits.add(now.id())));
        for (int round = 0; round < 2; round++) {
            for (PlanEntry entry : plans) {
                vm.getJournal().select(entry);
                assertThat(vm.getCurrentPlan().getPlan().id()).isEqualTo(entry.getPlan().id());
            }
        }
        vm.getJournal().select(plans.get(0));

        Map<Path, String> after = snapshot(folder);
        // The session's log and lock files come and go; the journal's own files must not change.
        before.forEach((file, content) -> assertThat(after.get(file)).as(file.toString()).isEqualTo(content));
        assertThat(after.keySet()).filteredOn(f -> f.startsWith("plans")).containsExactlyElementsOf(
                before.keySet().stream().filter(f -> f.startsWith("plans")).toList());
        assertThat(edits).as("plans replaced in the journal (each would be saved)").isEmpty();
    }

    @Test
    void goingBackToADraftAfterMidnightWritesNoFileThoughTodaysLossStartsAgain() throws Exception {
        Instant created = Instant.parse("2026-03-03T08:00:00Z");
        TradePlan ready = JournalFixtures.example1(PlanStatus.READY, created);
        TradePlan open = TradeLifecycle.open(ready, List.of(EntryFill.of("2026-03-03T09:30:00Z", "70000", "4", "0")),
                created.plusSeconds(5400));
        TradePlan stoppedOut = TradeLifecycle.close(open, List.of(
                ExitFill.of("2026-03-03T11:00:00Z", "69300", "4", "0", ExitReason.STOP)), BigDecimal.ZERO,
                Instant.parse("2026-03-03T11:00:00Z"));
        TradePlan draft = JournalFixtures.example1(PlanStatus.DRAFT, created.plusSeconds(60));
        JournalFixtures.write(folder, stoppedOut, draft);
        MovableClock clock = new MovableClock(Instant.parse("2026-03-03T23:00:00Z"));
        MainViewModel vm = new MainViewModel(forTests(clock));
        vm.openJournal(folder);
        PlanEntry draftEntry = entry(vm, draft.id());
        PlanEntry tradeEntry = entry(vm, stoppedOut.id());
        vm.getJournal().select(draftEntry);
        assertThat(vm.getCurrentPlan().getPlan().account().realizedLossToday()).isPositive();
        Map<Path, String> before = snapshot(folder);

        clock.set(Instant.parse("2026-03-04T01:00:00Z"));
        vm.getJournal().select(tradeEntry);
        vm.getJournal().select(draftEntry);

        // The draft is judged against today's account (a new day: no loss yet) ...
        assertThat(vm.getCurrentPlan().getPlan().account().realizedLossToday()).isZero();
        // ... without its file being written for it.
        Map<Path, String> after = snapshot(folder);
        before.forEach((file, content) -> assertThat(after.get(file)).as(file.toString()).isEqualTo(content));
        assertThat(draftEntry.getSaveState()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void anEditAfterSelectingSavesTheDraftWithTheAccountItWasJudgedAgainst() throws Exception {
        TradePlan draft = JournalFixtures.example1(PlanStatus.DRAFT, Instant.parse("2026-03-03T08:00:00Z"));
        JournalFixtures.write(folder, draft);
        MovableClock clock = new MovableClock(Instant.parse("2026-03-03T23:00:00Z"));
        MainViewModel vm = new MainViewModel(forTests(clock));
        vm.openJournal(folder);

        vm.getCurrentPlan().written().notesProperty().set("typed after looking");

        TradePlan saved = JournalStore.open(folder).loadPlans().plans().get(0).plan();
        assertThat(saved.written().notes()).isEqualTo("typed after looking");
        assertThat(saved.account().sameAs(vm.getCurrentPlan().getPlan().account())).isTrue();
    }

    private AppContext forTests(Clock clock) {
        AppContext base = AppContext.forTests(folder);
        return new AppContext(base.journal(), base.tasks(), base.saveDebouncer(), base.numbers(), clock,
                base.saveFileChooser(), base.csvFileChooser(), base.printers(), base.fileOpener());
    }

    private static PlanEntry entry(MainViewModel vm, String id) {
        return vm.getSession().entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** A clock the test moves on by hand: no waiting for midnight. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Map<Path, String> snapshot(Path root) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(".microplan.lock")).forEach(f -> {
                try {
                    FileTime modified = Files.getLastModifiedTime(f);
                    files.put(root.relativize(f), modified.toMillis() + ":" + Files.readString(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
