package app.microplan.checklist;

import app.microplan.domain.RuleResult;

/** How a rule reads on the sheet: it holds, it blocks the plan, or it is a warning that does not block. */
public enum RuleState {
    PASS, FAIL, WARN;

    public static RuleState of(RuleResult result) {
        if (result.passed()) {
            return PASS;
        }
        return result.rule().isBlocking() ? FAIL : WARN;
    }
}
