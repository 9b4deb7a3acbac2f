package app.microplan.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the exchange adds to a sizing: its liquidation convention and the estimate after each leg fills, the
 * maintenance margin, the leverage its margin table allows at this size, the fees of both sides and the
 * funding counted in the risk.
 *
 * @param liquidationPath    one estimate per filled leg in fill order (empty for CME or no estimate)
 * @param maintenanceMargin  maintenance margin of the whole position at entry, exact; null until sized
 * @param maxLeverageAllowed the leverage the tier of this notional allows; null when leverage does not apply (CME)
 *                           or the position is beyond the table
 * @param entryFees          fees to open the position, exact
 * @param exitFeesAtStop     fees when the stop closes it, exact
 * @param fundingInRisk      expected funding paid over the holding time, counted in the risk (zero when not counted)
 */
public record ExchangeFigures(LiquidationConvention convention, List<LegLiquidation> liquidationPath,
                              BigDecimal maintenanceMargin, BigDecimal maxLeverageAllowed, BigDecimal entryFees,
                              BigDecimal exitFeesAtStop, BigDecimal fundingInRisk) {

    public ExchangeFigures {
        liquidationPath = List.copyOf(liquidationPath);
    }

    static ExchangeFigures notSized(ContractSpec contract) {
        LiquidationConvention convention = contract.usesDollarMargin() ? LiquidationConvention.CME
                : contract.liquidationConvention();
        return new ExchangeFigures(convention, List.of(), null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public BigDecimal totalFees() {
        return entryFees.add(exitFeesAtStop);
    }
}
