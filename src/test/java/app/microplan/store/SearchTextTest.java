package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** A search text found by its UTF-8 bytes finds exactly what the text itself would. */
class SearchTextTest {

    @Property(tries = 2000)
    void findsAWordExactlyWhereTheTextHasIt(@ForAll @StringLength(max = 40) String text,
                                            @ForAll @StringLength(min = 1, max = 4) String word) {
        String lower = text.toLowerCase();
        String sought = word.toLowerCase();

        assertThat(SearchText.of(lower).contains(SearchText.word(sought))).isEqualTo(lower.contains(sought));
    }

    @Property(tries = 500)
    void findsEveryPartOfItsText(@ForAll @StringLength(min = 1, max = 40) String text) {
        String part = text.substring(text.length() / 3, text.length() - text.length() / 3);

        assertThat(SearchText.of(text).contains(SearchText.word(part))).isTrue();
    }

    @Example
    void aSliceOfASharedBlockIsOnlyItsOwnText() {
        byte[] block = "breakoutrangeöl".getBytes(StandardCharsets.UTF_8);
        SearchText range = new SearchText(block, 8, 5);

        assertThat(range.text()).isEqualTo("range");
        assertThat(range.contains(SearchText.word("range"))).isTrue();
        assertThat(range.contains(SearchText.word("tr"))).as("across its start").isFalse();
        assertThat(range.contains(SearchText.word("eö"))).as("across its end").isFalse();
        assertThat(range).isEqualTo(SearchText.of("range")).hasSameHashCodeAs(SearchText.of("range"));
        assertThat(range).isNotEqualTo(SearchText.of("rang"));
    }
}
