package app.microplan.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The trader's decision to mark a plan ready although an account rule fails, with the reason written down.
 * The plan keeps it, the checklist prints it and the journal review counts how such trades turned out.
 */
public record RuleOverride(Rule rule, String reason, Instant at) {

    public RuleOverride {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(at, "time");
        if (!rule.isOverridable()) {
            throw new IllegalArgumentException("the rule \"" + rule.title() + "\" cannot be overridden: only account"
                    + " rules can, with a written reason");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("overriding \"" + rule.title() + "\" needs a written reason");
        }
        reason = reason.strip();
    }
}
