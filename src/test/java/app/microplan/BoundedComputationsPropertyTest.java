package app.microplan;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.checklist.ChecklistBuilder;
import app.microplan.checklist.MarkdownChecklist;
import app.microplan.domain.Account;
import app.microplan.domain.AccountBook;
import app.microplan.domain.BoundedPlans;
import app.microplan.domain.ContractComparison;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.JournalStatistics;
import app.microplan.domain.NumberLimits;
import app.microplan.domain.PlanLifecycle;
import app.microplan.domain.RuleBook;
import app.microplan.domain.TradeOutcome;
import app.microplan.domain.TradePlan;
import app.microplan.store.Json;
import app.microplan.store.JournalCsvExport;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever numbers a plan file may hold (anything {@link NumberLimits} lets through, edges drawn often), every
 * computation the window, the checklist and the command line make on the loaded plan finishes without an
 * exception and within milliseconds, and what the app would save about it (the margin it holds, refreshed into
 * other drafts) reads back.
 */
class BoundedComputationsPropertyTest {
    /**
     * Every computation of one plan together. Measured: about one millisecond of processor time, under ten for the
     * slowest plan timed again (docs/reliability.md); the bound leaves room for a machine busy with other builds.
     */
    private static final Duration PER_PLAN = Duration.ofMillis(100);
    private static final Duration RETIME_ABOVE = Duration.ofMillis(5);
    private static final java.lang.management.ThreadMXBean THREAD_TIME =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final List<Long> times = new java.util.ArrayList<>();
    private static long slowestNanos;

    @BeforeContainer
    static void warmUp() {
        slowestNanos = 0;
        times.clear();
        for (int i = 0; i < 50; i++) {
            everyComputation(BoundedPlans.plans().sample());
        }
    }

    @AfterContainer
    static void report() {
        List<Long> sorted = times.stream().sorted().toList();
        if (!sorted.isEmpty()) {
            System.out.printf("BoundedComputationsPropertyTest: %d plans, every computation of one plan (processor time):"
                    + " median %.2f ms, 99th percentile %.2f ms (first runs); slowest after retiming %.2f ms%n", sorted.size(),
                    sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 99 / 100) / 1e6, slowestNanos / 1e6);
        }
    }

    /**
     * The processor time this thread spent on the plan: on a machine shared with other builds, waiting for a core is
     * not the computation's time, and wall-clock figures there say more about the machine than about the code.
     */
    private static long timed(TradePlan plan) {
        long started = THREAD_TIME.getCurrentThreadCpuTime();
        everyComputation(plan);
        return THREAD_TIME.getCurrentThreadCpuTime() - started;
    }

    @Property(tries = 1500)
    void everyComputationOnABoundedPlanFinishesQuicklyWithoutAnException(@ForAll("plans") TradePlan plan) {
        long took = timed(plan);
        times.add(took);
        // A garbage collection or a cold method can still make one run slow; a computation that is slow by itself
        // is slow every time, so a slow first run is timed again and the fastest run counts.
        for (int again = 0; again < 5 && took > RETIME_ABOVE.toNanos(); again++) {
            took = Math.min(took, timed(plan));
        }
        slowestNanos = Math.max(slowestNanos, took);
        assertThat(Duration.ofNanos(took)).isLessThan(PER_PLAN);
    }

    @Property(tries = 500)
    void theMarginAPlanHoldsIsANumberAFileMayHold(@ForAll("plans") TradePlan plan, @ForAll("plans") TradePlan draft)
            throws Exception {
        String account = draft.account().accountName();
        List<TradePlan> others = List.of("other-1", "other-2", "other-3").stream()
                .map(id -> plan.toBuilder().id(id).status(app.microplan.domain.PlanStatus.READY)
                        .account(new app.microplan.domain.AccountSnapshot(account, plan.account().equity(),
                                plan.account().otherPlansMargin())).build())
                .toList();
        var held = AccountBook.of(new Account(account, draft.account().equity()), others, java.time.Clock.systemUTC())
                .marginHeldExcept(draft.id());
        TradePlan refreshed = PlanLifecycle.refreshAccount(draft, draft.account().withOtherPlansMargin(held));

        assertThat(NumberLimits.problem(held)).isEmpty();
        byte[] saved = Json.MAPPER.writeValueAsBytes(refreshed);
        assertThat(Json.MAPPER.readValue(saved, TradePlan.class)).isEqualTo(refreshed);
    }

    /**
     * A case the property found (seed -1173650738663491198, shrunk): an inverse short at the largest numbers with a
     * 99.9999999999 % exit fee. Its ladder once valued a level at a price of zero, where an inverse contract's P&amp;L
     * (a division by the exit price) is not defined.
     */
    @Example
    void anInverseShortAtTheLargestNumbersHasALadderOfPricesAboveZero() {
        BigDecimal largest = new BigDecimal("999999999999999.999999999999");
        var setup = app.microplan.domain.TradeSetup.builder().contract(app.microplan.domain.ContractPresets.BYBIT_BTCUSD)
                .direction(app.microplan.domain.Direction.SHORT).entry(app.microplan.domain.EntryLeg.limit(largest.toPlainString()))
                .stop(largest.toPlainString()).leverage(largest.toPlainString()).contracts(largest)
                .exitFeeRate(new BigDecimal("0.999999999999")).fundingRate(largest.negate())
                .holdingHours(new BigDecimal("1E+9")).build();
        var policy = new app.microplan.domain.RiskPolicy(new BigDecimal("1E-12"), new BigDecimal("1E-12"), largest,
                largest, largest, true, new BigDecimal("1.5"), true);
        TradePlan plan = TradePlan.builder().id("bounded").createdAt(java.time.Instant.parse("2026-03-02T09:00:00Z"))
                .updatedAt(java.time.Instant.parse("2026-03-02T09:00:00Z"))
                .setup(setup).policy(policy).account(new app.microplan.domain.AccountSnapshot("Main", largest, largest))
                .build();

        everyComputation(plan);
        var sizing = RuleBook.assess(plan).sizing();
        var rows = app.microplan.domain.ExitValuation.of(setup, policy, plan.account(), sizing)
                .map(position -> app.microplan.domain.PriceLadder.of(position, plan.account(), List.of()))
                .orElse(List.of());
        assertThat(rows).allSatisfy(row -> assertThat(row.price()).isPositive());
    }

    @Provide
    Arbitrary<TradePlan> plans() {
        return BoundedPlans.plans();
    }

    private static void everyComputation(TradePlan plan) {
        RuleBook.assess(plan);
        TradeOutcome.of(plan);
        AccountBook.of(new Account(plan.account().accountName(), plan.account().equity()), List.of(plan),
                java.time.Clock.systemUTC()).snapshotFor("another");
        ContractComparison.compare(plan.setup(), plan.policy(), plan.account(),
                ContractComparison.candidatesFor(plan.setup().contract()));
        MarkdownChecklist.render(ChecklistBuilder.build(plan, ZoneOffset.UTC));
        List<JournalEntry> entries = JournalEntry.ofAll(List.of(plan, plan.toBuilder().id("twin").build()));
        JournalStatistics.of(entries, ZoneOffset.UTC);
        JournalCsvExport.csv(entries);
    }
}
