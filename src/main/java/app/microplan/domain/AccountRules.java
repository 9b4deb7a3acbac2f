package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that gate "ready" for the whole account (docs/design.md section 3): open risk, the daily loss limit and
 * the cool-down after a losing streak. They read the figures of the plan's account snapshot, which the journal
 * refreshes at every re-check, and each may be overridden only with a written reason that the plan keeps.
 * (The account's margin, READY + OPEN + this plan under the cap, is the margin-cap rule: it is never overridden.)
 */
public final class AccountRules {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AccountRules() {
    }

    /** The account rules for {@code plan} at {@code clock}'s time, each overridden if the plan says so. */
    public static List<RuleResult> check(TradePlan plan, SizingResult sizing, Clock clock) {
        List<RuleResult> results = new ArrayList<>();
        results.add(openRisk(plan.account(), sizing, sizing.quoteCurrency()));
        results.add(dailyLoss(plan.account(), sizing, sizing.quoteCurrency()));
        results.add(coolDown(plan.account(), clock));
        return results.stream().map(r -> plan.overrideOf(r.rule()).map(o -> r.overriddenFor(o.reason())).orElse(r))
                .toList();
    }

    static RuleResult openRisk(AccountSnapshot account, SizingResult sizing, String currency) {
        if (!sizing.isComplete()) {
            return incomplete(Rule.OPEN_RISK, sizing);
        }
        BigDecimal cap = account.limits().openRiskCap();
        BigDecimal total = sizing.riskAmount().add(account.otherPlansOpenRisk());
        boolean within = atMost(total, cap, account);
        return new RuleResult(Rule.OPEN_RISK, within, "Open risk " + Money.percentUp(fraction(total, account))
                + " (this plan " + Money.format(sizing.riskAmount(), currency) + " + other plans "
                + Money.format(account.otherPlansOpenRisk(), currency) + " of " + Money.format(account.equity(), currency)
                + " equity) is " + (within ? "within" : "above") + " the " + Money.percent(cap) + " cap",
                Wording.of(within ? "reason.openRisk.within" : "reason.openRisk.above",
                        Wording.percentUp(fraction(total, account)), Wording.money(sizing.riskAmount(), currency),
                        Wording.money(account.otherPlansOpenRisk(), currency), Wording.money(account.equity(), currency),
                        Wording.percent(cap)));
    }

    static RuleResult dailyLoss(AccountSnapshot account, SizingResult sizing, String currency) {
        if (!sizing.isComplete()) {
            return incomplete(Rule.DAILY_LOSS, sizing);
        }
        BigDecimal cap = account.limits().dailyLossCap();
        BigDecimal total = account.realizedLossToday().add(sizing.riskAmount());
        boolean within = atMost(total, cap, account);
        String reached = account.realizedLossToday().compareTo(account.equity().multiply(cap)) >= 0
                ? ": the daily loss limit is reached, no more trades today" : "";
        return new RuleResult(Rule.DAILY_LOSS, within, "Today's realized loss "
                + Money.format(account.realizedLossToday(), currency) + " + this plan's risk "
                + Money.format(sizing.riskAmount(), currency) + " = " + Money.format(total, currency) + ", "
                + Money.percentUp(fraction(total, account)) + " of equity, " + (within ? "within" : "above") + " the "
                + Money.percent(cap) + " daily limit" + (within ? "" : reached),
                Wording.of(within ? "reason.dailyLoss.within" : reached.isEmpty() ? "reason.dailyLoss.above"
                        : "reason.dailyLoss.reached", Wording.money(account.realizedLossToday(), currency),
                        Wording.money(sizing.riskAmount(), currency), Wording.money(total, currency),
                        Wording.percentUp(fraction(total, account)), Wording.percent(cap)));
    }

    static RuleResult coolDown(AccountSnapshot account, Clock clock) {
        AccountLimits limits = account.limits();
        Instant until = account.coolDownUntil();
        Instant now = clock.instant();
        if (until == null || !now.isBefore(until)) {
            return new RuleResult(Rule.COOL_DOWN, true, "No cool-down running (one starts after "
                    + AccountLimits.losses(limits.coolDownLosses()) + ", for " + limits.coolDownMinutes() + " minutes)",
                    Wording.of("reason.coolDown.none", limits.coolDownLosses(), limits.coolDownMinutes()));
        }
        long minutesLeft = Math.max(1, (Duration.between(now, until).getSeconds() + 59) / 60);
        boolean sameDay = until.atZone(clock.getZone()).toLocalDate().equals(now.atZone(clock.getZone()).toLocalDate());
        String when = (sameDay ? TIME : DAY_AND_TIME).format(until.atZone(clock.getZone()));
        return new RuleResult(Rule.COOL_DOWN, false, "Cool-down after " + AccountLimits.losses(limits.coolDownLosses())
                + ": no plan of the account can be marked ready until " + when + " (" + timeLeft(minutesLeft) + " left)",
                Wording.of(sameDay ? "reason.coolDown.untilTime" : "reason.coolDown.untilDay",
                        limits.coolDownLosses(), java.util.Date.from(until), minutesLeft));
    }

    private static String timeLeft(long minutes) {
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        return hours + " h" + (rest == 0 ? "" : " " + rest + " min");
    }

    /** amount ≤ cap × equity, compared exactly (no percentage rounded first). */
    private static boolean atMost(BigDecimal amount, BigDecimal cap, AccountSnapshot account) {
        return amount.compareTo(account.equity().multiply(cap)) <= 0;
    }

    private static BigDecimal fraction(BigDecimal amount, AccountSnapshot account) {
        return Decimals.divide(amount, account.equity());
    }

    private static RuleResult incomplete(Rule rule, SizingResult sizing) {
        return new RuleResult(rule, false, "Enter " + RuleBook.inWords(sizing.missing()) + " to size the position",
                ReasonWords.enterToSize(sizing.missing()));
    }
}
