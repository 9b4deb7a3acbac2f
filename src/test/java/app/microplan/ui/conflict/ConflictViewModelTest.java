package app.microplan.ui.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.domain.WrittenPlan;
import app.microplan.store.PlanDifferences.Difference;
import app.microplan.ui.JournalFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words and the side-by-side of a conflict, and which choice each button makes. */
class ConflictViewModelTest {
    private static final Instant T = Instant.parse("2026-02-01T08:00:00Z");
    private final List<String> chosen = new ArrayList<>();
    private final ConflictActions actions = new ConflictActions() {
        @Override
        public void keepMine() {
            chosen.add("mine");
        }

        @Override
        public void keepTheirs() {
            chosen.add("theirs");
        }

        @Override
        public void keepBoth() {
            chosen.add("both");
        }
    };

    @Test
    void theDifferingFieldsAreListedSideBySideInWords() {
        TradePlan theirs = JournalFixtures.example1(PlanStatus.DRAFT, T);
        TradePlan mine = withNotes(theirs.withSetup(theirs.setup().toBuilder().stop(new BigDecimal("69000")).build()),
                "moved the stop").withUpdatedAt(T.plusSeconds(60));

        ConflictViewModel vm = ConflictViewModel.conflict(mine, theirs, "p.conflict-20260201-090000.json", actions);

        assertThat(vm.heading()).isEqualTo("Another version was saved by another program");
        assertThat(vm.differences()).containsExactly(new Difference("Stop", "69000", "69300"),
                new Difference("Notes", "moved the stop", "(empty)"));
        assertThat(vm.explanation()).startsWith("Your version is kept in p.conflict-20260201-090000.json until you"
                + " choose. They differ in 2 fields.");
        assertThat(vm.keepMineLabel()).isEqualTo("Keep mine");
        assertThat(vm.offersKeepBoth()).isTrue();
    }

    @Test
    void aListedFieldIsNamedWithItsPlaceInTheList() {
        TradePlan theirs = JournalFixtures.example1(PlanStatus.DRAFT, T);
        TradePlan mine = theirs.withSetup(theirs.setup().toBuilder().entries(List.of(
                app.microplan.domain.EntryLeg.limit("70500"))).build());

        ConflictViewModel vm = ConflictViewModel.conflict(mine, theirs, "c.json", actions);

        assertThat(vm.differences()).containsExactly(new Difference("Entries 1 › price", "70500", "70000"));
    }

    @Test
    void anUnreadableOtherVersionIsSaidSo() {
        TradePlan mine = JournalFixtures.example1(PlanStatus.DRAFT, T);

        ConflictViewModel vm = ConflictViewModel.conflict(mine, null, "c.json", actions);

        assertThat(vm.differences()).isEmpty();
        assertThat(vm.explanation()).contains("The other version cannot be read, so it cannot be compared here.");
    }

    @Test
    void eachButtonMakesItsChoice() {
        ConflictViewModel vm = ConflictViewModel.conflict(JournalFixtures.example1(PlanStatus.DRAFT, T), null, "c.json",
                actions);

        vm.keepMine();
        vm.keepTheirs();
        vm.keepBoth();

        assertThat(chosen).containsExactly("mine", "theirs", "both");
    }

    @Test
    void aPlanDeletedElsewhereOffersToKeepItOrLetItGoNotBoth() {
        ConflictViewModel vm = ConflictViewModel.deleted(actions);

        vm.keepBoth();
        vm.keepTheirs();

        assertThat(vm.heading()).isEqualTo("This plan was deleted by another program");
        assertThat(vm.keepMineLabel()).isEqualTo("Keep this plan");
        assertThat(vm.keepTheirsLabel()).isEqualTo("Let it go");
        assertThat(vm.offersKeepBoth()).isFalse();
        assertThat(chosen).containsExactly("theirs");
    }

    private static TradePlan withNotes(TradePlan plan, String notes) {
        WrittenPlan w = plan.written();
        return plan.withWritten(new WrittenPlan(w.thesis(), w.entryCriteria(), w.exitStrategy(), w.riskRules(), notes));
    }
}
