package app.microplan.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the sizer worked out for one setup. Money is in the contract's quote currency; fractions are
 * exact (0.0098), percentages for people come from {@link Money#percentUp}.
 *
 * @param missing              what must still be entered before the numbers mean anything (empty when complete)
 * @param contracts            the size evaluated: the legs' sizes, the trader's chosen size, or the largest allowed
 * @param allocatedEntries     the entry legs with the evaluated size split across them
 * @param sizeExplanation      why the largest size is what it is, in words (caps, rounding down to the step)
 * @param riskPerContract      loss of one contract at the stop, fees included, exact
 * @param riskBudget           equity × risk cap
 * @param riskAmount           loss at the stop for the evaluated size, rounded up to the cent
 * @param riskFraction         riskAmount / equity
 * @param initialMargin        notional / leverage, exact (CME: the exchange's dollars per contract × contracts)
 * @param marginUtilization    (this plan's margin + other plans' margin) / equity
 * @param liquidationPrice     isolated-margin estimate of the whole position under the contract's convention, rounded
 *                             to the tick towards the entry; null until the setup is complete or when there is none (CME)
 * @param fundingCost          expected funding over the holding time, positive when paid; rounded up to the cent
 * @param rewardRiskRatio      reward at the targets after fees and funding ÷ risk, rounded down; null when there is
 *                             no target or no risk
 * @param exchange             liquidation convention and path, maintenance margin, tier leverage, fees, funding in the risk
 * @param sizeWording          {@code sizeExplanation} as a wording for the window's language (decision 15); null when
 *                             the sizer gave none (the window then shows the English)
 */
public record SizingResult(
        List<String> missing,
        String quoteCurrency,
        BigDecimal contracts,
        List<EntryLeg> allocatedEntries,
        BigDecimal maxContractsByRisk,
        BigDecimal maxContractsByMargin,
        BigDecimal maxContracts,
        SizeLimit bindingLimit,
        String sizeExplanation,
        BigDecimal averageEntry,
        BigDecimal riskPerContract,
        BigDecimal riskBudget,
        BigDecimal riskAmount,
        BigDecimal riskFraction,
        BigDecimal notional,
        BigDecimal initialMargin,
        BigDecimal otherPlansMargin,
        BigDecimal marginUtilization,
        BigDecimal liquidationPrice,
        BigDecimal tickValue,
        int fundingIntervals,
        BigDecimal fundingCost,
        BigDecimal rewardRiskRatio,
        ExchangeFigures exchange,
        Wording sizeWording) {

    public SizingResult {
        missing = List.copyOf(missing);
        allocatedEntries = List.copyOf(allocatedEntries);
    }

    /** A result without the wording of its explanation: the window shows the English explanation. */
    public SizingResult(List<String> missing, String quoteCurrency, BigDecimal contracts,
                        List<EntryLeg> allocatedEntries, BigDecimal maxContractsByRisk, BigDecimal maxContractsByMargin,
                        BigDecimal maxContracts, SizeLimit bindingLimit, String sizeExplanation, BigDecimal averageEntry,
                        BigDecimal riskPerContract, BigDecimal riskBudget, BigDecimal riskAmount, BigDecimal riskFraction,
                        BigDecimal notional, BigDecimal initialMargin, BigDecimal otherPlansMargin,
                        BigDecimal marginUtilization, BigDecimal liquidationPrice, BigDecimal tickValue,
                        int fundingIntervals, BigDecimal fundingCost, BigDecimal rewardRiskRatio,
                        ExchangeFigures exchange) {
        this(missing, quoteCurrency, contracts, allocatedEntries, maxContractsByRisk, maxContractsByMargin, maxContracts,
                bindingLimit, sizeExplanation, averageEntry, riskPerContract, riskBudget, riskAmount, riskFraction,
                notional, initialMargin, otherPlansMargin, marginUtilization, liquidationPrice, tickValue,
                fundingIntervals, fundingCost, rewardRiskRatio, exchange, null);
    }

    public boolean isComplete() {
        return missing.isEmpty();
    }
}
