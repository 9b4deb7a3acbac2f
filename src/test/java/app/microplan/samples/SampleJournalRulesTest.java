package app.microplan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.cli.MicroplanCommand;
import app.microplan.domain.Account;
import app.microplan.domain.AccountBook;
import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.EntryFill;
import app.microplan.domain.ExitFill;
import app.microplan.domain.PlanEvent;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.RuleBook;
import app.microplan.domain.TradeExecution;
import app.microplan.domain.TradePlan;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The committed sample journal keeps every rule of its account, now and at every step of its history. */
class SampleJournalRulesTest {
    private static final Path SAMPLE = Path.of("assets", "samples", "journal");

    @Test
    void checkAllFindsEveryReadyAndOpenPlanHoldingAgainstTheAccount() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = MicroplanCommand.execute(new String[] {"check", "--journal", SAMPLE.toString(), "--all"},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(exit).isEqualTo(MicroplanCommand.OK);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("(40 plans; 3 draft, ready or open)",
                "Main: equity $5,395.18 (follows the journal), margin held $539.15",
                "sample-37    Open   Long ETH-MICRO-0.01          open: the account holds",
                "sample-38    Open   Short BTC-MICRO-0.001        open: the account holds",
                "sample-39    Ready  Short ETH-MICRO-0.01         still ready: every blocking rule holds",
                "Every READY plan still holds.").doesNotContain("[FAIL]");
    }

    @Test
    void everyPlanWasMarkedReadyAgainstTheAccountAsItThenWas() throws Exception {
        JournalStore store = JournalStore.open(SAMPLE);
        Account main = store.loadSettings().accountNamedOrNull("Main");
        List<TradePlan> plans = store.loadPlans().plans().stream().map(LoadedPlan::plan).toList();
        assertThat(main.equityFollowsJournal()).isTrue();
        int sharedTheAccount = 0;

        for (TradePlan plan : plans) {
            Instant marked = readyAt(plan);
            if (marked == null) {
                continue;
            }
            Clock then = Clock.fixed(marked, ZoneOffset.UTC);
            List<TradePlan> journalThen = plans.stream().filter(p -> p != plan).map(p -> asAt(p, marked))
                    .filter(Objects::nonNull).toList();
            AccountSnapshot rebuilt = AccountBook.of(main, journalThen, then).snapshotFor(plan.id());

            assertThat(plan.account().sameAs(rebuilt)).as(plan.id() + ": recorded " + plan.account() + ", rebuilt "
                    + rebuilt).isTrue();
            TradePlan checked = plan.toBuilder().status(PlanStatus.DRAFT).build();
            assertThat(RuleBook.assess(checked, then).blockingFailures()).as(plan.id()).isEmpty();
            sharedTheAccount += rebuilt.otherPlansMargin().signum() > 0 ? 1 : 0;
        }
        assertThat(sharedTheAccount).as("plans written while another trade held margin").isGreaterThanOrEqualTo(10);
    }

    private static Instant readyAt(TradePlan plan) {
        return plan.history().stream().filter(e -> e.to() == PlanStatus.READY).map(PlanEvent::at).findFirst()
                .orElse(null);
    }

    /** A plan as the journal held it at {@code time} (from its files' times), or null before it was written. */
    private static TradePlan asAt(TradePlan plan, Instant time) {
        if (plan.createdAt().isAfter(time)) {
            return null;
        }
        TradeExecution execution = plan.execution();
        Instant ended = plan.history().stream().filter(e -> e.to() == PlanStatus.CLOSED || e.to() == PlanStatus.CANCELLED)
                .map(PlanEvent::at).findFirst().orElse(null);
        if (ended != null && !time.isBefore(ended)) {
            return plan;
        }
        if (execution != null && execution.openedAt() != null && !time.isBefore(execution.openedAt())) {
            List<EntryFill> entered = execution.entries().stream().filter(f -> !f.time().isAfter(time)).toList();
            List<ExitFill> exited = execution.exits().stream().filter(f -> !f.time().isAfter(time)).toList();
            return plan.toBuilder().status(PlanStatus.OPEN).review(null)
                    .execution(new TradeExecution(entered, exited, BigDecimal.ZERO)).build();
        }
        Instant ready = readyAt(plan);
        return ready != null && !time.isBefore(ready) ? plan.toBuilder().status(PlanStatus.READY).execution(null)
                .review(null).build() : plan.toBuilder().status(PlanStatus.DRAFT).build();
    }
}
