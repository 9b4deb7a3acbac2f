package app.microplan.ui.sizing;

import app.microplan.domain.AccountCurrency;
import app.microplan.ui.common.Messages;
import app.microplan.domain.ContractSpec;
import app.microplan.domain.InverseFigures;
import app.microplan.ui.common.Messages;
import app.microplan.domain.LiquidationText;
import app.microplan.domain.SizeLimit;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TickDisplay;
import app.microplan.ui.common.Figures;
import app.microplan.ui.common.ReasonText;
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
        Figures figures = Messages.current().figures();
        if (!sizing.isComplete()) {
            return new PositionFigures(NONE, explanation(sizing), NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
                    fine(sizing.tickValue(), currency), NONE, NONE);
        }
        return new PositionFigures(
                Messages.text("position.largest", contracts(sizing.maxContracts()),
                        Messages.text("position.cap." + sizing.bindingLimit().name())),
                explanation(sizing),
                contracts(sizing.contracts()),
                figures.price(TickDisplay.rounded(sizing.averageEntry(), contract.tickSize())),
                figures.money(sizing.riskAmount(), currency),
                Messages.text("position.ofEquity", figures.percentUp(sizing.riskFraction())),
                figures.money(sizing.notional(), currency),
                margin(sizing, contract, leverage),
                ReasonText.render(LiquidationText.wording(sizing)).orElseGet(() -> LiquidationText.of(sizing)),
                Messages.text("position.fees",
                        figures.money(AccountCurrency.up(sizing.exchange().totalFees(), currency), currency),
                        figures.money(AccountCurrency.up(sizing.exchange().entryFees(), currency), currency),
                        figures.money(AccountCurrency.up(sizing.exchange().exitFeesAtStop(), currency), currency)),
                Messages.text("position.perContract", fine(sizing.tickValue(), currency)),
                funding(sizing, currency),
                sizing.rewardRiskRatio() == null ? NONE : figures.decimal(sizing.rewardRiskRatio()) + " : 1");
    }

    /**
     * The figures of an inverse position with the other currency beside the account's: the risk in coin and in
     * dollars at the stop, the position's value in coin and in dollars with the contract's dollar value.
     */
    public PositionFigures withInverse(InverseFigures inverse, String accountCurrency) {
        boolean inCoin = !AccountCurrency.isDollar(accountCurrency);
        Figures figures = Messages.current().figures(); // the window's number format, as every other figure here
        String coinRisk = figures.money(inverse.riskCoin(), inverse.coin());
        String dollarRisk = figures.money(inverse.riskUsd(), AccountCurrency.DOLLARS);
        String risk = Messages.text("position.inverseRisk", inCoin ? coinRisk : dollarRisk,
                inCoin ? dollarRisk : coinRisk);
        String value = Messages.text("position.inverseValue", figures.money(inverse.positionValueCoin(), inverse.coin()),
                figures.money(inverse.positionValueUsd(), AccountCurrency.DOLLARS),
                figures.plain(inverse.contractValue()));
        return new PositionFigures(largestSize, explanation, size, averageEntry, risk, riskPercent, value, margin,
                liquidation, fees, tickValue, funding, rewardRisk);
    }

    /** Why the largest size is what it is, in the window's language (the English when the sizer gave no wording). */
    static String explanation(SizingResult sizing) {
        return sizing.sizeWording() == null ? sizing.sizeExplanation()
                : ReasonText.render(sizing.sizeWording()).orElse(sizing.sizeExplanation());
    }

    /** Margin at the leverage, or a CME future's dollars a contract (it has no leverage to choose). */
    private static String margin(SizingResult sizing, ContractSpec contract, BigDecimal leverage) {
        Figures figures = Messages.current().figures();
        String amount = figures.money(AccountCurrency.up(sizing.initialMargin(), sizing.quoteCurrency()),
                sizing.quoteCurrency());
        return contract.usesDollarMargin()
                ? Messages.text("position.marginPerContract", amount,
                figures.money(contract.initialMarginPerContract(), sizing.quoteCurrency()))
                : Messages.text("position.marginAt", amount, figures.plain(leverage));
    }

    private static String contracts(BigDecimal count) {
        return Messages.text(count.compareTo(BigDecimal.ONE) == 0 ? "fills.oneContract" : "fills.contracts",
                Messages.current().figures().plain(count));
    }

    private static String funding(SizingResult sizing, String currency) {
        Figures figures = Messages.current().figures();
        int intervals = sizing.fundingIntervals();
        BigDecimal cost = sizing.fundingCost();
        String key = cost.signum() < 0 ? "position.fundingReceived" : cost.signum() > 0 ? "position.fundingPaid"
                : "position.fundingNone";
        return Messages.text(key, figures.money(cost.abs(), currency), intervals);
    }

    /** Money with as many decimals as it needs, at least two: a micro's tick is worth $0.001. */
    static String fine(BigDecimal amount, String currency) {
        BigDecimal stripped = amount.stripTrailingZeros();
        Figures figures = Messages.current().figures();
        if (stripped.scale() <= 2) {
            return figures.money(amount, currency);
        }
        String number = figures.price(stripped);
        // The currency where the trader's format puts it: "$0.001", "0,001 $".
        boolean before = "en".equals(Messages.current().numberLocale().getLanguage());
        return !"USD".equalsIgnoreCase(currency) ? number + " " + currency : before ? "$" + number : number + " $";
    }
}
