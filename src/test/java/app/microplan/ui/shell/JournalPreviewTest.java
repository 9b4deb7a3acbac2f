package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.samples.SampleJournal;
import app.microplan.store.JournalIndex;
import app.microplan.store.JournalLocation;
import app.microplan.store.UnsyncedPlanFiles;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.HeldTasks;
import app.microplan.ui.journal.JournalPrefetch;
import app.microplan.ui.journal.SummaryListViewModel;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a big journal: its list from the summary index comes first, while the plans are still being read; what
 * the trader filters and picks there is what the window shows once they are.
 */
class JournalPreviewTest {
    private static final Instant T = Instant.parse("2026-02-01T08:00:00Z");

    @TempDir
    Path folder;

    @Test
    @DisplayName("a big journal's list is there before its plans are read, and its filter and choice carry over")
    void bigJournalListFirst() throws Exception {
        UnsyncedPlanFiles.write(folder, new SampleJournal(7L, Instant.parse("2024-01-08T07:00:00Z"), "t").plans(600));
        HeldTasks tasks = new HeldTasks();
        MainViewModel vm = new MainViewModel(AppContext.forTests(folder).withTasks(tasks));

        vm.openJournal(folder);
        tasks.finishNext();

        SummaryListViewModel preview = vm.previewProperty().get();
        assertThat(preview).isNotNull();
        assertThat(vm.getSession()).isNull();
        assertThat(vm.loadingProperty().get()).isTrue();
        assertThat(preview.shownPlans()).hasSize(600);
        preview.statuses().setAll(PlanStatus.CLOSED);
        String chosen = preview.shownPlans().get(5).id();
        preview.selectedProperty().set(preview.shownPlans().get(5));

        tasks.finishAll();

        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.getJournal().statuses()).containsExactly(PlanStatus.CLOSED);
        assertThat(vm.getJournal().getSelected().id()).isEqualTo(chosen);
        assertThat(vm.getCurrentPlan().getPlan().id()).isEqualTo(chosen);
    }

    /** The app's start on a journal of {@code plans} plans the window took for big, its list's reading finished. */
    private MainViewModel startedOnBigJournal(int plans, HeldTasks tasks) throws Exception {
        UnsyncedPlanFiles.write(folder, new SampleJournal(7L, Instant.parse("2024-01-08T07:00:00Z"), "t").plans(plans));
        MainViewModel vm = new MainViewModel(AppContext.forTests(folder).withTasks(tasks));
        vm.openBigJournal(JournalLocation.given(folder));
        tasks.finishNext();
        return vm;
    }

    @Test
    @DisplayName("a big journal's list read ahead by the start is shown at once, in the frame the window is building")
    void bigJournalListReadAheadShownAtOnce() throws Exception {
        UnsyncedPlanFiles.write(folder, new SampleJournal(7L, Instant.parse("2024-01-08T07:00:00Z"), "t").plans(600));
        JournalLocation location = JournalLocation.given(folder);
        JournalPrefetch.start(location).join();
        HeldTasks tasks = new HeldTasks();
        MainViewModel vm = new MainViewModel(AppContext.forTests(folder).withTasks(tasks));

        vm.openBigJournal(location);

        assertThat(vm.previewProperty().get()).as("shown with no task run").isNotNull();
        assertThat(vm.previewProperty().get().shownPlans()).hasSize(600);
        assertThat(tasks.pending()).as("the plans wait for the list to be drawn").isZero();
        vm.previewShown();
        tasks.finishAll();
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.getJournal().shownPlans()).hasSize(600);
    }

    @Test
    @DisplayName("at the start on a big journal its plans are read once the window has drawn its list, not before")
    void bigJournalPlansReadOnceTheListIsDrawn() throws Exception {
        HeldTasks tasks = new HeldTasks();
        MainViewModel vm = startedOnBigJournal(600, tasks);

        assertThat(vm.previewProperty().get().shownPlans()).hasSize(600);
        assertThat(tasks.pending()).as("the plans wait for the list to be drawn").isZero();

        vm.previewShown();
        assertThat(tasks.pending()).isEqualTo(1);
        vm.previewShown();
        assertThat(tasks.pending()).as("read once").isEqualTo(1);
        tasks.finishAll();

        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.getJournal().shownPlans()).hasSize(600);
    }

    @Test
    @DisplayName("at the start on a big journal whose index cannot give its list, its plans are read at once")
    void bigJournalWithoutAListReadAtOnce() throws Exception {
        HeldTasks tasks = new HeldTasks();
        MainViewModel vm = startedOnBigJournal(3, tasks);

        assertThat(vm.previewProperty().get()).isNull();
        assertThat(tasks.pending()).isEqualTo(1);
        tasks.finishAll();
        assertThat(vm.getJournal().shownPlans()).hasSize(3);
    }

    @Test
    @DisplayName("a small journal is read whole at once: no summaries first")
    void smallJournalNoPreview() throws Exception {
        JournalFixtures.write(folder, JournalFixtures.example1(PlanStatus.DRAFT, T));
        HeldTasks tasks = new HeldTasks();
        MainViewModel vm = new MainViewModel(AppContext.forTests(folder).withTasks(tasks));

        vm.openJournal(folder);
        tasks.finishNext();

        assertThat(vm.previewProperty().get()).isNull();
        tasks.finishAll();
        assertThat(vm.getJournal().shownPlans()).hasSize(1);
        assertThat(folder.resolve("plans").resolve(JournalIndex.FILE_NAME)).doesNotExist();
    }
}
