package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.JournalFixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo delete is offered for the moment after the delete: a later action or a minute takes it away. */
class StatusOfferTest {
    private static final Instant T = Instant.parse("2026-02-01T08:00:00Z");

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(T);

    private MainViewModel openWithTwoPlans() throws Exception {
        JournalFixtures.write(folder, JournalFixtures.example1(PlanStatus.DRAFT, T),
                JournalFixtures.example1(PlanStatus.DRAFT, T.plusSeconds(60)));
        AppContext base = AppContext.forTests(folder);
        MainViewModel vm = new MainViewModel(new AppContext(base.journal(), base.tasks(), base.saveDebouncer(),
                base.numbers(), clock, base.saveFileChooser(), base.csvFileChooser(), base.printers(),
                base.fileOpener()));
        vm.openJournal(folder);
        return vm;
    }

    @Test
    void undoDeleteIsOfferedRightAfterTheDeleteAndWorks() throws Exception {
        MainViewModel vm = openWithTwoPlans();

        vm.deleteSelected();
        assertThat(vm.canUndoDeleteProperty().get()).isTrue();
        assertThat(vm.noticeProperty().get()).isEqualTo("Plan moved to the trash.");

        vm.undoDelete();
        assertThat(vm.getJournal().shownPlans()).hasSize(2);
        assertThat(vm.canUndoDeleteProperty().get()).isFalse();
    }

    @Test
    void aLaterActionTakesTheOfferAway() throws Exception {
        MainViewModel vm = openWithTwoPlans();
        vm.deleteSelected();

        vm.duplicateSelected();

        assertThat(vm.canUndoDeleteProperty().get()).isFalse();
        vm.undoDelete();
        assertThat(vm.getJournal().shownPlans()).as("nothing restored once the offer is gone").hasSize(2);
    }

    @Test
    void aNewPlanTakesTheOfferAwayToo() throws Exception {
        MainViewModel vm = openWithTwoPlans();
        vm.deleteSelected();

        vm.newPlan();

        assertThat(vm.canUndoDeleteProperty().get()).isFalse();
    }

    @Test
    void theOfferLastsAMinuteByTheAppsClock() throws Exception {
        MainViewModel vm = openWithTwoPlans();
        vm.deleteSelected();

        clock.set(T.plus(StatusOffer.LIFETIME).minusSeconds(1));
        vm.clockTicked();
        assertThat(vm.canUndoDeleteProperty().get()).isTrue();

        clock.set(T.plus(StatusOffer.LIFETIME));
        vm.clockTicked();
        assertThat(vm.canUndoDeleteProperty().get()).isFalse();
    }

    /** A clock the test moves on by hand. */
    static final class MovableClock extends Clock {
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
}
