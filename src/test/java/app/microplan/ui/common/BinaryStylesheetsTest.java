package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryStylesheetsTest {
    @Test
    void aStylesheetsBinaryFormHoldsTheSameRulesAsItsText(@TempDir Path folder) throws IOException {
        Path css = folder.resolve("sample.css");
        Files.writeString(css, """
                /* a comment, with a trader's apostrophe */
                .plan-header { -fx-padding: 12 16 10 16; -fx-border-color: transparent transparent -color-border-muted; }
                .gauge-bar:warning > .fill { -fx-background-color: -color-warning-emphasis; }
                """);

        Path binary = BinaryStylesheets.write(css);

        assertThat(binary).isEqualTo(folder.resolve("sample.bss")).exists();
        List<String> rules = rulesOf(Stylesheet.loadBinary(binary.toUri().toURL()));
        assertThat(rules).hasSize(2).isEqualTo(rulesOf(new CssParser().parse(css.toUri().toURL())));
        assertThat(rules.get(1)).contains("warning").contains("-fx-background-color").contains("-color-warning-emphasis");
    }

    @Test
    void theBuildWritesEveryStylesheetOfTheAppInBinaryFormFromItsCurrentText() throws Exception {
        // The classes folder the tests run from (found by one of its stylesheets: the test classes have a ui folder
        // too): the build's exec-maven-plugin step has run over it (pom.xml).
        Path ui = Path.of(Styling.class.getResource("/app/microplan/ui/shell/shell.css").toURI()).getParent().getParent();
        List<Path> stylesheets = BinaryStylesheets.stylesheetsUnder(ui);

        assertThat(stylesheets).hasSizeGreaterThanOrEqualTo(10);
        for (Path css : stylesheets) {
            Path binary = css.resolveSibling(css.getFileName().toString().replace(".css", ".bss"));
            assertThat(binary).as("binary form of %s", css.getFileName()).exists();
            List<String> fromText = rulesOf(new CssParser().parse(css.toUri().toURL()));
            assertThat(fromText).as("rules of %s", css.getFileName()).isNotEmpty();
            assertThat(rulesOf(Stylesheet.loadBinary(binary.toUri().toURL()))).as(css.getFileName().toString())
                    .isEqualTo(fromText);
        }
    }

    @Test
    void aFolderWithoutStylesheetsIsLeftAsItIs(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "no stylesheet here");

        BinaryStylesheets.main(new String[] {folder.toString()});

        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
    }

    /** Each rule as its selectors and its declarations (a binary rule reads its declarations when first asked). */
    private static List<String> rulesOf(Stylesheet stylesheet) {
        List<String> rules = new ArrayList<>();
        for (Rule rule : stylesheet.getRules()) {
            StringBuilder text = new StringBuilder();
            for (Selector selector : rule.getSelectors()) {
                text.append(selector).append(' ');
            }
            for (Declaration declaration : rule.getDeclarations()) {
                text.append(declaration.getProperty()).append(':').append(declaration.getParsedValue()).append(';');
            }
            rules.add(text.toString());
        }
        return rules;
    }
}
