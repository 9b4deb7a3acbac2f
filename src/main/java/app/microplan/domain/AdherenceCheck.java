package app.microplan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out the {@link Adherence} facts of an executed plan.
 *
 * <p>Prices get a tolerance of 0.1 % of the price named in the plan: a stop is a market
 * order once triggered and a limit entry may fill a few ticks away, so a fill that close is the order
 * working, not the trader departing from the plan. Beyond it, the stop was moved or missing, or the trade
 * was entered somewhere the plan did not say.
 */
public final class AdherenceCheck {
    /** 0.1 % of the planned price (70 dollars on a 70,000 stop). */
    public static final BigDecimal PRICE_TOLERANCE = new BigDecimal("0.001");
    public static final String TOLERANCE_TEXT = "0.1 %";

    private AdherenceCheck() {
    }

    public static Adherence check(TradeSetup setup, SizingResult planned, TradeExecution execution) {
        List<String> breaches = new ArrayList<>();
        boolean size = sizeWithinPlan(planned, execution, breaches);
        boolean stop = stopRespected(setup, execution, breaches);
        boolean range = enteredWithinRange(setup, execution, breaches);
        return new Adherence(size, stop, range, breaches);
    }

    private static boolean sizeWithinPlan(SizingResult planned, TradeExecution execution, List<String> breaches) {
        if (!planned.isComplete()) {
            breaches.add("The plan's size was never worked out (missing " + String.join(", ", planned.missing()) + ")");
            return false;
        }
        BigDecimal entered = execution.enteredContracts();
        if (entered.compareTo(planned.contracts()) > 0) {
            breaches.add("Entered " + Money.contracts(entered) + " contracts; the plan's size was "
                    + Money.contracts(planned.contracts()));
            return false;
        }
        return true;
    }

    private static boolean stopRespected(TradeSetup setup, TradeExecution execution, List<String> breaches) {
        if (setup.stop() == null) {
            breaches.add("The plan has no stop to respect");
            return false;
        }
        BigDecimal allowed = setup.stop().multiply(PRICE_TOLERANCE);
        for (ExitFill exit : execution.exits()) {
            BigDecimal beyondStop = setup.direction().favourableMove(exit.price(), setup.stop());
            if (beyondStop.compareTo(allowed) > 0) {
                breaches.add("An exit filled at " + Money.price(exit.price()) + ", past the stop at "
                        + Money.price(setup.stop()) + " by more than " + TOLERANCE_TEXT);
                return false;
            }
        }
        return true;
    }

    private static boolean enteredWithinRange(TradeSetup setup, TradeExecution execution, List<String> breaches) {
        if (setup.entries().isEmpty()) {
            breaches.add("The plan has no entry price to compare with");
            return false;
        }
        BigDecimal lowest = setup.entries().stream().map(EntryLeg::price).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal highest = setup.entries().stream().map(EntryLeg::price).max(BigDecimal::compareTo).orElseThrow();
        BigDecimal floor = lowest.subtract(lowest.multiply(PRICE_TOLERANCE));
        BigDecimal ceiling = highest.add(highest.multiply(PRICE_TOLERANCE));
        for (EntryFill entry : execution.entries()) {
            if (entry.price().compareTo(floor) < 0 || entry.price().compareTo(ceiling) > 0) {
                breaches.add("An entry filled at " + Money.price(entry.price()) + ", outside the planned "
                        + range(lowest, highest) + " by more than " + TOLERANCE_TEXT);
                return false;
            }
        }
        return true;
    }

    private static String range(BigDecimal lowest, BigDecimal highest) {
        return lowest.compareTo(highest) == 0 ? "entry at " + Money.price(lowest)
                : "entries from " + Money.price(lowest) + " to " + Money.price(highest);
    }

    /** "entry at 70,000" or "entries from 69,000 to 70,000": the prices a plan names for its entries. */
    public static String plannedRange(TradeSetup setup) {
        if (setup.entries().isEmpty()) {
            return "entry (none planned)";
        }
        BigDecimal lowest = setup.entries().stream().map(EntryLeg::price).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal highest = setup.entries().stream().map(EntryLeg::price).max(BigDecimal::compareTo).orElseThrow();
        return range(lowest, highest);
    }
}
