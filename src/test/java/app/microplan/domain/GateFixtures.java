package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One account, "Main" with $5,000, and the plans the ready-gate tests put in it. */
final class GateFixtures {
    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Account MAIN = new Account("Main", new BigDecimal("5000"));
    static final WrittenPlan WRITTEN = new WrittenPlan("Range breakout", "4h close above 70,000",
            "Scale out at 72,100", "Risk 1 %, stop at 69,300, no widening", "");

    private GateFixtures() {
    }

    /**
     * Example 1 of docs/numbers.md as a draft, without fees (the gate's figures stay round: 7 contracts, $49 at
     * risk): long 0.01 BTC micros at 70,000, stop 69,300, 10×, target 72,100.
     */
    static TradePlan draft(String id) {
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").leverage("10").target(Target.of("72100", "1")).build();
        return TradePlan.builder().id(id).createdAt(NOW.minusSeconds(7200)).updatedAt(NOW.minusSeconds(7200))
                .setup(setup).account(AccountSnapshot.of("Main", "5000", "0")).written(WRITTEN).build();
    }

    /** A draft of {@code contracts} contracts, checked against the journal and marked ready {@code minutesAgo}. */
    static TradePlan readyIn(List<TradePlan> journal, String id, String contracts, int minutesAgo) {
        TradePlan draft = draft(id);
        draft = draft.withSetup(draft.setup().toBuilder().contracts(new BigDecimal(contracts)).build());
        return markReadyIn(journal, draft, minutesAgo);
    }

    /** The plan marked ready against the account as {@code journal} shows it. */
    static TradePlan markReadyIn(List<TradePlan> journal, TradePlan plan, int minutesAgo) {
        Instant at = NOW.minusSeconds(60L * minutesAgo);
        AccountSnapshot live = AccountBook.of(MAIN, journal, Clock.fixed(at, ZoneOffset.UTC)).snapshotFor(plan.id());
        return PlanLifecycle.markReady(plan.withAccount(live), Clock.fixed(at, ZoneOffset.UTC));
    }

    /** A closed trade of the Main account: long 1 BTC micro at 70,000, out at {@code exit}, no fees. */
    static TradePlan closed(String id, String exit, Instant closedAt) {
        TradePlan ready = readyIn(List.of(), id, "1", 600);
        TradeExecution execution = new TradeExecution(
                List.of(new EntryFill(closedAt.minusSeconds(3600), new BigDecimal("70000"), BigDecimal.ONE, BigDecimal.ZERO)),
                List.of(new ExitFill(closedAt, new BigDecimal(exit), BigDecimal.ONE, BigDecimal.ZERO, ExitReason.MANUAL)),
                BigDecimal.ZERO);
        return ready.toBuilder().status(PlanStatus.CLOSED).execution(execution).build();
    }

    static Function<String, Account> accounts(Account... accounts) {
        Map<String, Account> byName = new java.util.HashMap<>();
        for (Account account : accounts) {
            byName.put(account.name(), account);
        }
        return byName::get;
    }

    static Map<String, TradePlan> recheck(List<TradePlan> journal, Account account, RiskPolicy policy, String trigger) {
        return AccountRecheck.recheckAll(journal, accounts(account), policy, trigger, CLOCK);
    }
}
