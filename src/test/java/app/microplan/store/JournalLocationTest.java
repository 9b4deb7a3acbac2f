package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JournalLocationTest {
    private static Settings withJournalFolder(String folder) {
        return new Settings(null, null, null, null, null, null, null, folder, null, null);
    }

    @Test
    void theCommandLineOptionWins() {
        assertThat(JournalLocation.resolve(Path.of("/tmp/cli-journal"), withJournalFolder("/tmp/setting")))
                .isEqualTo(Path.of("/tmp/cli-journal"));
    }

    @Test
    void theSettingIsUsedWithoutAnOption() {
        assertThat(JournalLocation.resolve(null, withJournalFolder("/tmp/setting"))).isEqualTo(Path.of("/tmp/setting"));
    }

    @Test
    void withNeitherTheDefaultFolderIsUsed() {
        assertThat(JournalLocation.resolve(null, withJournalFolder("  "))).isEqualTo(JournalFolders.defaultFolder());
        assertThat(JournalLocation.resolve(null, Settings.defaults())).isEqualTo(JournalFolders.defaultFolder());
    }

    @Test
    void aTildeMeansTheHomeFolder() {
        assertThat(JournalLocation.resolve(null, withJournalFolder("~/Sync/microplan")))
                .isEqualTo(Path.of(System.getProperty("user.home"), "Sync", "microplan"));
    }
}
