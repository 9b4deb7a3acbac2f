package app.microplan.domain;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A {@link Wording} said in the language of a message bundle, its figures in a number format (decision 15). The
 * window and the checklist sheet hand in the bundle; the domain itself never loads one. Empty when the bundle
 * lacks a key of the wording or of one of its clauses: the caller then shows the domain's English as a whole
 * rather than half a translation.
 */
public final class WordingText {
    private final ResourceBundle bundle;
    private final Locale numberLocale;
    private final LocaleFigures figures;

    public WordingText(ResourceBundle bundle, Locale numberLocale) {
        this.bundle = bundle;
        this.numberLocale = numberLocale;
        this.figures = new LocaleFigures(numberLocale);
    }

    /** The reason of {@code result} in the bundle's language, or its English message. */
    public String reason(RuleResult result) {
        return result.wording() == null ? result.message() : render(result.wording()).orElse(result.message());
    }

    public Optional<String> render(Wording wording) {
        if (!bundle.containsKey(wording.key())) {
            return Optional.empty();
        }
        List<Object> args = new ArrayList<>();
        for (Object arg : wording.args()) {
            Optional<Object> shown = shown(arg);
            if (shown.isEmpty()) {
                return Optional.empty();
            }
            args.add(shown.get());
        }
        String pattern = bundle.getString(wording.key());
        return Optional.of(args.isEmpty() ? pattern : new MessageFormat(pattern, numberLocale).format(args.toArray()));
    }

    private Optional<Object> shown(Object arg) {
        if (arg instanceof Wording.Figure figure) {
            return Optional.of(figures.of(figure));
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
            return inWords(words, items.lastJoinKey());
        }
        return Optional.of(arg);
    }

    /** "a", "a and b", "a, b and c" with the bundle's "and". */
    private Optional<Object> inWords(List<String> words, String lastJoinKey) {
        if (words.size() <= 1) {
            return Optional.of(String.join("", words));
        }
        if (!bundle.containsKey(lastJoinKey)) {
            return Optional.empty();
        }
        return Optional.of(new MessageFormat(bundle.getString(lastJoinKey), numberLocale).format(new Object[] {
            String.join(", ", words.subList(0, words.size() - 1)), words.get(words.size() - 1)}));
    }
}
