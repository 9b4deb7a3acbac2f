package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageSettingTest {
    @TempDir
    Path temp;

    @Test
    void theLanguageSavedWithTheSettingsIsFoundBeforeJacksonIsLoaded() throws Exception {
        Path journal = temp.resolve("journal");
        JournalStore.open(journal).saveSettings(Settings.defaults().withLanguage("de"));

        assertThat(LanguageSetting.of(JournalLocation.given(journal))).isEqualTo("de");
        assertThat(JournalStore.open(journal).loadSettings().language()).isEqualTo("de");
    }

    @Test
    void aMovedJournalIsFollowedFromTheDefaultFoldersPointer() throws Exception {
        Path moved = temp.resolve("synced \"journal\"");
        Path defaultFolder = temp.resolve("default");
        JournalStore.open(moved).saveSettings(Settings.defaults().withLanguage("de"));
        JournalStore.open(defaultFolder).saveSettings(new Settings(null, null, null, null, null, null, null,
                moved.toString(), null, null));

        assertThat(LanguageSetting.of(new JournalLocation(null, defaultFolder))).isEqualTo("de");
    }

    @Test
    void noSettingsOrAnUnreadableFileMeanTheSystemsLanguage() throws Exception {
        Path journal = temp.resolve("broken");
        Files.createDirectories(journal);
        Files.writeString(journal.resolve("settings.json"), "{ not json");

        assertThat(LanguageSetting.of(JournalLocation.given(journal))).isNull();
        assertThat(LanguageSetting.of(JournalLocation.given(temp.resolve("none")))).isNull();
        assertThat(Settings.defaults().language()).isNull();
    }
}
