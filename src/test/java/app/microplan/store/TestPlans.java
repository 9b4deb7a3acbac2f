package app.microplan.store;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.Target;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import app.microplan.domain.WrittenPlan;
import java.time.Instant;

/** Small, complete plans for store tests: worked example 1 of docs/numbers.md under a chosen id. */
final class TestPlans {
    static final Instant CREATED = Instant.parse("2026-03-02T08:15:00Z");

    private TestPlans() {
    }

    static TradePlan btcLong(String id) {
        return TradePlan.builder().id(id).createdAt(CREATED).updatedAt(CREATED)
                .setup(TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                        .entry(EntryLeg.limit("70000")).stop("69300").target(Target.of("72100", "1")).leverage("10")
                        .build())
                .account(AccountSnapshot.of("Main", "5000", "0"))
                .written(new WrittenPlan("Range break", "Close above 70,000", "All out at 72,100",
                        "Stop 69,300, 1 % risk", ""))
                .build();
    }

    /** The same plan with other notes: another version of the same file. */
    static TradePlan withNotes(TradePlan plan, String notes) {
        WrittenPlan w = plan.written();
        return plan.withWritten(new WrittenPlan(w.thesis(), w.entryCriteria(), w.exitStrategy(), w.riskRules(), notes));
    }
}
