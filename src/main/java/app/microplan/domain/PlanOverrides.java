package app.microplan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The trader's overrides of account rules on one plan: given with a written reason while the plan is a DRAFT
 * or READY, withdrawn the same way. From OPEN on they are part of the record and do not change.
 */
public final class PlanOverrides {
    private PlanOverrides() {
    }

    /** The plan with {@code rule} overridden for {@code reason} (replacing an earlier reason for the same rule). */
    public static TradePlan override(TradePlan plan, Rule rule, String reason, Instant now) {
        requireEditable(plan);
        RuleOverride override = new RuleOverride(rule, reason, now);
        List<RuleOverride> overrides = new ArrayList<>(plan.overrides());
        overrides.removeIf(o -> o.rule() == rule);
        overrides.add(override);
        return plan.toBuilder().overrides(overrides).updatedAt(now).build();
    }

    /** The plan without its override of {@code rule}; a READY plan is then checked again by the caller. */
    public static TradePlan withdraw(TradePlan plan, Rule rule, Instant now) {
        requireEditable(plan);
        List<RuleOverride> overrides = new ArrayList<>(plan.overrides());
        return overrides.removeIf(o -> o.rule() == rule) ? plan.toBuilder().overrides(overrides).updatedAt(now).build()
                : plan;
    }

    private static void requireEditable(TradePlan plan) {
        if (!plan.status().isEditable()) {
            throw new FrozenPlanException(plan, "an override");
        }
    }
}
