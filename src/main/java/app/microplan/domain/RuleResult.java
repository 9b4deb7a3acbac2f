package app.microplan.domain;

import java.util.Objects;

/**
 * One rule checked against one plan: whether it holds, and why, in words that carry the numbers.
 *
 * @param message        the reason in English, as the command line prints it
 * @param overrideReason when a failing account rule was overridden, the trader's written reason; else null
 * @param wording        the same reason as a message key and figures, for the window's language; null where the
 *                       reason has no key yet (the window then shows {@code message})
 */
public record RuleResult(Rule rule, boolean passed, String message, String overrideReason, Wording wording) {

    public RuleResult {
        Objects.requireNonNull(rule, "rule");
        ContractSpec.requireText(message, "rule message");
    }

    public RuleResult(Rule rule, boolean passed, String message) {
        this(rule, passed, message, null, null);
    }

    public RuleResult(Rule rule, boolean passed, String message, String overrideReason) {
        this(rule, passed, message, overrideReason, null);
    }

    /** A result whose reason the window can say in its own language. */
    public RuleResult(Rule rule, boolean passed, String message, Wording wording) {
        this(rule, passed, message, null, wording);
    }

    public String id() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }

    public RuleState state() {
        return RuleState.of(this);
    }

    /** A failing rule the trader overrode with a written reason: shown, printed and counted, but not blocking. */
    public boolean isOverridden() {
        return !passed && overrideReason != null;
    }

    /** The same failing result, overridden for {@code reason}. */
    public RuleResult overriddenFor(String reason) {
        return passed ? this : new RuleResult(rule, false, message, reason, wording);
    }

    /** A blocking rule that does not hold and was not overridden: the plan cannot be marked ready. */
    public boolean blocks() {
        return !passed && rule.isBlocking() && !isOverridden();
    }
}
