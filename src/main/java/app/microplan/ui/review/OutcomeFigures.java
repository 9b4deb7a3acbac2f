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
        return new OutcomeFigures(
                TradeFormats.signedMoney(outcome.realizedPnl(), currency),
                TradeFormats.r(outcome.rMultiple()),
                outcome.riskTaken() == null ? "— (no stop)" : Money.format(outcome.riskTaken(), currency),
                TradeFormats.r(outcome.plannedRMultiple()),
                outcome.plannedRisk() == null ? "no planned risk (the plan was never fully sized)"
                        : Money.format(outcome.plannedRisk(), currency) + " ("
                        + Money.percentUp(outcome.plannedRiskFraction()) + " of equity)",
                TradeFormats.signedMoney(outcome.grossPnl(), currency),
                Money.format(outcome.fees(), currency),
                TradeFormats.funding(outcome.funding(), currency),
                Money.contracts(outcome.contracts()),
                price(outcome.averageEntry(), setup),
                price(outcome.averageExit(), setup),
                slippage(outcome.entrySlippage(), currency),
                slippage(outcome.stopSlippage(), currency),
                slippage(outcome.targetSlippage(), currency),
                holding(outcome.holdingTime()),
                outcome.followedPlan() ? "Followed the plan" : "Departed from the plan",
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
        return price == null ? TradeFormats.NONE : Money.price(TickDisplay.rounded(price, setup.contract().tickSize()));
    }

    private static String slippage(Slippage slippage, String currency) {
        if (slippage == null) {
            return TradeFormats.NONE;
        }
        BigDecimal distance = slippage.price().setScale(2, RoundingMode.HALF_UP);
        if (distance.signum() == 0) {
            return "none (filled as planned)";
        }
        String cost = Money.format(slippage.amount().abs(), currency);
        return Money.price(distance.abs()) + (distance.signum() > 0 ? " worse than planned (cost " + cost + ")"
                : " better than planned (saved " + cost + ")");
    }

    static String holding(Duration time) {
        long minutes = time.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(days + " d");
        }
        if (hours > 0) {
            parts.add(hours + " h");
        }
        if (rest > 0 || parts.isEmpty()) {
            parts.add(rest + " min");
        }
        return String.join(" ", parts);
    }

    /* The domain words each breach; the facts that hold get a sentence here, with the plan's numbers. */
    private static List<AdherenceFact> facts(TradeOutcome outcome, TradeSetup setup, SizingResult planned) {
        Adherence adherence = outcome.adherence();
        Iterator<String> breaches = adherence.breaches().iterator();
        List<AdherenceFact> facts = new ArrayList<>();
        facts.add(fact("Size within the plan", adherence.sizeWithinPlan(), breaches,
                () -> "Entered " + Money.contracts(outcome.contracts()) + " contracts; the plan's size was "
                        + Money.contracts(planned.contracts())));
        facts.add(fact("Stop respected", adherence.stopRespected(), breaches,
                () -> "No exit filled past the stop at " + Money.price(setup.stop()) + " (by more than "
                        + AdherenceCheck.TOLERANCE_TEXT + ")"));
        facts.add(fact("Entered within the planned range", adherence.enteredWithinRange(), breaches,
                () -> "Every entry filled within the planned " + AdherenceCheck.plannedRange(setup)));
        return facts;
    }

    private static AdherenceFact fact(String title, boolean holds, Iterator<String> breaches,
                                      Supplier<String> held) {
        return new AdherenceFact(title, holds, holds ? held.get() : breaches.hasNext() ? breaches.next() : title);
    }
}
