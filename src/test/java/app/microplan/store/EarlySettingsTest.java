package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlySettingsTest {
    @TempDir
    Path temp;

    @Test
    void theLanguageAndThemeSavedWithTheSettingsAreFoundBeforeJacksonIsLoaded() throws Exception {
        Path journal = temp.resolve("journal");
        JournalStore.open(journal).saveSettings(Settings.defaults().withLanguage("de").withTheme("dark"));

        assertThat(EarlySettings.of(JournalLocation.given(journal))).isEqualTo(new EarlySettings("de", "dark"));
        assertThat(JournalStore.open(journal).loadSettings().language()).isEqualTo("de");
        assertThat(JournalStore.open(journal).loadSettings().theme()).isEqualTo("dark");
    }

    @Test
    void aMovedJournalIsFollowedFromTheDefaultFoldersPointer() throws Exception {
        Path moved = temp.resolve("synced \"journal\"");
        Path defaultFolder = temp.resolve("default");
        JournalStore.open(moved).saveSettings(Settings.defaults().withLanguage("de").withTheme("dark"));
        JournalStore.open(defaultFolder).saveSettings(new Settings(null, null, null, null, null, null, null,
                moved.toString(), null, null));

        assertThat(EarlySettings.of(new JournalLocation(null, defaultFolder)))
                .isEqualTo(new EarlySettings("de", "dark"));
    }

    @Test
    void theJournalsFolderIsFoundWhereTheFullSettingsFindIt() throws Exception {
        Path moved = temp.resolve("synced \"journal\" \\ here");
        Path defaultFolder = temp.resolve("default");
        Path unreadable = temp.resolve("unreadable");
        JournalStore.open(defaultFolder).saveSettings(new Settings(null, null, null, null, null, null, null,
                moved.toString(), null, null));
        Files.createDirectories(unreadable);
        Files.writeString(unreadable.resolve("settings.json"), "{ \"journalFolder\": ");
        JournalLocation pointed = new JournalLocation(null, defaultFolder);
        JournalLocation notPointed = new JournalLocation(null, unreadable);
        JournalLocation given = new JournalLocation(moved, defaultFolder);

        assertThat(EarlySettings.journalFolder(pointed)).isEqualTo(moved).isEqualTo(pointed.resolve());
        assertThat(EarlySettings.journalFolder(notPointed)).isEqualTo(unreadable).isEqualTo(notPointed.resolve());
        assertThat(EarlySettings.journalFolder(given)).isEqualTo(moved).isEqualTo(given.resolve());
    }

    @Test
    void noSettingsOrAnUnreadableFileMeanTheSystemsLanguageAndTheDefaultTheme() throws Exception {
        Path journal = temp.resolve("broken");
        Files.createDirectories(journal);
        Files.writeString(journal.resolve("settings.json"), "{ not json");

        assertThat(EarlySettings.of(JournalLocation.given(journal))).isEqualTo(new EarlySettings(null, null));
        assertThat(EarlySettings.of(JournalLocation.given(temp.resolve("none"))))
                .isEqualTo(new EarlySettings(null, null));
        assertThat(Settings.defaults().language()).isNull();
    }
}
