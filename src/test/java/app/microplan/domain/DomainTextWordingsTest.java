package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decision 15 for the price ladder and the liquidation estimate: the English bundle says, word for word and figure
 * for figure, what the domain writes for the command line; the German bundle says it with German numbers.
 */
class DomainTextWordingsTest {
    private static final AccountSnapshot FIVE_THOUSAND = AccountSnapshot.of("Main", "5000", "0");
    private static final BigDecimal FEE = new BigDecimal("0.0005");
    private static final WordingText ENGLISH = new WordingText(bundle(Locale.ROOT), Locale.US);
    private static final WordingText GERMAN = new WordingText(bundle(Locale.GERMAN), Locale.GERMANY);

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("app.microplan.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    record Plan(String name, TradeSetup setup, AccountSnapshot account, RiskPolicy policy, List<BigDecimal> levels) {
        ExitValuation valued() {
            SizingResult sizing = PositionSizer.size(setup, policy, account);
            return ExitValuation.of(setup, policy, account, sizing).orElseThrow();
        }

        List<LadderRow> ladder() {
            return PriceLadder.of(valued(), account, levels);
        }
    }

    private static TradeSetup.Builder binance(Direction side, String entry, String stop) {
        return TradeSetup.builder().contract(ContractPresets.BINANCE_BTCUSDT).direction(side)
                .entry(EntryLeg.limit(entry)).stop(stop).leverage("10");
    }

    /** A long with one target, a short with two, a scale-in, a stop beyond liquidation, an inverse contract, CME. */
    static Stream<Plan> plans() {
        RiskPolicy defaults = RiskPolicy.defaults();
        return Stream.of(
                new Plan("binance long", binance(Direction.LONG, "70000", "69300").target(Target.of("72100", "1"))
                        .build(), FIVE_THOUSAND, defaults, List.of(new BigDecimal("71234.5"))),
                new Plan("micro short, two targets", TradeSetup.builder().contract(ContractPresets.BTC_MICRO_001)
                        .direction(Direction.SHORT).entry(EntryLeg.limit("70000")).stop("70700").leverage("10")
                        .entryFeeRate(FEE).exitFeeRate(FEE).target(Target.of("68600", "0.5"))
                        .target(Target.of("67900", "0.5")).build(), FIVE_THOUSAND, defaults, List.of()),
                new Plan("scale-in", binance(Direction.LONG, "70000", "68600").entry(EntryLeg.limit("69300"))
                        .target(Target.of("73500", "0.3333")).build(), FIVE_THOUSAND, defaults, List.of()),
                new Plan("stop beyond liquidation", binance(Direction.LONG, "70000", "60000").leverage("20").build(),
                        FIVE_THOUSAND, defaults, List.of()),
                new Plan("inverse, coin account, funding in the risk", TradeSetup.builder()
                        .contract(ContractPresets.BYBIT_BTCUSD).direction(Direction.LONG)
                        .entry(EntryLeg.limit("70000")).stop("69300").leverage("5").target(Target.of("72100", "1"))
                        .fundingRate(new BigDecimal("0.0001")).holdingHours(new BigDecimal("24")).build(),
                        new AccountSnapshot("Coin", new BigDecimal("0.5"), BigDecimal.ZERO).inCurrency("BTC"),
                        defaults.withFundingInRisk(true), List.of()),
                new Plan("cme", TradeSetup.builder().contract(ContractPresets.CME_MICRO_BITCOIN)
                        .direction(Direction.LONG).entry(EntryLeg.limit("70000")).stop("69300").build(),
                        new AccountSnapshot("Main", new BigDecimal("50000"), BigDecimal.ZERO), defaults, List.of()));
    }

    @Test
    void theEnglishBundleSaysEveryLadderRowAsTheDomainDoes() {
        int rows = 0;
        for (Plan plan : plans().toList()) {
            String currency = plan.valued().sizing().quoteCurrency();
            for (LadderRow row : plan.ladder()) {
                LadderText domain = LadderText.of(row, currency);
                LadderText worded = LadderText.of(row, currency, ENGLISH, new LocaleFigures(Locale.US));
                assertThat(worded).as(plan.name() + ": " + row.label()).isEqualTo(domain);
                assertThat(ENGLISH.render(LadderText.detailWording(row, currency))).as(plan.name())
                        .contains(domain.detail());
                rows++;
            }
        }
        assertThat(rows).isGreaterThan(60);
        assertThat(ENGLISH.render(Wording.of("ladder.note"))).contains(LadderText.NOTE);
    }

