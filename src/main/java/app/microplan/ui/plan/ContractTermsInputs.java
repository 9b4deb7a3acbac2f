package app.microplan.ui.plan;

import app.microplan.domain.ContractSpec;
import app.microplan.domain.Decimals;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.LocaleNumbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The terms of a contract the trader may change on a plan because the exchange changes them: the funding
 * interval of a perpetual (1, 4 or 8 hours), and a CME future's margin and fee in dollars per contract. They
 * start from the contract picked and go into the plan's copy of it.
 */
public final class ContractTermsInputs {
    private final DecimalInput fundingIntervalHours;
    private final DecimalInput initialMargin;
    private final DecimalInput maintenanceMargin;
    private final DecimalInput feePerContract;
    private final ReadOnlyBooleanWrapper datedFuture = new ReadOnlyBooleanWrapper(this, "datedFuture");

    ContractTermsInputs(LocaleNumbers numbers) {
        fundingIntervalHours = new DecimalInput("Funding interval", numbers, false, ContractTermsInputs::checkInterval);
        initialMargin = new DecimalInput("Initial margin", numbers, false, DecimalInput.positive());
        maintenanceMargin = new DecimalInput("Maintenance margin", numbers, false, DecimalInput.positive());
        feePerContract = new DecimalInput("Fee per contract", numbers, false, DecimalInput.notNegative());
    }

    /** Hours between funding payments of a perpetual. */
    public DecimalInput fundingIntervalHours() {
        return fundingIntervalHours;
    }

    /** CME initial margin, dollars a contract. */
    public DecimalInput initialMargin() {
        return initialMargin;
    }

    /** CME maintenance margin, dollars a contract. */
    public DecimalInput maintenanceMargin() {
        return maintenanceMargin;
    }

    /** Fee a contract a side, in the quote currency. */
    public DecimalInput feePerContract() {
        return feePerContract;
    }

    /** A dated future with dollar margin (CME): no leverage, no liquidation, no funding to show. */
    public ReadOnlyBooleanProperty datedFutureProperty() {
        return datedFuture.getReadOnlyProperty();
    }

    public boolean isDatedFuture() {
        return datedFuture.get();
    }

    List<DecimalInput> fields() {
        return List.of(fundingIntervalHours, initialMargin, maintenanceMargin, feePerContract);
    }

    /** Shows the terms of {@code contract}. */
    void load(ContractSpec contract) {
        datedFuture.set(contract.usesDollarMargin());
        fundingIntervalHours.setValue(contract.hasFunding() ? BigDecimal.valueOf(contract.fundingIntervalHours()) : null);
        initialMargin.setValue(contract.initialMarginPerContract());
        maintenanceMargin.setValue(contract.maintenanceMarginPerContract());
        feePerContract.setValue(contract.feePerContract());
    }

    /** {@code contract} with the terms as typed; a blank or invalid field keeps the contract's own figure. */
    ContractSpec applyTo(ContractSpec contract) {
        ContractSpec.Builder spec = contract.toBuilder()
                .feePerContract(feePerContract.valueOr(contract.feePerContract()));
        if (contract.hasFunding() && fundingIntervalHours.getValue() != null) {
            spec.fundingIntervalHours(fundingIntervalHours.getValue().intValueExact());
        }
        if (contract.usesDollarMargin()) {
            spec.initialMarginPerContract(initialMargin.valueOr(contract.initialMarginPerContract()))
                    .maintenanceMarginPerContract(maintenanceMargin.valueOr(contract.maintenanceMarginPerContract()));
        }
        return spec.build();
    }

    /** Only the fields the contract has: a perpetual's funding interval, a CME future's dollars. */
    List<DecimalInput> shownFields() {
        return isDatedFuture() ? List.of(initialMargin, maintenanceMargin, feePerContract)
                : List.of(fundingIntervalHours, feePerContract);
    }

    private static String checkInterval(BigDecimal hours) {
        boolean whole = hours.stripTrailingZeros().scale() <= 0;
        return whole && hours.compareTo(BigDecimal.ONE) >= 0 && hours.compareTo(BigDecimal.valueOf(24)) <= 0 ? null
                : "Whole hours from 1 to 24 (exchanges settle every 1, 4 or 8 hours)";
    }

    static Function<BigDecimal, String> fundingRateCheck() {
        BigDecimal limit = new BigDecimal("3");
        return v -> v.abs().compareTo(limit) <= 0 ? null
                : "At most " + Decimals.plain(limit) + " % either way per interval: no exchange allows more";
    }
}
