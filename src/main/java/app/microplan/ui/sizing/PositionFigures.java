package app.microplan.ui.sizing;

import app.microplan.domain.AccountCurrency;
import app.microplan.domain.ContractSpec;
import app.microplan.domain.InverseFigures;
import app.microplan.ui.common.Messages;
import app.microplan.domain.Decimals;
import app.microplan.domain.LiquidationText;
import app.microplan.domain.Money;
import app.microplan.domain.SizeLimit;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TickDisplay;
import java.math.BigDecimal;

/**
 * A sizing result as the position panel words it. Money to the cent (a tick value to its own precision),
 * risk and margin percentages rounded up, the liquidation price marked as an estimate under its exchange's
 * convention ("≈ 63,253.1 (Binance formula)"), fees of both sides. "—" while incomplete.
 */
public record PositionFigures(
        String largestSize,
        String explanation,
        String size,
        String averageEntry,
        String riskAmount,
        String riskPercent,
        String notional,
        String margin,
        String liquidation,
        String fees,
        String tickValue,
        String funding,
        String rewardRisk) {

    static final String NONE = "—";

    public static PositionFigures of(SizingResult sizing, ContractSpec contract, BigDecimal leverage) {
        String currency = sizing.quoteCurrency();
        if (!sizing.isComplete()) {
            return new PositionFigures(NONE, sizing.sizeExplanation(), NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
                    fine(sizing.tickValue(), currency), NONE, NONE);
        }
        return new PositionFigures(
                contracts(sizing.maxContracts()) + " (" + bindingCap(sizing.bindingLimit()) + ")",
                sizing.sizeExplanation(),
                contracts(sizing.contracts()),
                Money.price(TickDisplay.rounded(sizing.averageEntry(), contract.tickSize())),
                Money.format(sizing.riskAmount(), currency),
                Money.percentUp(sizing.riskFraction()) + " of equity",
                Money.format(sizing.notional(), currency),
                margin(sizing, contract, leverage),
                LiquidationText.of(sizing),
                Money.format(AccountCurrency.up(sizing.exchange().totalFees(), currency), currency) + " (in "
                        + Money.format(AccountCurrency.up(sizing.exchange().entryFees(), currency), currency) + ", out at the stop "
                        + Money.format(AccountCurrency.up(sizing.exchange().exitFeesAtStop(), currency), currency) + ")",
                fine(sizing.tickValue(), currency) + " per contract",
                funding(sizing, currency),
                sizing.rewardRiskRatio() == null ? NONE : sizing.rewardRiskRatio().toPlainString() + " : 1");
    }

    /**
     * The figures of an inverse position with the other currency beside the account's: the risk in coin and in
     * dollars at the stop, the position's value in coin and in dollars with the contract's dollar value.
     */
    public PositionFigures withInverse(InverseFigures inverse, String accountCurrency) {
        boolean inCoin = !AccountCurrency.isDollar(accountCurrency);
        String coinRisk = Money.format(inverse.riskCoin(), inverse.coin());
        String dollarRisk = Money.format(inverse.riskUsd(), AccountCurrency.DOLLARS);
        String risk = Messages.text("position.inverseRisk", inCoin ? coinRisk : dollarRisk,
                inCoin ? dollarRisk : coinRisk);
        String value = Messages.text("position.inverseValue", Money.format(inverse.positionValueCoin(), inverse.coin()),
                Money.format(inverse.positionValueUsd(), AccountCurrency.DOLLARS),
                Decimals.plain(inverse.contractValue()));
        return new PositionFigures(largestSize, explanation, size, averageEntry, risk, riskPercent, value, margin,
                liquidation, fees, tickValue, funding, rewardRisk);
    }

    /** Margin at the leverage, or a CME future's dollars a contract (it has no leverage to choose). */
    private static String margin(SizingResult sizing, ContractSpec contract, BigDecimal leverage) {
        String amount = Money.format(AccountCurrency.up(sizing.initialMargin(), sizing.quoteCurrency()), sizing.quoteCurrency());
        return contract.usesDollarMargin()
                ? amount + " (" + Money.format(contract.initialMarginPerContract(), sizing.quoteCurrency()) + " a contract)"
                : amount + " at " + Decimals.plain(leverage) + "×";
    }

    private static String contracts(BigDecimal count) {
        return Money.contracts(count) + (count.compareTo(BigDecimal.ONE) == 0 ? " contract" : " contracts");
    }

    private static String bindingCap(SizeLimit limit) {
        return switch (limit) {
            case RISK -> "risk cap";
            case MARGIN -> "margin cap";
            case BOTH -> "both caps";
        };
    }

    private static String funding(SizingResult sizing, String currency) {
        int intervals = sizing.fundingIntervals();
        String over = " · " + intervals + (intervals == 1 ? " interval" : " intervals");
        BigDecimal cost = sizing.fundingCost();
        if (cost.signum() < 0) {
            return Money.format(cost.negate(), currency) + " received" + over;
        }
        return Money.format(cost, currency) + (cost.signum() > 0 ? " paid" : "") + over;
    }

    /** Money with as many decimals as it needs, at least two: a micro's tick is worth $0.001. */
    static String fine(BigDecimal amount, String currency) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() <= 2) {
            return Money.format(amount, currency);
        }
        String number = Money.price(stripped);
        return "USD".equalsIgnoreCase(currency) ? "$" + number : number + " " + currency;
    }
}
