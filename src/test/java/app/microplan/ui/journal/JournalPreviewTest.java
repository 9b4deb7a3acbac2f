package app.microplan.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal is big, and its list comes from the summary index, from its 500th plan file on; other files do not count. */
class JournalPreviewTest {
    @TempDir
    Path journal;

    @Test
    void bigFromItsFiveHundredthPlanFile() throws Exception {
        Path plans = Files.createDirectories(journal.resolve("plans"));
        for (int i = 1; i < JournalPreview.BIG_JOURNAL; i++) {
            Files.createFile(plans.resolve("plan-" + i + ".json"));
        }
        Files.createFile(plans.resolve(".index.json"));
        Files.createFile(plans.resolve("plan-0.json.bak"));
        Files.createDirectories(plans.resolve("not-a-plan"));

        assertThat(JournalPreview.isBig(journal)).as("499 plan files and others").isFalse();
        Files.createFile(plans.resolve("plan-0.json"));
        assertThat(JournalPreview.isBig(journal)).as("500 plan files").isTrue();
    }

    @Test
    void aJournalWithoutPlansIsNotBig() {
        assertThat(JournalPreview.isBig(journal)).isFalse();
        assertThat(JournalPreview.isBig(journal.resolve("missing"))).isFalse();
    }
}
