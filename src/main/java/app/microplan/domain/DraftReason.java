package app.microplan.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a READY plan became a draft again, in one line for the list, the header, the rule strip and the history:
 * what happened, then what no longer holds, with the numbers — "Back to draft: equity lowered to $4,000.00 —
 * margin now 12.25 %, above the 10.00 % cap".
 */
final class DraftReason {
    private DraftReason() {
    }

    static String of(String cause, TradePlan plan, PlanAssessment assessment) {
        List<RuleResult> failures = withoutEcho(assessment.blockingFailures());
        String what = failures.isEmpty() ? "mark it ready again to confirm the new numbers"
                : failures.stream().map(f -> phrase(f, plan, assessment.sizing())).collect(Collectors.joining("; "));
        return "Back to draft: " + (cause.isBlank() ? "re-checked" : cause) + " — " + what;
    }

    /** A size over the caps is already said by the risk or margin cap that it breaks. */
    private static List<RuleResult> withoutEcho(List<RuleResult> failures) {
        boolean capFails = failures.stream().anyMatch(f -> f.rule() == Rule.RISK_CAP || f.rule() == Rule.MARGIN_CAP);
        return capFails ? failures.stream().filter(f -> f.rule() != Rule.SIZE_CAP).toList() : failures;
    }

    private static String phrase(RuleResult failure, TradePlan plan, SizingResult sizing) {
        String currency = sizing.quoteCurrency();
        if (failure.rule() == Rule.MARGIN_CAP && sizing.isComplete()) {
            boolean at = sizing.marginUtilization().compareTo(plan.policy().marginCap()) == 0;
            return "margin now " + Money.percentUp(sizing.marginUtilization()) + ", " + (at ? "at" : "above") + " the "
                    + Money.percent(plan.policy().marginCap()) + " cap";
        }
        if (failure.rule() == Rule.RISK_CAP && sizing.isComplete()) {
            return "risk now " + Money.format(sizing.riskAmount(), currency) + " (" + Money.percentUp(sizing.riskFraction())
                    + "), above the " + Money.percent(plan.policy().riskCap()) + " cap";
        }
        String message = failure.message();
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
