package app.microplan.domain;

/**
 * The short title the journal list shows for a plan, so plans of one symbol and side can be told apart: the first
 * words of its thesis, up to the end of its first sentence or line, at most {@value #MAX_WORDS} words and
 * {@value #MAX_CHARS} characters; "…" says when words of that sentence were left out. A plan without a thesis has no title (the
 * list shows its symbol, side and date as before).
 */
public final class PlanTitle {
    static final int MAX_WORDS = 6;
    static final int MAX_CHARS = 40;
    private static final String MORE = "…";

    private PlanTitle() {
    }

    public static String of(TradePlan plan) {
        return of(plan.written().thesis());
    }

    public static String of(String thesis) {
        String text = firstSentence(thesis == null ? "" : thesis.strip());
        if (text.isEmpty()) {
            return "";
        }
        String[] words = text.split("\\s+");
        StringBuilder title = new StringBuilder();
        int used = 0;
        for (String word : words) {
            int length = title.length() + (title.length() == 0 ? 0 : 1) + word.length();
            if (used == MAX_WORDS || length > MAX_CHARS - MORE.length()) {
                break;
            }
            if (title.length() > 0) {
                title.append(' ');
            }
            title.append(word);
            used++;
        }
        if (used == 0) {
            // One word longer than the limit: cut inside it.
            return text.substring(0, MAX_CHARS - 1) + MORE;
        }
        boolean cut = used < words.length;
        return cut ? trailingPunctuationRemoved(title.toString()) + MORE : trailingPunctuationRemoved(title.toString());
    }

    /** Up to the first line break or sentence end (". " — a price like 70.5 is not an end). */
    private static String firstSentence(String text) {
        int end = text.length();
        int line = text.indexOf('\n');
        if (line >= 0) {
            end = line;
        }
        for (int i = 0; i < end - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == ';' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                end = i + 1;
                break;
            }
        }
        return text.substring(0, end).strip();
    }

    private static String trailingPunctuationRemoved(String title) {
        int end = title.length();
        while (end > 0 && ",;:.".indexOf(title.charAt(end - 1)) >= 0) {
            end--;
        }
        return title.substring(0, end);
    }
}
