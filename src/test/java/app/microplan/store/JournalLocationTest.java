package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precedence: the --journal option, then journalFolder in the default folder's settings, then the default folder. */
class JournalLocationTest {
    @TempDir
    Path defaultFolder;

    private static Settings withJournalFolder(String folder) {
        return new Settings(null, null, null, null, null, null, null, folder, null, null);
    }

    private void settingInDefaultFolder(String folder) throws StoreException {
        JournalStore.open(defaultFolder).saveSettings(withJournalFolder(folder));
    }

    @Test
    void theCommandLineOptionWins() throws Exception {
        settingInDefaultFolder("/tmp/setting");

        assertThat(new JournalLocation(Path.of("/tmp/cli-journal"), defaultFolder).resolve())
                .isEqualTo(Path.of("/tmp/cli-journal"));
    }

    @Test
    void theSettingInTheDefaultFolderIsFollowedWithoutAnOption() throws Exception {
        settingInDefaultFolder("/tmp/setting");

        assertThat(new JournalLocation(null, defaultFolder).resolve()).isEqualTo(Path.of("/tmp/setting"));
    }

    @Test
    void withNeitherTheDefaultFolderIsUsed() throws Exception {
        assertThat(new JournalLocation(null, defaultFolder).resolve()).as("no settings.json").isEqualTo(defaultFolder);
        settingInDefaultFolder("  ");
        assertThat(new JournalLocation(null, defaultFolder).resolve()).as("a blank setting").isEqualTo(defaultFolder);
    }

    @Test
    void unreadableSettingsMeanNoSetting() throws Exception {
        Files.writeString(defaultFolder.resolve("settings.json"), "{ not json");

        assertThat(new JournalLocation(null, defaultFolder).resolve()).isEqualTo(defaultFolder);
    }

    @Test
    void twoLocationsAreEqualWhenTheirOptionAndDefaultFolderAre() {
        JournalLocation given = new JournalLocation(Path.of("/tmp/a"), defaultFolder);
        JournalLocation none = new JournalLocation(null, defaultFolder);

        assertThat(given).isEqualTo(new JournalLocation(Path.of("/tmp/a"), defaultFolder))
                .hasSameHashCodeAs(new JournalLocation(Path.of("/tmp/a"), defaultFolder));
        assertThat(none).isEqualTo(new JournalLocation(null, defaultFolder))
                .hasSameHashCodeAs(new JournalLocation(null, defaultFolder));
        assertThat(given).isNotEqualTo(none).isNotEqualTo(new JournalLocation(Path.of("/tmp/b"), defaultFolder))
                .isNotEqualTo(new JournalLocation(Path.of("/tmp/a"), defaultFolder.resolve("other")))
                .isNotEqualTo(Path.of("/tmp/a"));
        assertThat(none).isNotEqualTo(given);
    }

    @Test
    void aTildeMeansTheHomeFolder() {
        assertThat(new JournalLocation(null, defaultFolder).resolve(withJournalFolder("~/Sync/microplan")))
                .isEqualTo(Path.of(System.getProperty("user.home"), "Sync", "microplan"));
    }

    @Test
    void theOptionIsReadFromTheWindowsArgumentsInBothSpellings() {
        assertThat(JournalLocation.fromArguments(List.of("--journal", "/tmp/a")).option()).isEqualTo(Path.of("/tmp/a"));
        assertThat(JournalLocation.fromArguments(List.of("--journal=/tmp/b")).option()).isEqualTo(Path.of("/tmp/b"));
        assertThat(JournalLocation.fromArguments(List.of()).option()).isNull();
        assertThat(JournalLocation.fromArguments(List.of()).defaultFolder()).isEqualTo(JournalFolders.defaultFolder());
    }
}
