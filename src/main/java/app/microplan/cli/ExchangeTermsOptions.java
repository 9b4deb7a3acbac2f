package app.microplan.cli;

import app.microplan.domain.ContractSpec;
import app.microplan.domain.LiquidationConvention;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What `size` changes of the contract's exchange terms: margin table, liquidation convention, CME fee, funding interval. */
final class ExchangeTermsOptions {
    private final SizeCommand options;

    ExchangeTermsOptions(SizeCommand options) {
        this.options = options;
    }

    ContractSpec applyTo(ContractSpec contract) {
        ContractSpec.Builder spec = contract.toBuilder();
        if (options.tiers != null) {
            var tiers = TierList.parse(options.tiers);
            spec.marginTiers(tiers).maintenanceMarginRate(tiers.get(0).maintenanceRate());
        }
        if (options.convention != null) {
            spec.liquidationConvention(convention(contract));
        }
        if (options.feePerContract != null) {
            spec.feePerContract(SizeCommand.nonNegative(options.feePerContract, "--fee-per-contract"));
        }
        if (options.fundingIntervalHours != null) {
            spec.fundingIntervalHours(fundingInterval(contract));
        }
        return spec.build();
    }

    private LiquidationConvention convention(ContractSpec contract) {
        LiquidationConvention chosen = LiquidationConvention.byId(options.convention)
                .filter(c -> c != LiquidationConvention.CME)
                .orElseThrow(() -> new BadInputException("--convention: '" + options.convention + "' is not one of "
                        + Arrays.stream(LiquidationConvention.values()).filter(c -> c != LiquidationConvention.CME)
                        .map(LiquidationConvention::id).collect(Collectors.joining(", "))));
        if (contract.usesDollarMargin()) {
            throw new BadInputException("--convention: " + contract.name() + " has no liquidation price (CME margin "
                    + "is dollars per contract)");
        }
        return chosen;
    }

    private int fundingInterval(ContractSpec contract) {
        int hours = options.fundingIntervalHours;
        if (!contract.hasFunding()) {
            throw new BadInputException("--funding-interval-hours: " + contract.name() + " is a dated future: it has "
                    + "no funding");
        }
        if (hours < 1 || hours > 24) {
            throw new BadInputException("--funding-interval-hours: " + hours + " is not 1 to 24 hours (exchanges settle "
                    + "every 1, 4 or 8 hours)");
        }
        return hours;
    }
}
