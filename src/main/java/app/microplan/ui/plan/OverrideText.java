package app.microplan.ui.plan;

import app.microplan.domain.RuleResult;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.ReasonText;

/** The words of an account-rule override on the rule strip and in its dialog, in the window's language. */
public final class OverrideText {
    private OverrideText() {
    }

    public static String offer(RuleResult result) {
        return Messages.text("override.offer", title(result));
    }

    public static String kept(RuleResult result) {
        return Messages.text("override.kept", title(result), result.overrideReason());
    }

    public static String question(RuleResult result) {
        return Messages.text("override.question", Messages.current().inSentence(title(result)),
                ReasonText.of(result));
    }

    private static String title(RuleResult result) {
        return Messages.current().getOr("rule." + result.rule().name(), result.rule().title());
    }
}
