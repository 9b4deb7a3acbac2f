package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What changed between two versions of a plan, or of its account, in the few words a reason needs:
 * "stop changed from 69,300 to 69,400", "equity lowered to $4,000.00", "the Long ETH-MICRO-0.01 plan
 * (sample-38) marked ready". Only the first difference is named; a reason is a sentence, not a diff.
 */
public final class PlanChanges {
    private PlanChanges() {
    }

    /** The first change of numbers (setup, risk cap, account), or "" when the numbers are the same. */
    public static String ofNumbers(TradePlan before, TradePlan after) {
        TradeSetup a = before.setup();
        TradeSetup b = after.setup();
        if (!a.contract().equals(b.contract())) {
            return "contract changed to " + b.contract().symbol();
        }
        if (a.direction() != b.direction()) {
            return "side changed to " + b.direction().label().toLowerCase();
        }
        if (!same(a.stop(), b.stop())) {
            return a.stop() == null ? "stop set to " + Money.price(b.stop())
                    : b.stop() == null ? "stop removed" : "stop changed from " + Money.price(a.stop()) + " to "
                    + Money.price(b.stop());
        }
        if (!a.toBuilder().stop((BigDecimal) null).build().sameNumbersAs(b.toBuilder().stop((BigDecimal) null).build())) {
            return otherSetupChange(a, b);
        }
        if (before.policy().riskCap().compareTo(after.policy().riskCap()) != 0) {
            return "risk cap changed from " + Money.percent(before.policy().riskCap()) + " to "
                    + Money.percent(after.policy().riskCap());
        }
        if (!before.account().accountName().equals(after.account().accountName())) {
            return "account changed to " + after.account().accountName();
        }
        return "";
    }

    /** The first change of any kind an edit made: numbers first, then the words. */
    public static String ofEdit(TradePlan before, TradePlan after) {
        String numbers = ofNumbers(before, after);
        if (!numbers.isEmpty()) {
            return numbers;
        }
        if (!before.written().equals(after.written())) {
            return "written plan changed";
        }
        if (!before.checklist().equals(after.checklist())) {
            return "checklist changed";
        }
        return before.tags().equals(after.tags()) ? "" : "tags changed";
    }

    /** What changed in the account or the trader's policy between two checks, or "" when nothing did. */
    public static String ofAccount(TradePlan before, TradePlan after) {
        AccountSnapshot a = before.account();
        AccountSnapshot b = after.account();
        // an inverse plan's account counts in its own currency (a coin, or USD)
        String currency = after.setup().contract().isInverse() ? b.equityCurrency()
                : after.setup().contract().quoteCurrency();
        if (a.equity().compareTo(b.equity()) != 0) {
            return "equity " + (b.equity().compareTo(a.equity()) < 0 ? "lowered" : "raised") + " to "
                    + Money.format(b.equity(), currency);
        }
        String policy = after.policy().describeChangeFrom(before.policy());
        if (!policy.isEmpty()) {
            return policy;
        }
        String limits = b.limits().describeChangeFrom(a.limits());
        if (!limits.isEmpty()) {
            return limits;
        }
        if (a.otherPlansMargin().compareTo(b.otherPlansMargin()) != 0) {
            return "other plans' margin now " + Money.format(b.otherPlansMargin(), currency);
        }
        if (a.otherPlansOpenRisk().compareTo(b.otherPlansOpenRisk()) != 0) {
            return "other plans' open risk now " + Money.format(b.otherPlansOpenRisk(), currency);
        }
        if (a.realizedLossToday().compareTo(b.realizedLossToday()) != 0) {
            return "today's realized loss now " + Money.format(b.realizedLossToday(), currency);
        }
        if (!Objects.equals(a.coolDownUntil(), b.coolDownUntil()) && b.coolDownUntil() != null) {
            return "a cool-down after " + AccountLimits.losses(b.limits().coolDownLosses()) + " began";
        }
        return "";
    }

    /** How another plan's change reads in a reason: "the Long BTC-MICRO-0.01 plan (sample-38) marked ready". */
    public static String asTrigger(TradePlan before, TradePlan after) {
        String name = name(after);
        if (before.status() != after.status()) {
            return name + " " + switch (after.status()) {
                case READY -> "marked ready";
                case OPEN -> "entered";
                case CLOSED -> "closed";
                case REVIEWED -> "reviewed";
                case CANCELLED -> "cancelled";
                case DRAFT -> "back to draft";
            };
        }
        String numbers = ofNumbers(before, after);
        return numbers.isEmpty() ? name + " changed" : name + ": " + numbers;
    }

    /** "the Long BTC-MICRO-0.01 plan (sample-38)": how a reason names another plan. */
    public static String name(TradePlan plan) {
        String id = plan.id().length() <= 10 ? plan.id() : plan.id().substring(0, 8);
        return "the " + plan.setup().direction().label() + " " + plan.setup().contract().symbol() + " plan (" + id + ")";
    }

    /** The plan's numbers, its policy or its account differ (what is frozen from OPEN on). */
    public static boolean frozenPartsDiffer(TradePlan before, TradePlan after) {
        return !before.setup().sameNumbersAs(after.setup()) || !before.policy().sameAs(after.policy())
                || !before.account().sameAs(after.account());
    }

    private static String otherSetupChange(TradeSetup a, TradeSetup b) {
        if (!sameEntries(a, b)) {
            return "entries changed";
        }
        if (!same(a.leverage(), b.leverage())) {
            return "leverage changed from " + Decimals.plain(a.leverage()) + "× to " + Decimals.plain(b.leverage()) + "×";
        }
        if (!same(a.contracts(), b.contracts())) {
            return b.contracts() == null ? "size left to the caps" : "size changed to " + Money.contracts(b.contracts())
                    + " contracts";
        }
        if (!a.toBuilder().targets(b.targets()).build().sameNumbersAs(a)) {
            return "targets changed";
        }
        return "fees or funding changed";
    }

    private static boolean sameEntries(TradeSetup a, TradeSetup b) {
        return a.toBuilder().entries(b.entries()).build().sameNumbersAs(a);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
