package app.microplan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Which instrument is cheaper for this plan: the same trade (entries, stop, risk cap, holding time and funding
 * rate) sized on every preset of the same underlying — the exchanges' perpetuals, the generic micros, CME micro
 * futures — with its size, risk, round-trip fees (in, and out at the stop), expected funding, margin and
 * liquidation. The cheapest is the one whose fees and funding cost least per unit of notional held, among those
 * the caps allow any size of. USDT and USD are taken as equal; inverse contracts are valued in the account's
 * currency (dollars at the stop, or the coin), so their costs per unit of notional compare with the linear ones'.
 */
public final class InstrumentComparison {
    private InstrumentComparison() {
    }

    /**
     * One instrument's figures for the trade.
     *
     * @param costs       entry fees + exit fees at the stop + expected funding (negative when received), exact
     * @param costPerUnit costs ÷ notional; null when the caps allow no contract
     * @param cheapest    the lowest cost per unit of notional of the comparison
     */
    public record Row(ContractSpec contract, boolean planContract, BigDecimal leverage, SizingResult sizing,
                      BigDecimal costs, BigDecimal costPerUnit, boolean cheapest) {
    }

    /**
     * The plan's own contract with its own fee rates, every other preset of the underlying with its exchange's
     * schedule, each at the plan's leverage or the contract's maximum when lower. Empty until the plan can be sized.
     */
    public static List<Row> compare(TradeSetup setup, RiskPolicy policy, AccountSnapshot account) {
        List<ContractSpec> candidates = new ArrayList<>();
        candidates.add(setup.contract());
        ContractPresets.ALL.stream().filter(c -> c.underlying().equalsIgnoreCase(setup.contract().underlying())
                && !c.isSameContractAs(setup.contract())
                // an account kept in a coin compares only what it can hold: that coin's inverse contracts
                && AccountCurrency.fits(c, account.equityCurrency())).forEach(candidates::add);
        List<Row> rows = new ArrayList<>();
        for (ContractSpec contract : candidates) {
            boolean own = contract == setup.contract();
            BigDecimal leverage = setup.leverage().min(contract.maxLeverage());
            TradeSetup.Builder same = setup.toBuilder().contract(contract).leverage(leverage).contracts(null)
                    .entries(setup.entries().stream().map(e -> e.withContracts(null)).toList());
            if (!own) {
                same.entryFeeRate(null).exitFeeRate(null);
            }
            if (!contract.hasFunding()) {
                same.fundingRate(BigDecimal.ZERO);
            }
            SizingResult sizing = PositionSizer.size(same.build(), policy, account);
            if (!sizing.isComplete()) {
                return List.of();
            }
            // Funding exact, not rounded to the cent: two venues with the same rates must tie exactly.
            BigDecimal funding = sizing.notional().multiply(same.build().fundingRate())
                    .multiply(BigDecimal.valueOf(sizing.fundingIntervals())).multiply(setup.direction().sign());
            BigDecimal costs = sizing.exchange().totalFees().add(funding);
            BigDecimal perUnit = sizing.contracts().signum() > 0 && sizing.notional().signum() > 0
                    ? Decimals.divide(costs, sizing.notional()) : null;
            rows.add(new Row(contract, own, leverage, sizing, costs, perUnit, false));
        }
        BigDecimal lowest = rows.stream().map(Row::costPerUnit).filter(c -> c != null).min(BigDecimal::compareTo)
                .orElse(null);
        return rows.stream().map(r -> new Row(r.contract(), r.planContract(), r.leverage(), r.sizing(), r.costs(),
                r.costPerUnit(), lowest != null && r.costPerUnit() != null && r.costPerUnit().compareTo(lowest) == 0))
                .toList();
    }
}
