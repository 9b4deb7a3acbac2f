package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.store.JournalLocation;
import app.microplan.store.JournalStore;
import app.microplan.store.Settings;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.plan.PlanViewModel;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    private static final Instant T = Instant.parse("2026-02-01T08:00:00Z");

    @TempDir
    Path folder;

    private MainViewModel openOn(Path journal) {
        MainViewModel vm = new MainViewModel(AppContext.forTests(journal));
        vm.openJournal(journal);
        return vm;
    }

    @Test
    void openingAJournalSelectsTheNewestPlan() throws Exception {
        JournalFixtures.write(folder, JournalFixtures.cmeCancelled(T), JournalFixtures.example1(PlanStatus.DRAFT,
                T.plusSeconds(60)));

        MainViewModel vm = openOn(folder);

        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.getCurrentPlan().getPlan().setup().contract().symbol()).isEqualTo("BTC-MICRO-0.01");
        assertThat(vm.noticeProperty().get()).startsWith("2 plans in");
    }

    @Test
    void withoutAnOptionTheWindowOpensTheFolderTheJournalFolderSettingNames(@TempDir Path defaultFolder)
            throws Exception {
        JournalStore.open(defaultFolder).saveSettings(new Settings(null, null, null, null, null, null, null,
                folder.toString(), null, null));
        JournalFixtures.write(folder, JournalFixtures.example1(PlanStatus.DRAFT, T));
        MainViewModel vm = new MainViewModel(AppContext.forTests(defaultFolder));

        vm.openJournal(new JournalLocation(null, defaultFolder));

        assertThat(vm.getSession().folder()).isEqualTo(folder.toAbsolutePath().normalize());
        assertThat(vm.getJournal().shownPlans()).hasSize(1);
    }

    @Test
    void theSelectedDraftIsSizedAgainstTheMarginOfTheAccountsOtherOpenPlans() throws Exception {
        JournalFixtures.write(folder, JournalFixtures.openPlanHolding("450", T),
                JournalFixtures.example1(PlanStatus.DRAFT, T.plusSeconds(60)));

        PlanViewModel plan = openOn(folder).getCurrentPlan();

        assertThat(plan.getPlan().account().otherPlansMargin()).isEqualByComparingTo("450");
        assertThat(plan.getSizing().contracts()).isEqualByComparingTo("0");
    }

    @Test
    void aReadyPlanThatNoLongerFitsTheAccountIsADraftWithTheReasonWhenTheJournalOpens() throws Exception {
        JournalFixtures.write(folder, JournalFixtures.openPlanHolding("450", T),
                JournalFixtures.example1(PlanStatus.READY, T.plusSeconds(60)));

        PlanViewModel plan = openOn(folder).getCurrentPlan();

        assertThat(plan.getPlan().account().otherPlansMargin()).isEqualByComparingTo("450");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.getBackToDraftReason()).isEqualTo("Back to draft: other plans' margin now $450.00 — margin"
                + " now 18.80 %, above the 10.00 % cap");
        assertThat(JournalStore.open(folder).loadPlans().plans()).anySatisfy(saved ->
                assertThat(saved.plan().backToDraftReason()).contains(plan.getBackToDraftReason()));
    }

    @Test
    void anUnexpectedErrorIsReportedInOneLineAndThePlansAreSaved() throws Exception {
        JournalFixtures.write(folder, JournalFixtures.example1(PlanStatus.DRAFT, T));
        MainViewModel vm = openOn(folder);
        vm.getCurrentPlan().written().notesProperty().set("typed just before the crash");

        vm.reportUnexpected(new IllegalStateException("boom"));

        assertThat(vm.noticeProperty().get()).isEqualTo(
                "Something went wrong (boom). Your plans are kept; the details are in the log:");
        assertThat(JournalStore.open(folder).loadPlans().plans().get(0).plan().written().notes())
                .isEqualTo("typed just before the crash");
    }

    @Test
    void aJournalThatCannotBeOpenedIsSaidInWords() throws Exception {
        Path file = folder.resolve("not-a-folder");
        java.nio.file.Files.writeString(file, "x");

        MainViewModel vm = openOn(file);

        assertThat(vm.getSession()).isNull();
        assertThat(vm.noticeProperty().get()).startsWith("The journal could not be opened: Cannot open the journal folder");
    }
}
