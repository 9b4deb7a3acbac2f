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
 * @param funding         funding over the life of the position, positive when paid, negative when received
 *                        (the sign convention of {@link Funding#cost}); always the sum of {@code fundingPayments}
 * @param fundingPayments the payments that make up {@code funding}: imported ones with their time, or one total
 *                        typed by hand. A file written before payments were kept has only {@code funding}: it
 *                        becomes one typed total
 * @param changes         corrections and imports after the fills were first recorded, oldest first
 * @param unplanned       the trade had no plan: it was imported from an exchange's history and matched none
 */
public record TradeExecution(List<EntryFill> entries, List<ExitFill> exits, BigDecimal funding,
                             List<FundingPayment> fundingPayments, List<ExecutionChange> changes,
                             boolean unplanned) {

    public static final TradeExecution NONE = new TradeExecution(List.of(), List.of(), BigDecimal.ZERO);

    public TradeExecution {
        entries = entries == null ? List.of() : List.copyOf(entries);
        exits = exits == null ? List.of() : List.copyOf(exits);
        fundingPayments = fundingPayments == null || fundingPayments.isEmpty()
                ? (Decimals.orZero(funding).signum() == 0 ? List.of() : List.of(FundingPayment.total(funding)))
                : List.copyOf(fundingPayments);
        funding = sumOf(fundingPayments);
        changes = changes == null ? List.of() : List.copyOf(changes);
        BigDecimal entered = total(entries);
        BigDecimal exited = total(exits);
        if (exited.compareTo(entered) > 0) {
            throw WordedRefusal.argument("the exits close " + Decimals.plain(exited) + " contracts but only "
                    + Decimals.plain(entered) + " were entered", Wording.of("refusal.exitsExceedEntries",
                    Wording.plain(exited), Wording.plain(entered)));
        }
        Instant firstEntry = earliest(entries);
        for (ExitFill exit : exits) {
            if (exit.time().isBefore(firstEntry)) {
                throw WordedRefusal.argument("an exit fill at " + exit.time() + " comes before the first entry at "
                        + firstEntry, InstantWording.of("refusal.exitBeforeEntry", exit.time(), firstEntry));
            }
        }
    }

    /** Fills and a funding total, as typed: no payments itemised, no changes yet. */
    public TradeExecution(List<EntryFill> entries, List<ExitFill> exits, BigDecimal funding) {
        this(entries, exits, funding, null, null, false);
    }

    /** The fills added to these: for scaling in or out, and for recording an import. */
    public TradeExecution plus(List<EntryFill> moreEntries, List<ExitFill> moreExits) {
        List<EntryFill> allEntries = new ArrayList<>(entries);
        allEntries.addAll(moreEntries);
        List<ExitFill> allExits = new ArrayList<>(exits);
        allExits.addAll(moreExits);
        return new TradeExecution(allEntries, allExits, funding, fundingPayments, changes, unplanned);
    }

    public TradeExecution withFills(List<EntryFill> newEntries, List<ExitFill> newExits) {
        return new TradeExecution(newEntries, newExits, null, fundingPayments, changes, unplanned);
    }

    /** The funding as one total typed by hand, replacing every payment on record. */
    public TradeExecution withFunding(BigDecimal value) {
        List<FundingPayment> payments = Decimals.orZero(value).signum() == 0 ? List.of()
                : List.of(FundingPayment.total(value));
        return new TradeExecution(entries, exits, value, payments, changes, unplanned);
    }

    public TradeExecution withFundingPayments(List<FundingPayment> payments) {
        return new TradeExecution(entries, exits, null, payments, changes, unplanned);
    }

    /** These fills with one more change on record. */
    public TradeExecution withChange(ExecutionChange change) {
        List<ExecutionChange> all = new ArrayList<>(changes);
        all.add(change);
        return new TradeExecution(entries, exits, funding, fundingPayments, all, unplanned);
    }

    public TradeExecution asUnplanned() {
        return new TradeExecution(entries, exits, funding, fundingPayments, changes, true);
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
        return entryFees().add(exitFees());
    }

    public BigDecimal entryFees() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Fill fill : entries) {
            sum = sum.add(fill.fee());
        }
        return sum;
    }

    public BigDecimal exitFees() {
        BigDecimal sum = BigDecimal.ZERO;
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

    /** The last fill of either kind: executions after it continue this trade. */
    public Instant lastFillAt() {
        Instant last = closedAt();
        for (EntryFill entry : entries) {
            last = last == null || entry.time().isAfter(last) ? entry.time() : last;
        }
        return last;
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

    private static BigDecimal sumOf(List<FundingPayment> payments) {
        BigDecimal sum = BigDecimal.ZERO;
        for (FundingPayment payment : payments) {
            sum = sum.add(payment.amount());
        }
        return sum;
    }

    private static BigDecimal average(List<? extends Fill> fills) {
        return fills.isEmpty() ? null : Decimals.divide(value(fills), total(fills));
    }
}
