package app.microplan.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The words the journal search looks in for one plan, lower case ({@link PlanSummary#searchTextOf}), kept as UTF-8
 * bytes. Read from the summary index, every plan's search text is a slice of one array, not a text of its own: at
 * 100,000 plans they are most of the index's bytes, and decoding each into a string of its own was most of its
 * reading time (decision 0022). A word is found in the bytes exactly where it is found in the text, as UTF-8 never
 * encodes one character's bytes inside another's.
 */
public final class SearchText {
    public static final SearchText EMPTY = new SearchText(new byte[0], 0, 0);

    private final byte[] bytes;
    private final int offset;
    private final int length;

    SearchText(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /** The search text {@code lowerCase}, already in lower case. */
    public static SearchText of(String lowerCase) {
        byte[] encoded = lowerCase.getBytes(StandardCharsets.UTF_8);
        return new SearchText(encoded, 0, encoded.length);
    }

    /** A word as {@link #contains} takes it: its UTF-8 bytes, so a search encodes each word once, not once a plan. */
    public static byte[] word(String word) {
        return word.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the word's bytes ({@link #word}) appear in this text. */
    public boolean contains(byte[] word) {
        int last = offset + length - word.length;
        outer:
        for (int start = offset; start <= last; start++) {
            for (int i = 0; i < word.length; i++) {
                if (bytes[start + i] != word[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public String text() {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    int length() {
        return length;
    }

    /** Writes its bytes where the index keeps them. */
    void copyTo(byte[] target, int at) {
        System.arraycopy(bytes, offset, target, at, length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchText that
                && Arrays.equals(bytes, offset, offset + length, that.bytes, that.offset, that.offset + that.length);
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + bytes[i];
        }
        return hash;
    }

    @Override
    public String toString() {
        return text();
    }
}
