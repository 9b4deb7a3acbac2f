package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.store.JournalStore;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.checklist.SaveFileChooser;
import app.microplan.ui.common.Debouncer;
import app.microplan.ui.common.HeldTaskRunner;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.plan.PlanViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quitting never loses an edit silently: with everything on disk it quits at once; with a plan on no disk or
 * typed text the plan cannot hold it asks, and each answer does what it says.
 */
class QuitTest {
    private static final Instant T = Instant.parse("2026-02-01T08:00:00Z");

    @TempDir
    Path journal;
    @TempDir
    Path elsewhere;

    private final Answers answers = new Answers();
    private int quits;

    /** Fixed answers, and what was asked. */
    private final class Answers implements QuitQuestions {
        Answer answer = Answer.CANCEL;
        final List<String> asked = new ArrayList<>();

        @Override
        public Answer ask(String heading, String details) {
            asked.add(heading + "\n" + details);
            return answer;
        }

        @Override
        public Optional<Path> chooseFolder() {
            return Optional.of(elsewhere);
        }
    }

    @Test
    void withEverythingSavedItQuitsWithoutAsking() throws Exception {
        MainViewModel vm = openWith(JournalFixtures.example1(PlanStatus.DRAFT, T));
        vm.getCurrentPlan().written().notesProperty().set("saved as typed");

        vm.requestQuit(answers, () -> quits++);

        assertThat(answers.asked).isEmpty();
        assertThat(quits).isOne();
    }

    @Test
    void textThePlanCannotHoldIsAskedAboutAndCancelStays() throws Exception {
        MainViewModel vm = openWith(JournalFixtures.example1(PlanStatus.DRAFT, T));
        vm.getCurrentPlan().setup().stop().setText("7000O");

        vm.requestQuit(answers, () -> quits++);

        assertThat(answers.asked).singleElement().asString().startsWith("Some of your work is not saved\n")
                .contains("Stop “7000O” is not a number the plan can keep");
        assertThat(quits).isZero();
        assertThat(vm.noticeProperty().get()).isEqualTo("Not quit: your unsaved work is still here.");
        assertThat(vm.getCurrentPlan().setup().stop().getText()).isEqualTo("7000O");
    }

    @Test
    void typedTextFollowsItsPlanWhileAnotherIsShown() throws Exception {
        MainViewModel vm = openWith(JournalFixtures.example1(PlanStatus.DRAFT, T),
                JournalFixtures.ethShortDraft(T.plusSeconds(60)));
        var first = vm.getJournal().getSelected();
        vm.getCurrentPlan().setup().stop().setText("7000O");
        var second = vm.getJournal().shownPlans().stream().filter(e -> e != first).findFirst().orElseThrow();

        vm.getJournal().select(second);
        vm.getJournal().select(first);

        PlanViewModel shown = vm.getCurrentPlan();
        assertThat(shown.setup().stop().getText()).isEqualTo("7000O");
        assertThat(shown.setup().stop().getError()).isEqualTo("“7000O” is not a number");
    }

    @Test
    void discardQuits() throws Exception {
        MainViewModel vm = openWith(JournalFixtures.example1(PlanStatus.DRAFT, T));
        vm.getCurrentPlan().setup().stop().setText("7000O");
        answers.answer = QuitQuestions.Answer.DISCARD;

        vm.requestQuit(answers, () -> quits++);

        assertThat(quits).isOne();
    }

    @Test
    void aPlanDeletedByAnotherProgramIsSavedElsewhereThenItQuits() throws Exception {
        TradePlan plan = JournalFixtures.example1(PlanStatus.DRAFT, T);
        MainViewModel vm = openWith(plan);
        Files.delete(JournalStore.open(journal).planFile(vm.getCurrentPlan().getPlan().id()));
        vm.getCurrentPlan().written().notesProperty().set("typed after it was deleted elsewhere");
        vm.getCurrentPlan().setup().leverage().setText("ten");
        answers.answer = QuitQuestions.Answer.SAVE_ELSEWHERE;

        vm.requestQuit(answers, () -> quits++);

        assertThat(answers.asked).singleElement().asString()
                .contains("deleted by another program; your changes are not on disk")
                .contains("Leverage “ten” is not a number the plan can keep");
        assertThat(quits).isOne();
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    vm.getCurrentPlan().getPlan().id() + ".json", "unsaved-input.txt");
        }
        TradePlan saved = JournalStore.readPlanFile(elsewhere.resolve(vm.getCurrentPlan().getPlan().id() + ".json"))
                .plan();
        assertThat(saved.written().notes()).isEqualTo("typed after it was deleted elsewhere");
        assertThat(Files.readString(elsewhere.resolve("unsaved-input.txt"))).contains("Leverage\tten");
    }

    @Test
    void aSaveTheDiskRefusedIsAskedAbout() throws Exception {
        MainViewModel vm = openWith(JournalFixtures.example1(PlanStatus.DRAFT, T));
        Path plans = journal.resolve("plans");
        try (Stream<Path> files = Files.list(plans)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(plans);
        Files.writeString(plans, "not a folder");
        vm.getCurrentPlan().written().notesProperty().set("will not reach the disk");

        vm.requestQuit(answers, () -> quits++);

        assertThat(answers.asked).singleElement().asString().contains(": not saved — Cannot save");
        assertThat(quits).isZero();
    }

    @Test
    void aSaveUnderWayIsWaitedForBeforeDeciding() throws Exception {
        HeldTaskRunner tasks = new HeldTaskRunner();
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.DRAFT, T));
        MainViewModel vm = new MainViewModel(new AppContext(journal, tasks, Debouncer.immediate(),
                new LocaleNumbers(Locale.US), Clock.systemUTC(), SaveFileChooser.system()));
        vm.openJournal(journal);
        tasks.runAll();
        vm.getCurrentPlan().written().notesProperty().set("saving when quit is asked");

        vm.requestQuit(answers, () -> quits++);
        assertThat(quits).as("not before the save is done").isZero();
        tasks.runAll();

        assertThat(quits).isOne();
        assertThat(answers.asked).isEmpty();
    }

    private MainViewModel openWith(TradePlan... plans) throws Exception {
        JournalFixtures.write(journal, plans);
        MainViewModel vm = new MainViewModel(AppContext.forTests(journal));
        vm.openJournal(journal);
        return vm;
    }
}
