package app.microplan.ui;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ChecklistItem;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryFill;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.ExitFill;
import app.microplan.domain.ExitReason;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.Target;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeLifecycle;
import app.microplan.domain.TradeSetup;
import app.microplan.domain.WrittenPlan;
import app.microplan.store.JournalStore;
import app.microplan.store.StoreException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Plans written to a journal folder before a window opens on it. */
public final class JournalFixtures {
    public static final WrittenPlan EXAMPLE_1_WRITTEN = new WrittenPlan(
            "BTC reclaimed 70k on rising volume; funding flat.",
            "Enter on a 4-hour close above 70,000 with volume above the 20-bar average.",
            "Stop 69,300 (1 % below). Take profit at 72,100, or exit at the daily close if 71,000 fails.",
            "Risk 1 % of equity. No adding to a loser. Walk away after two stopped trades today.",
            "");

    private JournalFixtures() {
    }

    /**
     * Worked example 1 of docs/numbers.md: long BTC micro 0.01 at 70,000, stop 69,300, 10×, target 72,100, equity
     * 5,000.
     */
    public static TradePlan example1(PlanStatus status, Instant created) {
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").target(Target.of("72100", "1")).leverage("10").build();
        return TradePlan.builder().createdAt(created).updatedAt(created).status(status).setup(setup)
                .account(AccountSnapshot.of("Main", "5000", "0")).written(EXAMPLE_1_WRITTEN)
                .checklist(List.of(new ChecklistItem("Stop order placed with the entry", true),
                        new ChecklistItem("Take-profit orders placed", true),
                        new ChecklistItem("Funding rate checked", true),
                        new ChecklistItem("Size matches the plan", false),
                        new ChecklistItem("No major news due while the trade is open", false)))
                .tags(List.of("btc", "breakout")).build();
    }

    /** An OPEN plan of the Main account holding exactly {@code margin} at 10×: 5 BTC micros at margin × 200. */
    public static TradePlan openPlanHolding(String margin, Instant created) {
        BigDecimal price = new BigDecimal(margin).multiply(BigDecimal.valueOf(200));
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(new EntryLeg(app.microplan.domain.OrderType.LIMIT, price, null))
                .stop(price.multiply(new BigDecimal("0.995"))).leverage("10").contracts(new BigDecimal("5")).build();
        return TradePlan.builder().createdAt(created).updatedAt(created).status(PlanStatus.OPEN).setup(setup)
                .policy(RiskPolicy.defaults()).account(AccountSnapshot.of("Main", "5000", "0")).build();
    }

    public static TradePlan ethShortDraft(Instant created) {
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.ETH_MICRO_001).direction(Direction.SHORT)
                .entry(EntryLeg.limit("3450")).stop("3520").target(Target.of("3300", "1")).leverage("5").build();
        return TradePlan.builder().createdAt(created).updatedAt(created).setup(setup)
                .account(AccountSnapshot.of("Main", "5000", "0"))
                .written(new WrittenPlan("ETH rejected 3,500 twice.", "", "", "", "")).build();
    }

    public static TradePlan cmeCancelled(Instant created) {
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.CME_MICRO_BITCOIN).direction(Direction.LONG)
                .entry(EntryLeg.limit("68000")).stop("67000").leverage("2").build();
        return TradePlan.builder().createdAt(created).updatedAt(created).status(PlanStatus.CANCELLED).setup(setup)
                .account(AccountSnapshot.of("Main", "5000", "0")).build();
    }

    /**
     * Example 1 traded: entered 4 at 70,000 and 3 at 70,050 (fees 0.50, 0.40), out 4 at the 72,100 target and
     * 3 by hand at 71,000 (fees 0.50, 0.40), $1.20 funding paid. Realized $109.50: +2.13 R on the $51.40 the fills
     * put at risk, +2.23 R against the plan's $49.00.
     */
    public static TradePlan closedExample1(Instant created) {
        TradePlan ready = example1(PlanStatus.READY, created);
        TradePlan open = TradeLifecycle.open(ready, List.of(
                EntryFill.of("2026-03-02T09:30:00Z", "70000", "4", "0.50"),
                EntryFill.of("2026-03-02T09:41:00Z", "70050", "3", "0.40")), created.plusSeconds(3600));
        return TradeLifecycle.close(open, List.of(
                ExitFill.of("2026-03-03T14:00:00Z", "72100", "4", "0.50", ExitReason.TARGET),
                ExitFill.of("2026-03-03T15:10:00Z", "71000", "3", "0.40", ExitReason.MANUAL)),
                new BigDecimal("1.20"), created.plusSeconds(7200));
    }

    public static void write(Path folder, TradePlan... plans) throws StoreException {
        JournalStore store = JournalStore.open(folder);
        for (TradePlan plan : plans) {
            store.savePlan(plan);
        }
    }
}
