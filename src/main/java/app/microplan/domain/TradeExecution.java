package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What actually happened to a plan at the exchange: the entry fills, the exit fills and the funding paid
 * while the position was open. Partial fills, scaling in and several exits are normal; exiting more than
 * was entered is not (that would be a new position in the other direction, which is another plan).
 *
 * @param funding funding over the life of the position, positive when paid, negative when received
 *                (the sign convention of {@link Funding#cost})
 */
public record TradeExecution(List<EntryFill> entries, List<ExitFill> exits, BigDecimal funding) {

    public static final TradeExecution NONE = new TradeExecution(List.of(), List.of(), BigDecimal.ZERO);

    public TradeExecution {
        entries = entries == null ? List.of() : List.copyOf(entries);
        exits = exits == null ? List.of() : List.copyOf(exits);
        funding = Decimals.orZero(funding);
        BigDecimal entered = total(entries);
        BigDecimal exited = total(exits);
        if (exited.compareTo(entered) > 0) {
            throw new IllegalArgumentException("the exits close " + Decimals.plain(exited) + " contracts but only "
                    + Decimals.plain(entered) + " were entered");
        }
        Instant firstEntry = earliest(entries);
        for (ExitFill exit : exits) {
            if (exit.time().isBefore(firstEntry)) {
                throw new IllegalArgumentException("an exit fill at " + exit.time() + " comes before the first entry at "
                        + firstEntry);
            }
        }
    }

    /** The fills added to these: for scaling in or out, and for recording an import. */
    public TradeExecution plus(List<EntryFill> moreEntries, List<ExitFill> moreExits) {
        List<EntryFill> allEntries = new ArrayList<>(entries);
        allEntries.addAll(moreEntries);
        List<ExitFill> allExits = new ArrayList<>(exits);
        allExits.addAll(moreExits);
        return new TradeExecution(allEntries, allExits, funding);
    }

    public TradeExecution withFunding(BigDecimal value) {
        return new TradeExecution(entries, exits, value);
    }

    public BigDecimal enteredContracts() {
        return total(entries);
    }

    public BigDecimal exitedContracts() {
        return total(exits);
    }

    /** Contracts still held: entered minus exited. */
    public BigDecimal openContracts() {
        return enteredContracts().subtract(exitedContracts());
    }

    /** Entered, and every contract exited again. */
    public boolean isFlat() {
        return !entries.isEmpty() && openContracts().signum() == 0;
    }

    /** Σ p·q / Σ q of the entry fills; null before the first fill. */
    public BigDecimal averageEntry() {
        return average(entries);
    }

    /** Σ p·q / Σ q of the exit fills; null before the first exit. */
    public BigDecimal averageExit() {
        return average(exits);
    }

    /** Σ p·q of the entry fills (exact), what P&L is worked out from. */
    public BigDecimal entryValue() {
        return value(entries);
    }

    public BigDecimal exitValue() {
        return value(exits);
    }

    /** Every fee of every fill; rebates count negative. */
    public BigDecimal fees() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Fill fill : entries) {
            sum = sum.add(fill.fee());
        }
        for (Fill fill : exits) {
            sum = sum.add(fill.fee());
        }
        return sum;
    }

    /** The first entry fill's time, or null before the position is entered. */
    public Instant openedAt() {
        return entries.isEmpty() ? null : earliest(entries);
    }

    /** The last exit fill's time, or null before the first exit. */
    public Instant closedAt() {
        return exits.stream().map(Fill::time).max(Comparator.naturalOrder()).orElse(null);
    }

    private static Instant earliest(List<? extends Fill> fills) {
        return fills.stream().map(Fill::time).min(Comparator.naturalOrder()).orElse(Instant.MIN);
    }

    static BigDecimal total(List<? extends Fill> fills) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Fill fill : fills) {
            sum = sum.add(fill.contracts());
        }
        return sum;
    }

    static BigDecimal value(List<? extends Fill> fills) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Fill fill : fills) {
            sum = sum.add(fill.price().multiply(fill.contracts()));
        }
        return sum;
    }

    private static BigDecimal average(List<? extends Fill> fills) {
        return fills.isEmpty() ? null : Decimals.divide(value(fills), total(fills));
    }
}
