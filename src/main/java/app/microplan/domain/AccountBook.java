package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One account as the journal shows it now: its equity (fixed, or following the journal's closed trades), the
 * margin and risk its READY and OPEN plans hold, today's realized loss and any cool-down running. Every plan
 * of the account is checked against the snapshot it gives ({@link #snapshotFor}), so the window and `check`
 * see the same account.
 */
public final class AccountBook {
    private final Account account;
    private final BigDecimal equity;
    private final BigDecimal realizedLossToday;
    private final Instant coolDownUntil;
    /** Margin and risk at the stop of each READY or OPEN plan of the account, by plan id. */
    private final Map<String, Held> live;

    private record Held(BigDecimal margin, BigDecimal risk) {
    }

    private record ClosedTrade(Instant closedAt, BigDecimal pnl) {
    }

    private AccountBook(Account account, BigDecimal equity, BigDecimal realizedLossToday, Instant coolDownUntil,
                        Map<String, Held> live) {
        this.account = account;
        this.equity = equity;
        this.realizedLossToday = realizedLossToday;
        this.coolDownUntil = coolDownUntil;
        this.live = live;
    }

    /** The account's figures from {@code plans} (any accounts' plans; only this account's count) at the clock's time. */
    public static AccountBook of(Account account, Collection<TradePlan> plans, Clock clock) {
        List<ClosedTrade> closed = new ArrayList<>();
        Map<String, Held> live = new LinkedHashMap<>();
        for (TradePlan plan : plans) {
            if (!plan.account().accountName().equals(account.name())) {
                continue;
            }
            if (holdsKnownMargin(plan)) {
                live.put(plan.id(), held(plan));
            } else {
                BigDecimal pnl = TradeOutcome.realizedPnlOf(plan);
                if (pnl != null) {
                    closed.add(new ClosedTrade(plan.execution().closedAt(), pnl));
                }
            }
        }
        closed.sort(Comparator.comparing(ClosedTrade::closedAt));
        return new AccountBook(account, equity(account, closed), lossToday(closed, clock),
                coolDownUntil(account.limits(), closed, clock.instant()), live);
    }

    /** The same account after one of its plans changed (marked ready, back to draft, entered, deleted = null). */
    public AccountBook with(String planId, TradePlan changed) {
        Map<String, Held> next = new LinkedHashMap<>(live);
        next.remove(planId);
        if (changed != null && holdsKnownMargin(changed) && changed.account().accountName().equals(account.name())) {
            next.put(changed.id(), held(changed));
        }
        return new AccountBook(account, equity, realizedLossToday, coolDownUntil, next);
    }

    /**
     * A READY or OPEN plan, but not an open trade imported without a plan: nobody chose its leverage, so its margin
     * is not known (counted at 1× it would claim its whole notional and block every other plan of the account).
     */
    private static boolean holdsKnownMargin(TradePlan plan) {
        return plan.status().holdsMargin() && !(plan.execution() != null && plan.execution().unplanned());
    }

    /** What a plan of this account may know of it now: everything, with the plan's own margin and risk left out. */
    public AccountSnapshot snapshotFor(String planId) {
        return new AccountSnapshot(account.name(), equity, marginHeldExcept(planId), openRiskExcept(planId),
                realizedLossToday, coolDownUntil, account.limits(), account.equityCurrency());
    }

    public Account account() {
        return account;
    }

    /** The equity plans are sized against: the account's, or its starting balance plus the closed trades' P&L. */
    public BigDecimal equity() {
        return equity;
    }

    public BigDecimal realizedLossToday() {
        return realizedLossToday;
    }

    /** When the running cool-down ends, or null when none runs. */
    public Instant coolDownUntil() {
        return coolDownUntil;
    }

    public BigDecimal marginHeldExcept(String planId) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Held> entry : live.entrySet()) {
            if (!entry.getKey().equals(planId)) {
                total = total.add(entry.getValue().margin());
            }
        }
        return NumberLimits.atMostLargest(Decimals.centsUp(total));
    }

    public BigDecimal openRiskExcept(String planId) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Held> entry : live.entrySet()) {
            if (!entry.getKey().equals(planId)) {
                total = total.add(entry.getValue().risk());
            }
        }
        return NumberLimits.atMostLargest(total);
    }

    /**
     * A READY plan holds what its sizing says; an OPEN one what its position holds now, which may differ from
     * the plan (scaled in beyond it, partly exited): the account's limits are about the money really at stake.
     */
    private static Held held(TradePlan plan) {
        TradeExecution execution = plan.execution();
        if (plan.status() == PlanStatus.OPEN && execution != null && execution.averageEntry() != null) {
            return heldByPosition(plan.setup(), execution);
        }
        SizingResult sizing = PositionSizer.size(plan.setup(), plan.policy(), plan.account());
        // A stop on the profit side (a file may hold one; the rules flag it) works out as a negative loss: such a
        // plan adds no risk, and must not hide the risk the account's other plans hold.
        return sizing.isComplete() ? new Held(sizing.initialMargin(), sizing.riskAmount().max(BigDecimal.ZERO))
                : new Held(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** Margin of the contracts still open at their average entry; their loss at the stop plus the exit fee. */
    private static Held heldByPosition(TradeSetup setup, TradeExecution execution) {
        BigDecimal open = execution.openContracts();
        BigDecimal m = setup.contract().contractSize();
        BigDecimal average = execution.averageEntry();
        BigDecimal margin = Decimals.divide(average.multiply(open).multiply(m), setup.leverage());
        if (setup.stop() == null) {
            return new Held(margin, BigDecimal.ZERO);
        }
        BigDecimal priceLoss = setup.direction().favourableMove(setup.stop(), average).max(BigDecimal.ZERO);
        return new Held(margin, Decimals.centsUp(priceLoss.multiply(open).multiply(m)
                .add(Fees.exitAtStop(setup, open))));
    }

    private static BigDecimal equity(Account account, List<ClosedTrade> closed) {
        if (!account.equityFollowsJournal()) {
            return account.equity();
        }
        BigDecimal total = account.equity();
        for (ClosedTrade trade : closed) {
            total = total.add(trade.pnl());
        }
        // Rounded down: sizing never counts on a fraction of a cent that is not there.
        return total.signum() < 0 ? BigDecimal.ZERO : total.setScale(2, java.math.RoundingMode.FLOOR);
    }

    /** Today's realized P&L in the trader's time zone, as a loss (winners today offset it), never below zero. */
    private static BigDecimal lossToday(List<ClosedTrade> closed, Clock clock) {
        ZoneId zone = clock.getZone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        BigDecimal pnl = BigDecimal.ZERO;
        for (ClosedTrade trade : closed) {
            if (trade.closedAt().atZone(zone).toLocalDate().equals(today)) {
                pnl = pnl.add(trade.pnl());
            }
        }
        return pnl.signum() < 0 ? Decimals.centsUp(pnl.negate()) : BigDecimal.ZERO;
    }

    /** After the set number of losing trades in a row, the end of the pause after the last of them, if still ahead. */
    private static Instant coolDownUntil(AccountLimits limits, List<ClosedTrade> closed, Instant now) {
        int streak = 0;
        for (int i = closed.size() - 1; i >= 0 && closed.get(i).pnl().signum() < 0; i--) {
            streak++;
        }
        if (streak < limits.coolDownLosses()) {
            return null;
        }
        Instant until = closed.get(closed.size() - 1).closedAt().plus(Duration.ofMinutes(limits.coolDownMinutes()));
        return now.isBefore(until) ? until : null;
    }
}
