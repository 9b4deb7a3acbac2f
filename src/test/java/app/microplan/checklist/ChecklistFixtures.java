package app.microplan.checklist;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ChecklistItem;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.Target;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import app.microplan.domain.WrittenPlan;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Plans the checklist tests export. */
public final class ChecklistFixtures {
    public static final String EXAMPLE_ID = "5d1c7e2a-9b4f-4c61-8e0d-3a2f6b7c9d10";

    private ChecklistFixtures() {
    }

    /**
     * Worked example 1 of docs/numbers.md: equity $5,000, risk 1 %, the 0.01 BTC micro, long at 70,000, stop 69,300,
     * 10×, target 72,100, every written section filled in, one box already ticked.
     */
    public static TradePlan exampleOne() {
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").leverage("10").target(Target.of("72100", "1")).build();
        Instant created = Instant.parse("2025-03-14T09:30:00Z");
        return TradePlan.builder().id(EXAMPLE_ID).createdAt(created).updatedAt(created).setup(setup)
                .policy(RiskPolicy.defaults()).account(AccountSnapshot.of("Main", "5000", "0"))
                .written(new WrittenPlan(
                        "BTC reclaimed the weekly open and funding is flat; buyers defended 69,500 twice.",
                        "Limit buy at 70,000 after a 1-hour close above 69,800.",
                        "Take the whole position off at 72,100. If the 4-hour candle closes below 69,500, exit at market.",
                        "Stop at 69,300 placed with the entry; never moved away from the entry. One attempt only.",
                        "CPI is due Thursday: flat before the release."))
                .checklist(List.of(new ChecklistItem("Stop order placed with the entry", true),
                        new ChecklistItem("Take-profit order placed at 72,100", false),
                        new ChecklistItem("Funding rate checked", false)))
                .tags(List.of("breakout", "weekly-open"))
                .build();
    }

    /** Chinese, Cyrillic and symbols everywhere text goes, and a 5,000-word exit strategy. */
    public static TradePlan multilingualLongText() {
        String words = IntStream.range(0, 5000).mapToObj(i -> switch (i % 10) {
            case 0 -> "止损";
            case 1 -> "стоп";
            case 2 -> "₮";
            case 3 -> "−2.5 %";
            case 4 -> "≤";
            default -> "exit" + i;
        }).collect(Collectors.joining(" "));
        return exampleOne().toBuilder().id("0a9b8c7d-multilingual")
                .written(new WrittenPlan("Тезис: 比特币 回调后 反弹 ₮ 1,000",
                        "Вход по лимиту 70 000 ₮, 入场 条件：站稳 69,800",
                        words,
                        "止损 69,300 — стоп не двигать; risk ≤ 1 %",
                        "https://example.org/" + "a".repeat(300)))
                .checklist(List.of(new ChecklistItem("Стоп-ордер выставлен 止损单已下", true),
                        new ChecklistItem("Take-profit ₮ 72,100 订单", false)))
                .build();
    }
}
