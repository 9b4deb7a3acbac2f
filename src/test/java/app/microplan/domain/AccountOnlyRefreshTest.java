package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountOnlyRefreshTest {
    private static final Instant T = Instant.parse("2026-03-03T08:00:00Z");

    private static TradePlan draft() {
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001)
                .direction(Direction.LONG).entry(EntryLeg.limit("70000")).stop("69300").leverage("10").build();
        return TradePlan.builder().createdAt(T).updatedAt(T).status(PlanStatus.DRAFT).setup(setup)
                .account(AccountSnapshot.of("Main", "5000", "0")).build();
    }

    @Test
    void aDraftWhoseOtherPlansNowHoldMarginChangedOnlyInItsAccount() {
        TradePlan before = draft();
        TradePlan after = before.withAccount(before.account().withOtherPlansMargin(new BigDecimal("450")));

        assertThat(AccountOnlyRefresh.isAccountOnly(before, after)).isTrue();
    }

    @Test
    void aNewStopIsAnEditNotARefresh() {
        TradePlan before = draft();
        TradePlan after = before.toBuilder().setup(before.setup().toBuilder().stop("69000").build()).build();

        assertThat(AccountOnlyRefresh.isAccountOnly(before, after)).isFalse();
    }

    @Test
    void aStatusChangeIsNeverOnlyTheAccount() {
        TradePlan ready = draft().toBuilder().status(PlanStatus.READY).build();

        assertThat(AccountOnlyRefresh.isAccountOnly(ready, draft())).isFalse();
        assertThat(AccountOnlyRefresh.isAccountOnly(ready, ready)).isFalse();
    }
}
