package app.microplan.ui.common;

import app.microplan.domain.RuleResult;
import app.microplan.domain.Wording;
import app.microplan.domain.WordingText;
import java.util.Optional;

/**
 * The domain's reasons in the window's language (decision 15): a rule result's {@link Wording} looked up in the
 * window's message bundle, its figures in the trader's number format. A reason without a wording, or whose key
 * (or one of its clauses' keys) no bundle has yet, is shown in the domain's English rather than half translated.
 */
public final class ReasonText {
    private ReasonText() {
    }

    /** The reason of {@code result} as the window shows it. */
    public static String of(RuleResult result) {
        return Messages.current().wordingText().reason(result);
    }

    /** A refusal of the domain in the window's language, or its English message when it has no wording. */
    public static String refusal(RuntimeException refusal) {
        return app.microplan.domain.WordedRefusal.of(refusal).flatMap(ReasonText::render).orElse(refusal.getMessage());
    }

    /** The wording in the window's language, or empty when a key of it has no text. */
    public static Optional<String> render(Wording wording) {
        return Messages.current().wordingText().render(wording);
    }
}
