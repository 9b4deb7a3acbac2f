package app.microplan.ui.plan;

import app.microplan.domain.RuleResult;

/** The words of an account-rule override on the rule strip and in its dialog. */
public final class OverrideText {
    private OverrideText() {
    }

    public static String offer(RuleResult result) {
        return "\"" + result.rule().title() + "\" is an account rule: you may override it with a written reason,"
                + " which the plan keeps and the journal review counts.";
    }

    public static String kept(RuleResult result) {
        return "Overridden: " + result.rule().title() + " — " + result.overrideReason();
    }

    public static String question(RuleResult result) {
        return "Why mark this plan ready although \"" + result.rule().title().toLowerCase() + "\" fails?\n"
                + result.message();
    }
}
