package app.microplan.checklist;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Wraps one paragraph into lines no wider than a width. Breaks where the line-break rules allow (after spaces,
 * between CJK characters), and cuts a word that is wider than a whole line (a long URL) between characters.
 */
final class LineBreaker {
    private LineBreaker() {
    }

    static List<String> wrap(String paragraph, float maxWidth, ToDoubleFunction<String> width) {
        return wrap(paragraph, maxWidth, (start, text) -> width.applyAsDouble(text));
    }

    /** The width of {@code text}, which starts at {@code start} in the paragraph (a run in two styles). */
    @FunctionalInterface
    interface RunWidth {
        double width(int start, String text);
    }

    /**
     * Wraps a paragraph whose characters are not all in one style (a rule's bold name running into its regular
     * message): {@code width} measures each piece knowing where in the paragraph it starts.
     */
    static List<String> wrap(String paragraph, float maxWidth, RunWidth width) {
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(paragraph);
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String segment = paragraph.substring(start, end);
            double segmentWidth = width.width(start, segment);
            double visibleWidth = width.width(start, segment.stripTrailing());
            if (lineWidth + visibleWidth <= maxWidth) {
                line.append(segment);
                lineWidth += segmentWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
            }
            if (visibleWidth <= maxWidth) {
                line.append(segment);
                lineWidth = segmentWidth;
            } else {
                lineWidth = cutLongWord(segment, start, maxWidth, width, lines, line);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Emits full lines of the word's characters; what is left stays in {@code line}. Returns its width. */
    private static double cutLongWord(String word, int start, float maxWidth, RunWidth width,
                                      List<String> lines, StringBuilder line) {
        double lineWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            double characterWidth = width.width(start + i, character);
            i += Character.charCount(codePoint);
            if (lineWidth + characterWidth > maxWidth && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            line.append(character);
            lineWidth += characterWidth;
        }
        return lineWidth;
    }
}
