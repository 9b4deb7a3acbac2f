package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Corrections of an entered trade's fills and funding: add, edit or delete one entry, exit or funding payment
 * of an OPEN, CLOSED or REVIEWED trade. The status follows the fills: a trade whose exits cover its entries is
 * closed, one with contracts left is open — so deleting an exit of a closed trade reopens it. Every correction
 * is kept in {@link TradeExecution#changes()} with the numbers before and after; the outcome is worked out from
 * the fills again wherever it is shown.
 */
public final class ExecutionCorrections {
    private ExecutionCorrections() {
    }

    public static TradePlan addEntry(TradePlan plan, EntryFill fill, Instant now) {
        TradeExecution execution = entered(plan);
        List<EntryFill> entries = new ArrayList<>(execution.entries());
        entries.add(fill);
        return apply(plan, execution.withFills(entries, execution.exits()), "Added entry " + describe(fill), now);
    }

    public static TradePlan editEntry(TradePlan plan, int index, EntryFill fill, Instant now) {
        TradeExecution execution = entered(plan);
        EntryFill before = element(execution.entries(), index, "entry");
        List<EntryFill> entries = replaced(execution.entries(), index, fill);
        return apply(plan, execution.withFills(entries, execution.exits()),
                "Edited entry " + (index + 1) + ": " + describe(before) + " → " + describe(fill), now);
    }

    public static TradePlan deleteEntry(TradePlan plan, int index, Instant now) {
        TradeExecution execution = entered(plan);
        EntryFill before = element(execution.entries(), index, "entry");
        if (execution.entries().size() == 1) {
            throw WordedRefusal.argument("a trade keeps at least one entry fill: edit this one instead",
                    Wording.of("refusal.keepOneEntry.edit"));
        }
        List<EntryFill> entries = removed(execution.entries(), index);
        return apply(plan, execution.withFills(entries, execution.exits()),
                "Deleted entry " + (index + 1) + ": " + describe(before), now);
    }

    public static TradePlan addExit(TradePlan plan, ExitFill fill, Instant now) {
        TradeExecution execution = entered(plan);
        List<ExitFill> exits = new ArrayList<>(execution.exits());
        exits.add(fill);
        return apply(plan, execution.withFills(execution.entries(), exits), "Added exit " + describe(fill), now);
    }

    public static TradePlan editExit(TradePlan plan, int index, ExitFill fill, Instant now) {
        TradeExecution execution = entered(plan);
        ExitFill before = element(execution.exits(), index, "exit");
        return apply(plan, execution.withFills(execution.entries(), replaced(execution.exits(), index, fill)),
                "Edited exit " + (index + 1) + ": " + describe(before) + " → " + describe(fill), now);
    }

    public static TradePlan deleteExit(TradePlan plan, int index, Instant now) {
        TradeExecution execution = entered(plan);
        ExitFill before = element(execution.exits(), index, "exit");
        return apply(plan, execution.withFills(execution.entries(), removed(execution.exits(), index)),
                "Deleted exit " + (index + 1) + ": " + describe(before), now);
    }

    public static TradePlan addFunding(TradePlan plan, FundingPayment payment, Instant now) {
        TradeExecution execution = entered(plan);
        List<FundingPayment> payments = new ArrayList<>(execution.fundingPayments());
        payments.add(payment);
        return apply(plan, execution.withFundingPayments(payments), "Added funding " + describe(payment), now);
    }

    public static TradePlan editFunding(TradePlan plan, int index, FundingPayment payment, Instant now) {
        TradeExecution execution = entered(plan);
        FundingPayment before = element(execution.fundingPayments(), index, "funding payment");
        return apply(plan, execution.withFundingPayments(replaced(execution.fundingPayments(), index, payment)),
                "Edited funding " + (index + 1) + ": " + describe(before) + " → " + describe(payment), now);
    }

    public static TradePlan deleteFunding(TradePlan plan, int index, Instant now) {
        TradeExecution execution = entered(plan);
        FundingPayment before = element(execution.fundingPayments(), index, "funding payment");
        return apply(plan, execution.withFundingPayments(removed(execution.fundingPayments(), index)),
                "Deleted funding " + (index + 1) + ": " + describe(before), now);
    }

    /**
     * The plan with {@code corrected} fills, its status following them, and the change on record. Throws
     * {@link IllegalArgumentException} with the reason when the fills do not add up.
     */
    public static TradePlan apply(TradePlan plan, TradeExecution corrected, String description, Instant now) {
        entered(plan);
        if (corrected.entries().isEmpty()) {
            throw WordedRefusal.argument("a trade keeps at least one entry fill", Wording.of("refusal.keepOneEntry"));
        }
        PlanStatus before = plan.status();
        PlanStatus after = corrected.isFlat() ? (before == PlanStatus.OPEN ? PlanStatus.CLOSED : before)
                : PlanStatus.OPEN;
        String text = description;
        if (before != PlanStatus.OPEN && after == PlanStatus.OPEN) {
            text += "; reopened: " + Money.contracts(corrected.openContracts()) + " contracts are open again";
        } else if (before == PlanStatus.OPEN && after == PlanStatus.CLOSED) {
            text += "; closed: every contract is exited";
        }
        TradePlan recorded = plan.toBuilder().execution(corrected.withChange(new ExecutionChange(now, text)))
                .updatedAt(now).build();
        return after == before ? recorded : PlanLifecycle.moveTo(recorded, after, now);
    }

    /** "70,000 × 4 (fee 0.5) at 2026-03-02T09:30:00Z" */
    static String describe(Fill fill) {
        return Money.price(fill.price()) + " × " + Money.contracts(fill.contracts()) + " (fee "
                + Decimals.plain(fill.fee()) + ") at " + fill.time()
                + (fill instanceof ExitFill exit ? ", " + exit.reason().label().toLowerCase() : "");
    }

    static String describe(FundingPayment payment) {
        BigDecimal amount = payment.amount();
        return Decimals.plain(amount.abs()) + (amount.signum() < 0 ? " received" : " paid")
                + (payment.time() == null ? " (total typed)" : " at " + payment.time());
    }

    private static TradeExecution entered(TradePlan plan) {
        PlanStatus status = plan.status();
        if (plan.execution() == null || (status != PlanStatus.OPEN && status != PlanStatus.CLOSED
                && status != PlanStatus.REVIEWED)) {
            throw WordedRefusal.state("A " + status.label().toLowerCase()
                    + " plan has no trade to correct: fills are corrected once the trade is open or closed",
                    Wording.of("refusal.noTradeToCorrect", Wording.of("refusal.plan." + status.name())));
        }
        return plan.execution();
    }

    private static <T> T element(List<T> list, int index, String what) {
        if (index < 0 || index >= list.size()) {
            throw WordedRefusal.argument("there is no " + what + " " + (index + 1) + " (the trade has "
                    + list.size() + ")", Wording.of("refusal.noSuch." + what.replace(' ', '-'), index + 1, list.size()));
        }
        return list.get(index);
    }

    private static <T> List<T> replaced(List<T> list, int index, T value) {
        return changed(list, all -> {
            all.set(index, value);
            return all;
        });
    }

    private static <T> List<T> removed(List<T> list, int index) {
        return changed(list, all -> {
            all.remove(index);
            return all;
        });
    }

    private static <T> List<T> changed(List<T> list, UnaryOperator<List<T>> change) {
        return change.apply(new ArrayList<>(list));
    }
}
