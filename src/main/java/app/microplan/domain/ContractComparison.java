package app.microplan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The same trade sized with each contract on the same underlying: the source material's point that a micro
 * contract lets a small account keep the loss at the stop inside its budget where a standard contract cannot.
 * Each contract is sized at the plan's leverage, or at the contract's maximum when that is lower (a CME micro
 * cannot be traded at 10×), with the size left to the caps.
 */
public final class ContractComparison {
    private ContractComparison() {
    }

    /**
     * One contract's figures for the trade.
     *
     * @param notionalPerContract contract size × average entry, to the cent
     * @param tickValue           the money one tick moves one contract
     * @param riskPerContract     loss of one contract at the stop (fees included), rounded up to the cent
     * @param largestSize         contracts the risk and margin caps allow together
     */
    public record Row(ContractSpec contract, BigDecimal leverage, BigDecimal notionalPerContract, BigDecimal tickValue,
                      BigDecimal riskPerContract, BigDecimal largestSize, SizeLimit bindingLimit) {
    }

    /** Rows in the order of {@code candidates}; empty until the setup has an entry, a stop and equity to size against. */
    public static List<Row> compare(TradeSetup setup, RiskPolicy policy, AccountSnapshot account,
                                    List<ContractSpec> candidates) {
        List<Row> rows = new ArrayList<>();
        for (ContractSpec contract : candidates) {
            BigDecimal leverage = setup.leverage().min(contract.maxLeverage());
            TradeSetup same = setup.toBuilder().contract(contract).leverage(leverage).contracts(null)
                    .entries(setup.entries().stream().map(e -> e.withContracts(null)).toList()).build();
            SizingResult sizing = PositionSizer.size(same, policy, account);
            if (!sizing.isComplete()) {
                return List.of();
            }
            rows.add(new Row(contract, leverage, Decimals.cents(contract.contractSize().multiply(sizing.averageEntry())),
                    contract.tickValue(), Decimals.centsUp(sizing.riskPerContract()), sizing.maxContracts(),
                    sizing.bindingLimit()));
        }
        return rows;
    }

    /**
     * The presets on the same underlying, quote currency and kind as {@code contract}, smallest first, with
     * {@code contract} itself among them (a custom contract is added in its place by size).
     */
    public static List<ContractSpec> candidatesFor(ContractSpec contract) {
        List<ContractSpec> candidates = new ArrayList<>(ContractPresets.ALL.stream()
                .filter(c -> c.underlying().equalsIgnoreCase(contract.underlying())
                        && c.quoteCurrency().equalsIgnoreCase(contract.quoteCurrency())
                        // sizes compare only within a kind: an inverse contract's size is dollars, not coins
                        && c.kind() == contract.kind()
                        && !c.isSameContractAs(contract))
                .toList());
        candidates.add(contract);
        candidates.sort(Comparator.comparing(ContractSpec::contractSize));
        return candidates;
    }
}
