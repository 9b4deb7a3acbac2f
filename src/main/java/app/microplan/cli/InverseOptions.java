package app.microplan.cli;

import app.microplan.domain.AccountCurrency;
import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractKind;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.ContractSpec;
import app.microplan.domain.Decimals;
import app.microplan.domain.InverseFigures;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradeSetup;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options of `size` for inverse (coin-margined) contracts and for an account counted in a coin. */
final class InverseOptions {
    @Option(names = "--inverse", description = "A custom inverse (coin-margined) contract: worth --contract-value "
            + "US dollars, paid in the coin of --equity-currency (BTC when that is USD). Needs --tick-size.")
    boolean inverse;

    @Option(names = "--contract-value", paramLabel = "USD_PER_CONTRACT",
            description = "Dollars one inverse contract is worth (custom contract, or instead of the preset's).")
    BigDecimal contractValue;

    @Option(names = "--equity-currency", paramLabel = "USD|BTC|ETH",
            description = "What --equity (and --other-margin) are counted in. A coin only for that coin's inverse "
                    + "contracts. Default: USD.")
    String equityCurrency;

    /** A custom inverse contract, before the other options (tick, step, convention, mmr) are laid over it. */
    ContractSpec customContract(BigDecimal tickSize, BigDecimal contractSize) {
        if (contractSize != null) {
            throw new BadInputException("--contract-size: an inverse contract is given by --contract-value in USD, "
                    + "not by coins per contract");
        }
        if (contractValue == null) {
            throw new BadInputException("--contract-value: an --inverse contract needs its value in USD per contract");
        }
        if (tickSize == null) {
            throw new BadInputException("--tick-size: an --inverse contract needs its tick size");
        }
        String coin = AccountCurrency.isDollar(currency()) ? "BTC" : currency();
        return ContractPresets.BYBIT_BTCUSD.toBuilder().symbol("CUSTOM-" + coin + "USD")
                .name("Custom " + coin + "USD inverse contract").underlying(coin)
                .contractSize(SizeCommand.positive(contractValue, "--contract-value")).build();
    }

    /** The preset or custom contract with the inverse options applied; refuses them on a linear contract. */
    ContractSpec applyTo(ContractSpec spec) {
        if (!spec.isInverse()) {
            if (inverse) {
                throw new BadInputException("--inverse: " + spec.symbol() + " is a linear preset; give no --preset "
                        + "for a custom inverse contract");
            }
            if (contractValue != null) {
                throw new BadInputException("--contract-value: only for an inverse contract (" + spec.symbol()
                        + " is linear; use --contract-size)");
            }
            return spec;
        }
        if (spec.marginTiers() != null) {
            throw new BadInputException("--tiers: an inverse contract takes one flat --mmr");
        }
        return contractValue == null ? spec : spec.toBuilder().kind(ContractKind.INVERSE)
                .contractSize(SizeCommand.positive(contractValue, "--contract-value")).build();
    }

    /** The command line's account in its currency, refused when the contract cannot be held in it. */
    AccountSnapshot account(AccountSnapshot dollars, ContractSpec contract) {
        String currency = currency();
        if (!AccountCurrency.fits(contract, currency)) {
            throw new BadInputException("--equity-currency: " + contract.symbol() + " is held in USD"
                    + (contract.isInverse() ? " or " + contract.underlying() : "") + ", not " + currency);
        }
        return dollars.inCurrency(currency);
    }

    private String currency() {
        String currency = AccountCurrency.normalize(equityCurrency);
        if (!currency.matches("[A-Z]{3,5}")) {
            throw new BadInputException("--equity-currency: '" + equityCurrency.strip().toLowerCase(Locale.ROOT)
                    + "' is not a currency such as USD, BTC or ETH");
        }
        return currency;
    }

    /** Adds `inverse` to the JSON: the position's money in coin and dollars, whatever the account counts in. */
    void addTo(ObjectNode root, TradeSetup setup, RiskPolicy policy, SizingResult sizing) {
        root.put("contractKind", setup.contract().kind().name().toLowerCase(Locale.ROOT));
        InverseFigures.of(setup, policy, sizing).ifPresent(f -> {
            ObjectNode node = root.putObject("inverse");
            node.put("coin", f.coin()).put("contractValue", Decimals.plain(f.contractValue()))
                    .put("positionValueCoin", f.positionValueCoin()).put("positionValueUsd", f.positionValueUsd())
                    .put("marginCoin", f.marginCoin()).put("riskCoin", f.riskCoin()).put("riskUsd", f.riskUsd());
            var targets = node.putArray("targets");
            f.targets().forEach(t -> targets.addObject().put("price", Decimals.plain(t.price()))
                    .put("netPnlCoin", t.netCoin()).put("netPnlUsd", t.netUsd()));
        });
    }
}