    @Test
    void theEnglishBundleSaysTheBreakevenAndTheLiquidationAsTheDomainDoes() {
        List<String> said = new ArrayList<>();
        for (Plan plan : plans().toList()) {
            ExitValuation position = plan.valued();
            assertThat(LadderText.breakevenWording(position).flatMap(ENGLISH::render)).as(plan.name())
                    .isEqualTo(LadderText.breakeven(position));
            String liquidation = LiquidationText.of(position.sizing());
            assertThat(ENGLISH.render(LiquidationText.wording(position.sizing()))).as(plan.name())
                    .contains(liquidation);
            said.add(liquidation);
        }
        assertThat(said).contains("≈ 63,253.1 (Binance formula)", "none (CME futures have no liquidation price)");
        for (LiquidationConvention convention : LiquidationConvention.values()) {
            assertThat(ENGLISH.render(LiquidationText.convention(convention))).contains(convention.label());
        }
    }

    @Test
    void theLadderReadsInGermanWithGermanNumbers() {
        Plan plan = plans().toList().get(2); // the scale-in
        String currency = plan.valued().sizing().quoteCurrency();
        List<String> labels = new ArrayList<>();
        List<String> prices = new ArrayList<>();
        for (LadderRow row : plan.ladder()) {
            LadderText text = LadderText.of(row, currency, GERMAN, new LocaleFigures(Locale.GERMANY));
            labels.add(text.label());
            prices.add(text.price());
        }

        assertThat(labels).contains("Stop", "Einstieg 1", "Einstieg 2", "Break-even", "Ziel (33,33 %)",
                "Ø Einstieg +5 %", "Ø Einstieg −1 %");
        assertThat(labels.stream().anyMatch(l -> l.startsWith("Liquidation (geschätzt)"))).isTrue();
        assertThat(prices).contains("70.000", "68.600", "73.500");
        assertThat(GERMAN.render(LiquidationText.wording(plans().toList().get(0).valued().sizing())))
                .contains("≈ 63.253,1 (Binance-Formel)");
        assertThat(LadderText.breakevenWording(plans().toList().get(1).valued()).flatMap(GERMAN::render))
                .contains("69.930,03 (Gebühren beider Seiten)");
    }

    @Test
    void aRowBeyondLiquidationSaysSoInGerman() {
        Plan plan = plans().toList().get(3);
        String currency = plan.valued().sizing().quoteCurrency();
        LadderRow stop = plan.ladder().stream().filter(r -> r.kind() == LadderLevel.STOP).findFirst().orElseThrow();

        assertThat(stop.liquidated()).isTrue();
        assertThat(GERMAN.render(LadderText.detailWording(stop, currency)).orElseThrow())
                .isEqualTo("Kapital 4.986,87 USDT · vor diesem Kurs liquidiert");
        assertThat(LadderText.of(stop, currency, GERMAN, new LocaleFigures(Locale.GERMANY)).marginRatio())
                .isEqualTo("liquidiert");
    }

    /** The rules of liquidation, margin tier, tick and order minimum over the plans, plus the ways they fail. */
    static List<RuleResult> ruleReasons() {
        List<Plan> all = new ArrayList<>(plans().toList());
        RiskPolicy defaults = RiskPolicy.defaults();
        all.add(new Plan("off the tick", binance(Direction.LONG, "70000.05", "69300.01").target(Target.of("72100.03",
                "1")).build(), FIVE_THOUSAND, defaults, List.of()));
        all.add(new Plan("stop target off the tick", binance(Direction.LONG, "70000", "69300").target(Target.of(
                "72100.03", "1")).build(), FIVE_THOUSAND, defaults, List.of()));
        all.add(new Plan("leverage above the tier", binance(Direction.LONG, "70000", "69930").leverage("125").build(),
                new AccountSnapshot("Big", new BigDecimal("2000000"), BigDecimal.ZERO), defaults, List.of()));
        all.add(new Plan("below the minimum order", binance(Direction.LONG, "70000", "60000").entry(
                EntryLeg.limit("65000")).build(), AccountSnapshot.of("Small", "300", "0"), defaults, List.of()));
        all.add(new Plan("not sized", TradeSetup.builder().contract(ContractPresets.BINANCE_BTCUSDT)
                .direction(Direction.LONG).leverage("10").build(), FIVE_THOUSAND, defaults, List.of()));
        List<RuleResult> results = new ArrayList<>();
        for (Plan plan : all) {
            SizingResult sizing = PositionSizer.size(plan.setup(), plan.policy(), plan.account());
            results.add(LiquidationRules.stopBeforeLiquidation(plan.setup(), plan.policy(), sizing));
            results.add(LiquidationRules.leverageForSize(plan.setup(), sizing));
            results.add(OrderRules.priceOnTick(plan.setup()));
            results.add(OrderRules.orderMinimum(plan.setup(), sizing));
        }
        return results;
    }

