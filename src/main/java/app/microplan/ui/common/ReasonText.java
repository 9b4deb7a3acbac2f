package app.microplan.ui.common;

import app.microplan.domain.RuleResult;
import app.microplan.domain.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The domain's reasons in the window's language (decision 15): a rule result's {@link Wording} looked up in the
 * message bundles, its figures in the trader's number format. A reason without a wording, or whose key (or one of
 * its clauses' keys) no bundle has yet, is shown in the domain's English rather than half translated.
 */
public final class ReasonText {
    private ReasonText() {
    }

    /** The reason of {@code result} as the window shows it. */
    public static String of(RuleResult result) {
        return result.wording() == null ? result.message() : render(result.wording()).orElse(result.message());
    }

    /** The wording in the window's language, or empty when a key of it has no text. */
    public static Optional<String> render(Wording wording) {
        Messages messages = Messages.current();
        if (!messages.has(wording.key())) {
            return Optional.empty();
        }
        Figures figures = messages.figures();
        List<Object> args = new ArrayList<>();
        for (Object arg : wording.args()) {
            Optional<Object> shown = shown(arg, messages, figures);
            if (shown.isEmpty()) {
                return Optional.empty();
            }
            args.add(shown.get());
        }
        return Optional.of(messages.get(wording.key(), args.toArray()));
    }

    private static Optional<Object> shown(Object arg, Messages messages, Figures figures) {
        if (arg instanceof Wording.Figure figure) {
            return Optional.of(switch (figure.kind()) {
                case MONEY -> figures.money(figure.value(), figure.currency());
                case PRICE -> figures.price(figure.value());
                case PERCENT -> figures.percent(figure.value());
                case PERCENT_UP -> figures.percentUp(figure.value());
                case PLAIN -> figures.plain(figure.value());
                case DECIMAL -> figures.decimal(figure.value());
            });
        }
        if (arg instanceof Wording clause) {
            return render(clause).map(Object.class::cast);
        }
        if (arg instanceof Wording.Items items) {
            List<String> words = new ArrayList<>();
            for (Wording item : items.items()) {
                Optional<String> word = render(item);
                if (word.isEmpty()) {
                    return Optional.empty();
                }
                words.add(word.get());
            }
            return Optional.of(inWords(words, messages));
        }
        return Optional.of(arg);
    }

    /** "a", "a and b", "a, b and c" in the window's language. */
    private static String inWords(List<String> words, Messages messages) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return messages.get("words.list", String.join(", ", words.subList(0, words.size() - 1)),
                words.get(words.size() - 1));
    }
}
