package app.microplan.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    /** Every character one unit wide: widths are counts. */
    private static final ToDoubleFunction<String> COUNT = String::length;

    @Test
    void breaksAtSpacesAndDropsTheSpaceAtTheBreak() {
        assertThat(LineBreaker.wrap("stop at sixty nine three", 12, COUNT))
                .containsExactly("stop at", "sixty nine", "three");
    }

    @Test
    void chineseBreaksBetweenCharacters() {
        assertThat(LineBreaker.wrap("止损单已下达止损单", 4, COUNT)).containsExactly("止损单已", "下达止损", "单");
    }

    @Test
    void aWordWiderThanTheLineIsCutBetweenCharacters() {
        assertThat(LineBreaker.wrap("see abcdefghijklmnopqrstuvwxyz", 10, COUNT))
                .containsExactly("see", "abcdefghij", "klmnopqrst", "uvwxyz");
    }

    @Test
    void anEmptyParagraphIsOneEmptyLine() {
        assertThat(LineBreaker.wrap("", 10, COUNT)).containsExactly("");
    }

    @Property
    void linesFitAndNoCharacterIsLost(@ForAll @StringLength(max = 200) @Chars({'a', 'b', ' ', '止', 'с', '-'}) String text,
                                      @ForAll @IntRange(min = 1, max = 40) int width) {
        List<String> lines = LineBreaker.wrap(text, width, COUNT);

        assertThat(lines).allMatch(line -> line.length() <= width);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }
}
