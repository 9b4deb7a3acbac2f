package app.microplan.ui.review;

import app.microplan.domain.AccountCurrency;
import app.microplan.domain.InverseFills;
import app.microplan.ui.common.Messages;
import app.microplan.domain.Adherence;
import app.microplan.domain.AdherenceCheck;
import app.microplan.domain.Money;
import app.microplan.domain.SizingResult;
import app.microplan.domain.Slippage;
import app.microplan.domain.TradeOutcome;
import app.microplan.domain.TickDisplay;
import app.microplan.domain.TradeSetup;
import app.microplan.ui.common.Figures;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.TradeFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * A closed trade's outcome as the Review tab words it: money to the cent and signed, R to two decimals (on the
 * risk the fills took, and beside it against the plan's whole risk),
 * slippage as "worse" or "better than planned" with what it cost, the holding time in days, hours and minutes,
 * and each adherence fact with its sentence.
 *
 * @param win true when the trade made money after fees and funding (the figures are coloured by it)
 */
public record OutcomeFigures(
        String realizedPnl,
        String rMultiple,
        String riskTaken,
        String plannedR,
        String plannedRisk,
        String grossPnl,
        String fees,
        String funding,
        String contracts,
        String averageEntry,
        String averageExit,
        String entrySlippage,
        String stopSlippage,
        String targetSlippage,
        String holdingTime,
        String verdict,
        boolean win,
        boolean followedPlan,
        List<AdherenceFact> adherence) {

    public OutcomeFigures {
        adherence = List.copyOf(adherence);
    }

    /** @param planned the plan's sizing, for the size the trade is measured against */
    public static OutcomeFigures of(TradeOutcome outcome, TradeSetup setup, SizingResult planned) {
        String currency = outcome.quoteCurrency();
        Figures figures = Messages.current().figures();
        return new OutcomeFigures(
                TradeFormats.signedMoney(outcome.realizedPnl(), currency),
                TradeFormats.r(outcome.rMultiple()),
                outcome.riskTaken() == null ? Messages.text("review.noStop") : figures.money(outcome.riskTaken(), currency),
                TradeFormats.r(outcome.plannedRMultiple()),
                outcome.plannedRisk() == null ? Messages.text("review.noPlannedRisk")
                        : Messages.text("review.plannedRisk", figures.money(outcome.plannedRisk(), currency),
                        figures.percentUp(outcome.plannedRiskFraction())),
                TradeFormats.signedMoney(outcome.grossPnl(), currency),
                figures.money(outcome.fees(), currency),
                TradeFormats.funding(outcome.funding(), currency),
                figures.plain(outcome.contracts()),
                price(outcome.averageEntry(), setup),
                price(outcome.averageExit(), setup),
                slippage(outcome.entrySlippage(), currency),
                slippage(outcome.stopSlippage(), currency),
                slippage(outcome.targetSlippage(), currency),
                holding(outcome.holdingTime()),
                Messages.text(outcome.followedPlan() ? "review.followed" : "review.departed"),
                outcome.isWin(),
                outcome.followedPlan(),
                facts(outcome, setup, planned));
    }

    /** An inverse trade's P&amp;L and R in its coin and in dollars, the account's currency first. */
    public OutcomeFigures withInverse(InverseFills.Both both, String accountCurrency) {
        String coinPnl = TradeFormats.signedMoney(both.realizedCoin(), both.coin());
        String usdPnl = TradeFormats.signedMoney(both.realizedUsd(), AccountCurrency.DOLLARS);
        boolean inCoin = !AccountCurrency.isDollar(accountCurrency);
        String pnl = Messages.text("review.inversePnl", inCoin ? coinPnl : usdPnl, inCoin ? usdPnl : coinPnl);
        String r = Messages.text("review.inverseR", TradeFormats.r(both.rCoin()), both.coin(),
                TradeFormats.r(both.rUsd()));
        return new OutcomeFigures(pnl, r, riskTaken, plannedR, plannedRisk, grossPnl, fees, funding, contracts,
                averageEntry, averageExit, entrySlippage, stopSlippage, targetSlippage, holdingTime, verdict, win,
                followedPlan, adherence);
    }

    /** A worked-out average with the decimals of the contract's tick. */
    private static String price(BigDecimal price, TradeSetup setup) {
        return price == null ? TradeFormats.NONE
                : Messages.current().figures().price(TickDisplay.rounded(price, setup.contract().tickSize()));
    }

    private static String slippage(Slippage slippage, String currency) {
        if (slippage == null) {
            return TradeFormats.NONE;
        }
        BigDecimal distance = slippage.price().setScale(2, RoundingMode.HALF_UP);
        if (distance.signum() == 0) {
            return Messages.text("review.slippageNone");
        }
        Figures figures = Messages.current().figures();
        return Messages.text(distance.signum() > 0 ? "review.slippageWorse" : "review.slippageBetter",
                figures.price(distance.abs()), figures.money(slippage.amount().abs(), currency));
    }

    static String holding(Duration time) {
        long minutes = time.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(Messages.text("review.days", days));
        }
        if (hours > 0) {
            parts.add(Messages.text("review.hours", hours));
        }
        if (rest > 0 || parts.isEmpty()) {
            parts.add(Messages.text("review.minutes", rest));
        }
        return String.join(" ", parts);
    }

    /* The domain words each breach; the facts that hold get a sentence here, with the plan's numbers. */
    private static List<AdherenceFact> facts(TradeOutcome outcome, TradeSetup setup, SizingResult planned) {
        Adherence adherence = outcome.adherence();
        Iterator<String> breaches = adherence.breaches().iterator();
        List<AdherenceFact> facts = new ArrayList<>();
        Figures figures = Messages.current().figures();
        facts.add(fact(Messages.text("review.fact.size"), adherence.sizeWithinPlan(), breaches,
                () -> Messages.text("review.fact.sizeHeld", figures.plain(outcome.contracts()),
                        figures.plain(planned.contracts()))));
        facts.add(fact(Messages.text("review.fact.stop"), adherence.stopRespected(), breaches,
                () -> Messages.text("review.fact.stopHeld", figures.price(setup.stop()),
                        figures.plain(new BigDecimal("0.1")))));
        facts.add(fact(Messages.text("review.fact.range"), adherence.enteredWithinRange(), breaches,
                () -> Messages.text("review.fact.rangeHeld", AdherenceCheck.plannedRange(setup))));
        return facts;
    }

    private static AdherenceFact fact(String title, boolean holds, Iterator<String> breaches,
                                      Supplier<String> held) {
        return new AdherenceFact(title, holds, holds ? held.get() : breaches.hasNext() ? breaches.next() : title);
    }
}
