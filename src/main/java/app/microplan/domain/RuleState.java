package app.microplan.domain;

/** How a rule came out, as the rule strip, the checklist and the command line all show it. */
public enum RuleState {
    PASS, FAIL, WARN;

    /** A failed blocking rule is a FAIL; a failed warning, or an account rule overridden with a reason, a WARN. */
    public static RuleState of(RuleResult result) {
        if (result.passed()) {
            return PASS;
        }
        return result.blocks() ? FAIL : WARN;
    }
}
