package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One position of one symbol from flat back to flat, as an exchange's executions show it: the executions that
 * opened or added to it, those that reduced or closed it, and the funding paid while it was open. Quantities are
 * in the file's own unit. A position still open at the end of the file is an open round trip.
 *
 * @param continuesPlanId the trade in the journal this one continues (the file's first executions closed a
 *                        position that was already open there), or null
 * @param carriedIn       the quantity that was open in that trade when this file's executions began
 */
public record RoundTrip(String symbol, Direction direction, List<Execution> entries, List<Execution> exits,
                        List<FundingPayment> funding, boolean closed, String continuesPlanId,
                        BigDecimal carriedIn) {

    public RoundTrip {
        entries = List.copyOf(entries);
        exits = List.copyOf(exits);
        funding = List.copyOf(funding);
        carriedIn = Decimals.orZero(carriedIn);
    }

    public RoundTrip withFunding(List<FundingPayment> payments) {
        return new RoundTrip(symbol, direction, entries, exits, payments, closed, continuesPlanId, carriedIn);
    }

    /** The first execution's time (an entry, or the first exit of a continued trade). */
    public Instant openedAt() {
        Instant first = null;
        for (List<Execution> side : List.of(entries, exits)) {
            for (Execution execution : side) {
                first = first == null || execution.time().isBefore(first) ? execution.time() : first;
            }
        }
        return first;
    }

    /** The last exit's time once closed; null while the position is open. */
    public Instant closedAt() {
        if (!closed) {
            return null;
        }
        Instant last = null;
        for (Execution execution : exits) {
            last = last == null || execution.time().isAfter(last) ? execution.time() : last;
        }
        return last;
    }

    /** Whether a funding payment at {@code time} was paid on this position. */
    public boolean heldAt(Instant time) {
        Instant opened = continuesPlanId != null ? Instant.MIN : openedAt();
        Instant closedAt = closedAt();
        return !time.isBefore(opened) && (closedAt == null || !time.isAfter(closedAt));
    }

    public List<Execution> executions() {
        List<Execution> all = new ArrayList<>(entries);
        all.addAll(exits);
        return all;
    }

    /** Σ price × quantity / Σ quantity of the entries, in the file's unit; null without entries. */
    public BigDecimal averageEntry() {
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal quantity = BigDecimal.ZERO;
        for (Execution entry : entries) {
            value = value.add(entry.price().multiply(entry.quantity()));
            quantity = quantity.add(entry.quantity());
        }
        return quantity.signum() == 0 ? null : Decimals.divide(value, quantity);
    }

    public QuantityUnit unit() {
        return executions().isEmpty() ? QuantityUnit.CONTRACTS : executions().get(0).unit();
    }

    /** "long BTCUSDT, 2 entries and 1 exit, closed" — how previews and reports name it. */
    public String describe() {
        String state = closed ? "closed" : "still open";
        return direction.label().toLowerCase() + " " + symbol + ", " + count(entries.size(), "entry", "entries")
                + " and " + count(exits.size(), "exit", "exits") + ", " + state;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
