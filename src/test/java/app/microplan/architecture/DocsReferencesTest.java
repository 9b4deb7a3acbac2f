package app.microplan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the code, the tests and the README cite lives in the repository's docs/ (the project is self-contained). */
class DocsReferencesTest {
    private static final Pattern DOC = Pattern.compile("docs/[A-Za-z0-9_./-]+\\.md");

    private static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> walk = Files.walk(Path.of("src"))) {
            walk.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
        }
        try (Stream<Path> walk = Files.walk(Path.of("docs"))) {
            walk.filter(f -> f.toString().endsWith(".md")).forEach(files::add);
        }
        return files;
    }

    @Test
    void everyCitedDocumentIsInDocs() throws IOException {
        List<String> missing = new ArrayList<>();
        int cited = 0;
        for (Path file : sources()) {
            Matcher doc = DOC.matcher(Files.readString(file));
            while (doc.find()) {
                cited++;
                if (!Files.isRegularFile(Path.of(doc.group()))) {
                    missing.add(file + " cites " + doc.group());
                }
            }
        }
        assertThat(cited).as("documents cited").isGreaterThan(10);
        assertThat(missing).isEmpty();
    }

    @Test
    void nothingPointsAtADesignFileOutsideTheRepository() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            if (text.contains("DESIGN" + ".md") || text.contains("/work/" + "shared")) {
                outside.add(file.toString());
            }
        }
        assertThat(outside).isEmpty();
    }
}
