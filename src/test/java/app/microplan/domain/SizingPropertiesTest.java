package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Properties the sizer must keep for any trade, not only the worked examples. */
class SizingPropertiesTest {

    record Trade(TradeSetup setup, AccountSnapshot account, RiskPolicy policy) {
        SizingResult size() {
            return PositionSizer.size(setup, policy, account);
        }

        SizingResult sizeAt(BigDecimal contracts) {
            return PositionSizer.size(setup.toBuilder().contracts(contracts).build(), policy, account);
        }

        BigDecimal budget() {
            return account.equity().multiply(policy.riskCap());
        }

        BigDecimal step() {
            return setup.contract().quantityStep();
        }
    }

    @Provide
    Arbitrary<Trade> trades() {
        Arbitrary<ContractSpec> contract = Arbitraries.of(ContractPresets.ALL);
        Arbitrary<Direction> direction = Arbitraries.of(Direction.class);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(new BigDecimal("100"), new BigDecimal("120000"))
                .ofScale(1);
        Arbitrary<BigDecimal> stopDistance = Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("0.2"))
                .ofScale(3);
        Arbitrary<Integer> legs = Arbitraries.integers().between(1, 3);
        // Scale-in legs sit between the first entry and the stop, never beyond it (share of the stop distance).
        Arbitrary<BigDecimal> legSpread = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.8")).ofScale(2);
        Arbitrary<BigDecimal> equity = Arbitraries.bigDecimals().between(new BigDecimal("100"), new BigDecimal("1000000"))
                .ofScale(2);
        Arbitrary<BigDecimal> riskCap = Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("0.02"))
                .ofScale(4);
        Arbitrary<Integer> leveragePercentOfMax = Arbitraries.integers().between(1, 100);
        Arbitrary<BigDecimal> otherShare = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.12")).ofScale(3);
        Arbitrary<BigDecimal> fee = Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.0002"), new BigDecimal("0.0005"));

        return Combinators.combine(contract, direction, price, stopDistance, legs, legSpread, equity, riskCap)
                .flatAs((c, d, p, dist, legCount, spread, e, r) -> Combinators.combine(leveragePercentOfMax, otherShare, fee)
                        .as((levPercent, other, f) -> {
                            BigDecimal lev = c.maxLeverage().multiply(BigDecimal.valueOf(levPercent))
                                    .divide(Decimals.HUNDRED, 1, java.math.RoundingMode.DOWN).max(BigDecimal.ONE);
                            BigDecimal lower = BigDecimal.ONE.subtract(d.sign().multiply(dist));
                            BigDecimal stop = p.multiply(lower).setScale(1, java.math.RoundingMode.HALF_UP);
                            List<EntryLeg> entries = new java.util.ArrayList<>();
                            for (int i = 0; i < legCount; i++) {
                                BigDecimal towardsStop = p.subtract(stop).multiply(spread).multiply(BigDecimal.valueOf(i))
                                        .divide(BigDecimal.valueOf(legCount), 1, java.math.RoundingMode.DOWN);
                                entries.add(new EntryLeg(OrderType.LIMIT, p.subtract(towardsStop), null));
                            }
                            TradeSetup setup = TradeSetup.builder().contract(c).direction(d).entries(entries)
                                    .stop(stop).leverage(lev).entryFeeRate(f).exitFeeRate(f)
                                    .target(new Target(p.multiply(BigDecimal.ONE.add(d.sign().multiply(dist)
                                            .multiply(BigDecimal.valueOf(2)))).setScale(1, java.math.RoundingMode.HALF_UP),
                                            BigDecimal.ONE))
                                    .build();
                            AccountSnapshot account = new AccountSnapshot("Main", e,
                                    e.multiply(other).setScale(2, java.math.RoundingMode.HALF_UP));
                            return new Trade(setup, account, RiskPolicy.defaults().withRiskCap(r));
                        }));
    }

    @Property(tries = 300)
    void largestSizeByRiskNeverRisksMoreThanTheBudgetAndOneStepMoreWould(@ForAll("trades") Trade trade) {
        SizingResult largest = trade.size();
        BigDecimal byRisk = largest.maxContractsByRisk();
        if (byRisk.signum() > 0) {
            assertThat(trade.sizeAt(byRisk).riskAmount()).isLessThanOrEqualTo(trade.budget());
        }
        BigDecimal oneMore = byRisk.signum() == 0 ? trade.setup().contract().minQuantity() : byRisk.add(trade.step());
        assertThat(trade.sizeAt(oneMore).riskAmount()).isGreaterThan(trade.budget());
    }

    @Property(tries = 300)
    void largestSizeByMarginStaysStrictlyUnderTheCapAndOneStepMoreWouldNot(@ForAll("trades") Trade trade) {
        BigDecimal byMargin = trade.size().maxContractsByMargin();
        BigDecimal cap = trade.policy().marginCap();
        if (byMargin.signum() > 0) {
            assertThat(trade.sizeAt(byMargin).marginUtilization()).isLessThan(cap);
        }
        BigDecimal oneMore = byMargin.signum() == 0 ? trade.setup().contract().minQuantity() : byMargin.add(trade.step());
        assertThat(trade.sizeAt(oneMore).marginUtilization()).isGreaterThanOrEqualTo(cap);
    }

    @Property(tries = 300)
    void theDefaultSizePassesBothCapsAndIsAMultipleOfTheStep(@ForAll("trades") Trade trade) {
        SizingResult result = trade.size();
        assertThat(result.contracts()).isEqualByComparingTo(result.maxContracts());
        assertThat(Decimals.isMultipleOf(result.contracts(), trade.step())).isTrue();
        PlanAssessment assessment = RuleBook.assessNumbers(trade.setup(), trade.policy(), trade.account());
        if (result.contracts().signum() > 0) {
            assertThat(assessment.result(Rule.RISK_CAP).passed()).isTrue();
            assertThat(assessment.result(Rule.MARGIN_CAP).passed()).isTrue();
        }
    }

    /**
     * The risk % a trader reads is never less than the risk's exact share of equity, and more by less than one
     * hundredth. Compared without any rounding (shown × equity against risk × 100), and many cases fall between two
     * hundredths, where rounding the wrong way (HALF_UP, DOWN) would show less than the truth (the rest are mostly
     * trades the caps size at zero).
     */
    @Property(tries = 300)
    void roundingNeverLiftsTheShownRiskPercentBelowTheExactOne(@ForAll("trades") Trade trade) {
        SizingResult result = trade.size();
        assertThat(result.riskAmount().scale()).isEqualTo(2);
        assertShownPercentCoversTheExact(Decimals.percentUp(result.riskFraction()), result.riskAmount(),
                trade.account().equity(), 25);
    }

    @Property(tries = 500)
    void thePercentShownForAnyRiskAndEquityIsNeverBelowTheExactOne(@ForAll("cents") BigDecimal risk,
                                                                   @ForAll("cents") BigDecimal equity) {
        assertShownPercentCoversTheExact(Decimals.percentUp(Decimals.divide(risk, equity)), risk, equity, 60);
    }

    @Provide
    Arbitrary<BigDecimal> cents() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1000000")).ofScale(2);
    }

    /** @param betweenPercent at least this share of the cases must fall between two hundredths (no size: 0 %) */
    private static void assertShownPercentCoversTheExact(BigDecimal shownPercent, BigDecimal risk, BigDecimal equity,
                                                         int betweenPercent) {
        BigDecimal shownTimesEquity = shownPercent.multiply(equity);
        BigDecimal exactTimesEquity = risk.multiply(Decimals.HUNDRED);
        boolean onAHundredth = exactTimesEquity.remainder(equity.multiply(new BigDecimal("0.01"))).signum() == 0;
        Statistics.label("exact percent").collect(onAHundredth ? "on a hundredth" : "between hundredths");
        Statistics.label("exact percent").coverage(c -> c.check("between hundredths").percentage(p -> p >= betweenPercent));

        assertThat(shownTimesEquity).as("shown %s %% of %s against risk %s", shownPercent, equity, risk)
                .isGreaterThanOrEqualTo(exactTimesEquity);
        assertThat(shownTimesEquity.subtract(exactTimesEquity)).as("lifted by less than 0.01 %%")
                .isLessThan(equity.multiply(new BigDecimal("0.01")));
    }

    @Property(tries = 200)
    void utilizationGrowsWithSize(@ForAll("trades") Trade trade, @ForAll("smallCounts") int a, @ForAll("smallCounts") int b) {
        BigDecimal smaller = trade.step().multiply(BigDecimal.valueOf(Math.min(a, b)));
        BigDecimal larger = trade.step().multiply(BigDecimal.valueOf(Math.max(a, b)));
        assertThat(trade.sizeAt(smaller).marginUtilization())
                .isLessThanOrEqualTo(trade.sizeAt(larger).marginUtilization());
        assertThat(trade.sizeAt(smaller).riskAmount()).isLessThanOrEqualTo(trade.sizeAt(larger).riskAmount());
    }

    @Provide
    Arbitrary<Integer> smallCounts() {
        return Arbitraries.integers().between(1, 500);
    }

    @Property(tries = 300)
    void liquidationLiesOnTheLossSideOfTheAverageEntry(@ForAll("trades") Trade trade) {
        SizingResult result = trade.size();
        Direction direction = trade.setup().direction();
        if (!trade.setup().contract().hasLiquidationPrice()) {
            assertThat(result.liquidationPrice()).isNull();
            return;
        }
        if (result.liquidationPrice() == null) {
            // an inverse short at 1× never runs out of coin margin where maintenance is measured at the price
            assertThat(trade.setup().contract().isInverse() && direction == Direction.SHORT
                    && trade.setup().leverage().compareTo(BigDecimal.ONE) <= 0).isTrue();
            return;
        }
        assertThat(direction.favourableMove(result.averageEntry(), result.liquidationPrice()).signum())
                .isLessThanOrEqualTo(0);
    }

    @Property(tries = 200)
    void splittingAcrossLegsKeepsEverySizeAccountedFor(@ForAll("trades") Trade trade) {
        SizingResult result = trade.size();
        BigDecimal allocated = result.allocatedEntries().stream().map(EntryLeg::contracts)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(allocated).isEqualByComparingTo(result.contracts());
    }
}
