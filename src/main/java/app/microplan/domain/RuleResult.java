package app.microplan.domain;

import java.util.Objects;

/** One rule checked against one plan: whether it holds, and why, in words that carry the numbers. */
public record RuleResult(Rule rule, boolean passed, String message) {

    public RuleResult {
        Objects.requireNonNull(rule, "rule");
        ContractSpec.requireText(message, "rule message");
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

    /** A blocking rule that does not hold: the plan cannot be marked ready. */
    public boolean blocks() {
        return !passed && rule.isBlocking();
    }
}
