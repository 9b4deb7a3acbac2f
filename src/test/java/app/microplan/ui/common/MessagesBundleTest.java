package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The German bundle is complete and really German: the checks a missing or forgotten translation fails. */
class MessagesBundleTest {
    /*
     * Texts the same in both languages because German traders say them so (Long, Short, Stop, the order types),
     * or the word is the same (Plan, Name, Status), or the text is only placeholders.
     */
    private static final Set<String> SAME_IN_GERMAN = Set.of("ladder.r", "stats.overrides.gain", "stats.overrides.amount", "ladder.basis.r", "ladder.row.stop", "ladder.breakeven", "liquidation.estimate", "liquidation.unknown", "reason.tick.named", "sizing.explain", "direction.LONG", "direction.SHORT", "sizing.long",
            "sizing.short", "sizing.stop", "orderType.LIMIT", "orderType.MARKET", "orderType.STOP", "tab.plan",
            "prefs.name", "header.status", "exitReason.STOP", "review.figure.funding", "sheet.status", "sheet.stop", "position.largest", "stats.funding", "stats.col.name", "stats.col.trades", "stats.col.pf", "position.label.margin", "position.label.funding", "position.title", "execution.col.inR", "header.title", "menu.playbooks", "rules.chipAccessible", "list.title",
            "table.status", "table.symbol", "table.tags",
            "playbook.title", "playbook.name", "report.playbooks", "report.col.playbook", "execution.part.stop", "execution.part.funding", "execution.sized",
            "execution.filled");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/app/microplan/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void germanHasEveryKeyOfTheDefaultBundleAndNoOthers() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");

        assertThat(english).hasSizeGreaterThan(150);
        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noGermanTextIsLeftInEnglishExceptTheWordsGermanTradersShare() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        Set<String> identical = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).equals(german.getProperty(key))) {
                identical.add(key);
            }
        }

        assertThat(identical).isSubsetOf(SAME_IN_GERMAN);
    }

    @Test
    void bothLanguagesFillTheSamePlaceholdersAndEveryPatternParses() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(german.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
            for (Properties bundle : new Properties[] {english, german}) {
                String text = bundle.getProperty(key);
                if (!placeholders(text).isEmpty()) {
                    new MessageFormat(text);
                    // One apostrophe would swallow the rest of the text in MessageFormat.
                    assertThat(text.replace("''", "")).as(key).doesNotContain("'");
                }
                assertThat(text.chars().filter(c -> c == '_').count()).as("one mnemonic at most: " + key)
                        .isLessThanOrEqualTo(1);
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
