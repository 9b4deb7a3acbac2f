package app.microplan;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.cli.CommandRun;
import app.microplan.domain.EntryFill;
import app.microplan.domain.ExitFill;
import app.microplan.domain.ExitReason;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradeExecution;
import app.microplan.domain.TradePlan;
import app.microplan.store.JournalStore;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.RealWindowTest;
import app.microplan.ui.journal.OpenedJournal;
import app.microplan.ui.shell.MainWindow;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample journal of 40 plans with the hostile numbers added in four more files — a draft entered at
 * 1e1000000000, a closed trade that exited at 1E+1000000000, an open plan entered at 1e100000, a closed trade with
 * an imported fee of 1e-999999999 — through the window, `check` and `stats`: each hostile file is named with its
 * field and set aside at once, and everything else works as on the clean journal.
 */
class HostileJournalTest extends RealWindowTest {
    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");
    private static final List<String> HOSTILE = List.of("hostile-draft.json", "hostile-closed.json",
            "hostile-open.json", "hostile-fee.json");

    @TempDir
    Path journal;
    @TempDir
    Path scratch;

    @BeforeEach
    void sampleJournalWithHostileFiles() throws Exception {
        Path plans = Files.createDirectories(journal.resolve("plans"));
        try (Stream<Path> samples = Files.list(Path.of("assets/samples/journal/plans"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, plans.resolve(sample.getFileName()));
            }
        }
        hostile("hostile-draft", PlanStatus.DRAFT, "\"price\" : 70000", "\"price\" : 1e1000000000");
        hostile("hostile-closed", PlanStatus.CLOSED, "72111.5", "1E+1000000000");
        hostile("hostile-open", PlanStatus.OPEN, "\"price\" : 70000", "\"price\" : 1e100000");
        hostile("hostile-fee", PlanStatus.CLOSED, "0.123", "1e-999999999");
    }

    @Start
    void start(Stage primary) {
        started(primary);
    }

    @Test
    void theJournalOpensQuicklyWithEveryHostileFileNamedAndTheRestLoaded() throws Exception {
        OpenedJournal.read(journal);
        long started = System.nanoTime();
        OpenedJournal opened = OpenedJournal.read(journal);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("HostileJournalTest: 44 plan files (4 hostile) read in %d ms%n", took.toMillis());

        assertThat(opened.load().plans()).hasSize(40);
        assertThat(opened.load().problems()).extracting(p -> p.file().getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(HOSTILE);
        assertThat(opened.problems()).allSatisfy(p -> assertThat(p).containsPattern("field \"[^\"]+\": .*(too large"
                + "|too many decimals)"));
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theWindowOpensTheRestNamesTheHostileFilesAndNewPlanWorks(FxRobot robot) throws Exception {
        MainWindow window = open(robot, journal);

        ListView<?> list = robot.lookup("#journal-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(40);
        assertThat(robot.lookup("#load-problems").queryAs(javafx.scene.layout.Pane.class).getChildren()).hasSize(1);
        assertThat(robot.lookup("#load-problems > .message").queryAs(atlantafx.base.controls.Message.class).getTitle())
                .isEqualTo(HOSTILE.size() + " files could not be read");
        List<String> shown = window.viewModel().getSession().problems();
        HOSTILE.forEach(file -> assertThat(shown).anySatisfy(p -> assertThat(p).startsWith(file + ": field \"")));

        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).hasSize(41);

        robot.push(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        String notCounted = robot.lookup("#review-not-counted").queryLabeled().getText();
        assertThat(notCounted).startsWith("Not counted: 4 plan files that cannot be read (");
        HOSTILE.forEach(file -> assertThat(notCounted).contains(file));
    }

    @Test
    void checkNamesTheHostileFileAndCheckWithTheJournalSkipsThemWithAWarning() throws Exception {
        CommandRun hostile = CommandRun.of("check", journal.resolve("plans/hostile-draft.json").toString());
        assertThat(hostile.exitCode()).isEqualTo(2);
        assertThat(hostile.err().strip()).doesNotContain("\n").doesNotContain("unexpected error")
                .contains("hostile-draft.json").contains("field \"setup.entries[0].price\": 1E+1000000000 is too large");

        Path draft = scratch.resolve("draft.json");
        Files.copy(Path.of("assets/samples/seed-btc-long.json"), draft);
        CommandRun withJournal = CommandRun.of("check", draft.toString(), "--journal", journal.toString());
        assertThat(withJournal.exitCode()).isIn(0, 1);
        assertThat(withJournal.err()).doesNotContain("unexpected error");
        // The wording every journal command uses for a file it cannot read (check, stats, report: "skipped").
        HOSTILE.forEach(file -> assertThat(withJournal.err()).contains("check: skipped " + file + ": field"));
        assertThat(withJournal.out()).contains("[PASS]");
    }

    @Test
    void statsSkipsTheHostileFilesByNameAndCountsTheRestAsOnTheCleanJournal() throws Exception {
        CommandRun clean = CommandRun.of("stats", "--journal", "assets/samples/journal", "--json");
        CommandRun run = CommandRun.of("stats", "--journal", journal.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        HOSTILE.forEach(file -> assertThat(run.err()).contains("stats: skipped " + file + ": field"));
        assertThat(run.err()).doesNotContain("unexpected error");
        for (String figure : List.of("trades", "wins", "netPnl", "expectancyR", "maxDrawdown")) {
            assertThat(run.json().get(figure)).as(figure).isEqualTo(clean.json().get(figure));
        }
    }

    /** A plan of the given status written with {@code placeholder} replaced by a hostile number. */
    private void hostile(String id, PlanStatus status, String placeholder, String number) throws Exception {
        TradePlan plan = JournalFixtures.example1(PlanStatus.DRAFT, T).toBuilder().id(id).status(status).build();
        if (status != PlanStatus.DRAFT) {
            plan = plan.withExecution(new TradeExecution(
                    List.of(EntryFill.of("2026-03-02T09:00:00Z", "70000", "7", "0.25")),
                    status == PlanStatus.OPEN ? List.of()
                            : List.of(ExitFill.of("2026-03-03T09:00:00Z", "72111.5", "7", "0.123", ExitReason.TARGET)),
                    BigDecimal.ZERO));
        }
        JournalStore.open(scratch).savePlan(plan);
        String json = Files.readString(JournalStore.open(scratch).planFile(id));
        assertThat(json).as("the placeholder is in the file").contains(placeholder);
        Files.writeString(journal.resolve("plans").resolve(id + ".json"), json.replaceFirst(
                java.util.regex.Pattern.quote(placeholder), java.util.regex.Matcher.quoteReplacement(number)));
    }
}
