package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two plans a file may hold that {@code BoundedComputationsPropertyTest} found after the merge of the gate, the
 * exchange numbers and the importers, pinned here so a fast test names them.
 */
class BoundedEdgeCasesTest {
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T.plusSeconds(3600), ZoneOffset.UTC);

    @Test
    @DisplayName("a READY plan with its stop on the profit side adds no open risk: the account's total is not negative")
    void stopOnTheProfitSideAddsNoOpenRisk() {
        // long 7 at 70,000 with the stop above the entry at 71,000: the loss at the stop works out negative (−70 + fees)
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001)
                .direction(Direction.LONG).entry(EntryLeg.limit("70000")).stop("71000")
                .target(Target.of("72100", "1")).leverage("10").contracts(new BigDecimal("7")).build();
        TradePlan upsideStop = plan("upside-stop", setup);
        // the example plan: long 7 at 70,000, stop 69,300: 7 × 700 × 0.01 = 49.00 at risk
        TradePlan example = plan("example", setup.toBuilder().stop("69300").build());

        AccountBook book = AccountBook.of(new Account("Main", new BigDecimal("5000")), List.of(upsideStop, example),
                CLOCK);

        assertThat(book.openRiskExcept("draft")).isEqualByComparingTo("49.00");
        assertThat(book.openRiskExcept("example")).isEqualByComparingTo("0");
        assertThat(book.snapshotFor("draft").otherPlansOpenRisk()).isEqualByComparingTo("49.00");
    }

    @Test
    @DisplayName("a contract whose margin rounds to nothing is sized by the margin cap without a division by zero")
    void marginThatRoundsToZeroIsSized() {
        // 1e-12 coins a contract at a price of 0.000001: 1e-18 of margin a contract at 1×, zero at the working scale
        ContractSpec dust = new ContractSpec("DUST", "dust contract", "DUST", new BigDecimal("1E-12"),
                new BigDecimal("1E-12"), BigDecimal.ONE, BigDecimal.ONE, "USDT", BigDecimal.TEN,
                new BigDecimal("0.005"), BigDecimal.ZERO, BigDecimal.ZERO, 8);
        TradeSetup setup = TradeSetup.builder().feesOff().contract(dust).direction(Direction.LONG)
                .entry(EntryLeg.limit("0.000001")).stop("0.0000005").leverage("1").build();

        SizingResult sizing = PositionSizer.size(setup, RiskPolicy.defaults(), JournalFixtures.FIVE_THOUSAND);

        // the whole margin of the largest size a plan may hold, 999,999,999,999,999 × 1e-18 ≈ 0.001, is far under
        // the cap of 500.00: the margin allows that size
        assertThat(sizing.maxContractsByMargin()).isEqualByComparingTo("999999999999999");
        assertThat(sizing.initialMargin()).isLessThan(new BigDecimal("500"));
    }

    private static TradePlan plan(String id, TradeSetup setup) {
        return TradePlan.builder().id(id).createdAt(T).updatedAt(T).status(PlanStatus.READY).setup(setup)
                .account(JournalFixtures.FIVE_THOUSAND).build();
    }
}
