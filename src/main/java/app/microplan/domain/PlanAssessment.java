package app.microplan.domain;

import java.util.List;

/** A plan's sizing and every rule checked against it: what the rule strip, the checklist and `check` show. */
public record PlanAssessment(SizingResult sizing, List<RuleResult> rules) {

    public PlanAssessment {
        rules = List.copyOf(rules);
    }

    public List<RuleResult> blockingFailures() {
        return rules.stream().filter(RuleResult::blocks).toList();
    }

    public List<RuleResult> failedWarnings() {
        return rules.stream().filter(r -> !r.passed() && !r.rule().isBlocking()).toList();
    }

    /** Every blocking rule holds. */
    public boolean allowsReady() {
        return rules.stream().noneMatch(RuleResult::blocks);
    }

    public RuleResult result(Rule rule) {
        return rules.stream().filter(r -> r.rule() == rule).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("rule not checked: " + rule.id()));
    }
}
