package app.microplan.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.Account;
import app.microplan.domain.EntryFill;
import app.microplan.domain.PlanLifecycle;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradeLifecycle;
import app.microplan.domain.TradePlan;
import app.microplan.store.JournalStore;
import app.microplan.store.Settings;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.Debouncer;
import app.microplan.ui.common.DirectTaskRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open journal keeps "ready" true: new preferences and other plans' changes check every READY plan again. */
class JournalRecheckTest {
    private static final Instant T = Instant.parse("2026-02-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T.plusSeconds(3600), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private JournalSession open() throws Exception {
        return new JournalSession(OpenedJournal.read(folder), new DirectTaskRunner(), Debouncer.immediate(), CLOCK);
    }

    private static PlanEntry entry(JournalSession session, String id) {
        return session.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static TradePlan ready(String id, String contracts) {
        TradePlan example = JournalFixtures.example1(PlanStatus.DRAFT, T).toBuilder().id(id).build();
        return PlanLifecycle.markReady(example.withSetup(example.setup().toBuilder()
                .contracts(new BigDecimal(contracts)).build()), T);
    }

    @Test
    void loweringTheEquityInPreferencesTurnsAReadyPlanIntoADraftWithTheReasonAndSavesIt() throws Exception {
        JournalFixtures.write(folder, ready("a", "7"));
        JournalSession session = open();
        Settings settings = session.getSettings();

        session.updateSettings(new Settings(List.of(new Account("Main", new BigDecimal("4000"))), "Main",
                settings.policy(), null, null, null, null, null, null, null));

        TradePlan shown = entry(session, "a").getPlan();
        assertThat(shown.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(shown.backToDraftReason()).contains("Back to draft: equity lowered to $4,000.00 — risk now $49.00"
                + " (1.23 %), above the 1.00 % cap; margin now 12.25 %, above the 10.00 % cap");
        TradePlan saved = JournalStore.open(folder).loadPlans().plans().get(0).plan();
        assertThat(saved.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(saved.history()).last().satisfies(e -> assertThat(e.at()).isEqualTo(CLOCK.instant()));
    }

    @Test
    void anotherPlanEnteredBeyondItsPlanChecksTheReadyOnesOfTheAccountAgain() throws Exception {
        JournalFixtures.write(folder, ready("a", "6"), ready("b", "1"));
        JournalSession session = open();
        assertThat(entry(session, "a").getPlan().status()).isEqualTo(PlanStatus.READY);
        PlanEntry b = entry(session, "b");

        session.planEdited(b, TradeLifecycle.open(b.getPlan(),
                List.of(EntryFill.of("2026-02-01T08:30:00Z", "70000", "3", "0")), CLOCK.instant()));

        TradePlan a = entry(session, "a").getPlan();
        assertThat(a.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(a.backToDraftReason()).contains("Back to draft: the Long BTC-MICRO-0.01 plan (b) entered — margin"
                + " now 12.60 %, above the 10.00 % cap");
    }

    @Test
    void deletingAPlanGivesItsMarginBackToTheDraftsOfTheAccount() throws Exception {
        JournalFixtures.write(folder, ready("a", "7"), JournalFixtures.example1(PlanStatus.DRAFT, T));
        JournalSession session = open();
        PlanEntry draft = session.entries().stream().filter(e -> e.getPlan().status() == PlanStatus.DRAFT)
                .findFirst().orElseThrow();
        assertThat(draft.getPlan().account().otherPlansMargin()).isEqualByComparingTo("490.00");

        session.delete(entry(session, "a"));

        assertThat(draft.getPlan().account().otherPlansMargin()).isEqualByComparingTo("0");
    }
}