    @Test
    void theEnglishBundleSaysTheLiquidationTierTickAndMinimumReasonsAsTheDomainDoes() {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (RuleResult result : ruleReasons()) {
            assertThat(result.wording()).as(result.message()).isNotNull();
            assertThat(ENGLISH.render(result.wording())).as(result.rule().name()).contains(result.message());
            assertThat(GERMAN.render(result.wording())).as(result.message()).isPresent();
            keys.add(result.wording().key());
        }
        assertThat(keys).contains("reason.liquidation.fails", "reason.liquidation.passes",
                "reason.liquidation.passesScaleIn", "reason.liquidation.none", "reason.leverageForSize.within",
                "reason.leverageForSize.above", "reason.leverageForSize.dollarMargin", "reason.tick.named",
                "reason.tick.allOn", "reason.order.ok", "reason.order.everyOk", "reason.enterToSize");
    }

    @Test
    void theRuleReasonsReadInGermanWithGermanNumbers() {
        TradeSetup setup = binance(Direction.LONG, "70000.05", "69300").build();
        assertThat(GERMAN.reason(OrderRules.priceOnTick(setup))).isEqualTo(
                "Einstiegspreis 1: 70.000,05 liegt nicht auf dem Tick von 0,1: Die nächsten Kurse sind 70.000 und 70.000,1");
        TradeSetup binanceLong = binance(Direction.LONG, "70000", "69300").build();
        SizingResult sizing = PositionSizer.size(binanceLong, RiskPolicy.defaults(), FIVE_THOUSAND);
        assertThat(GERMAN.reason(LiquidationRules.stopBeforeLiquidation(binanceLong, RiskPolicy.defaults(), sizing)))
                .startsWith("Stop 69.300 kommt vor der Liquidation ≈ 63.253,1 (Binance-Formel): 6.746,9 Abstand");
        assertThat(GERMAN.reason(LiquidationRules.leverageForSize(binanceLong, sizing)))
                .startsWith("Hebel 10× innerhalb der ").contains(" (Stufe bis ");
    }

    @Test
    void theEnglishBundleSaysTheSizersExplanationAsTheDomainDoes() {
        List<Plan> all = new ArrayList<>(plans().toList());
        all.add(new Plan("one contract too big", binance(Direction.LONG, "70000", "60000").build(),
                AccountSnapshot.of("Small", "300", "0"), RiskPolicy.defaults(), List.of()));
        all.add(new Plan("not sized", TradeSetup.builder().contract(ContractPresets.BINANCE_BTCUSDT)
                .direction(Direction.LONG).leverage("10").build(), FIVE_THOUSAND, RiskPolicy.defaults(), List.of()));
        all.add(new Plan("stop on the wrong side", binance(Direction.LONG, "70000", "70700").build(), FIVE_THOUSAND,
                RiskPolicy.defaults(), List.of()));
        for (Plan plan : all) {
            SizingResult sizing = PositionSizer.size(plan.setup(), plan.policy(), plan.account());
            assertThat(ENGLISH.render(sizing.sizeWording())).as(plan.name()).contains(sizing.sizeExplanation());
            assertThat(GERMAN.render(sizing.sizeWording())).as(plan.name()).isPresent();
        }
        SizingResult binanceLong = PositionSizer.size(binance(Direction.LONG, "70000", "69300").build(),
                RiskPolicy.defaults(), FIVE_THOUSAND);
        assertThat(GERMAN.render(binanceLong.sizeWording()).orElseThrow())
                .startsWith("Das Risikobudget 50,00 USDT ÷ ").contains("die Margin-Grenze von 10,00 % erlaubt ")
                .endsWith(".");
    }

    @Test
    void theYourLevelProblemsReadAsTheDomainSaysThemAndInGerman() {
        BigDecimal average = new BigDecimal("70000.004");
        for (String level : List.of("0", "-5", "700001", "6999.5")) {
            BigDecimal price = new BigDecimal(level);
            assertThat(ENGLISH.render(PriceLadder.problemWording(price, average).orElseThrow())).as(level)
                    .contains(PriceLadder.problemWith(price, average).orElseThrow());
        }
        assertThat(PriceLadder.problemWording(new BigDecimal("7001"), average)).isEmpty();
        // Optional.contains compares the whole text, not a part of it
        assertThat(GERMAN.render(PriceLadder.problemWording(new BigDecimal("700001"), average).orElseThrow()))
                .contains("700.001 ist mehr als zehnfach vom Ø Einstieg 70.000 entfernt");
        assertThat(GERMAN.render(PriceLadder.problemWording(new BigDecimal("-0.5"), average).orElseThrow()))
                .contains("-0,5 ist kein Preis: eine eigene Marke muss über 0 liegen");
    }
}
