package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microplan.domain.Playbook;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playbooks.json}: saved like every journal file, read back as written, never saved over by mistake. */
class PlaybookStoreTest {
    private static final Playbook BREAKOUT = new Playbook("pb-1", "Breakout", "Retest of the level",
            List.of("Close beyond the level"), List.of("Which level?"), new BigDecimal("2.0"), List.of("breakout"),
            new BigDecimal("0.0075"));
    private static final Playbook FADE = new Playbook("pb-2", "Range fade", "", List.of(), List.of(), null,
            List.of(), new BigDecimal("0.005"));

    @Test
    @DisplayName("no file: no playbooks; saved and read again: the same, decimals as written, schemaVersion first")
    void roundTrip(@TempDir Path journal) throws Exception {
        PlaybookStore store = PlaybookStore.in(journal);
        assertThat(store.load()).isEmpty();

        store.save(List.of(BREAKOUT, FADE));

        assertThat(PlaybookStore.in(journal).load()).containsExactly(BREAKOUT, FADE);
        String json = Files.readString(journal.resolve("playbooks.json"));
        assertThat(json).startsWith("{\n  \"schemaVersion\" : 1,").contains("\"minRewardRisk\" : 2.0",
                "\"riskCap\" : 0.0075");
    }

    @Test
    @DisplayName("a second save keeps the first as .bak")
    void keepsBackup(@TempDir Path journal) throws Exception {
        PlaybookStore store = PlaybookStore.in(journal);
        store.save(List.of(BREAKOUT));
        store.save(List.of(BREAKOUT, FADE));

        assertThat(Files.readString(journal.resolve("playbooks.json.bak"))).doesNotContain("Range fade");
        assertThat(store.load()).hasSize(2);
    }

    @Test
    @DisplayName("two playbooks of one name are refused, and nothing is written")
    void namesAreUnique(@TempDir Path journal) {
        Playbook twin = new Playbook("pb-3", "BREAKOUT", "", null, null, null, null, null);
        assertThatThrownBy(() -> PlaybookStore.in(journal).save(List.of(BREAKOUT, twin)))
                .hasMessage("Two playbooks are named \"BREAKOUT\"; give each its own name");
        assertThat(journal.resolve("playbooks.json")).doesNotExist();
    }

    @Test
    @DisplayName("a damaged file is named with its reason and never saved over")
    void damagedFile(@TempDir Path journal) throws Exception {
        Files.writeString(journal.resolve("playbooks.json"), "{ \"schemaVersion\": 1, \"playbooks\": [ {\"id\": 3");
        PlaybookStore store = PlaybookStore.in(journal);

        assertThatThrownBy(store::load).isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("playbooks.json: ");
        assertThatThrownBy(() -> store.save(List.of(FADE))).isInstanceOf(SaveConflictException.class);
        assertThat(Files.readString(journal.resolve("playbooks.json"))).endsWith("{\"id\": 3");
    }

    @Test
    @DisplayName("a playbook with a risk above 2 % in the file is refused with the reason")
    void invalidPlaybook(@TempDir Path journal) throws Exception {
        Files.writeString(journal.resolve("playbooks.json"), "{ \"schemaVersion\": 1, \"playbooks\": [ {\"id\": \"a\","
                + " \"name\": \"Bold\", \"riskCap\": 0.05} ] }");
        assertThatThrownBy(() -> PlaybookStore.in(journal).load()).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("at most 2.00 %");
    }

    @Test
    @DisplayName("a file from a newer Microplan is read as far as understood, and not overwritten")
    void newerFile(@TempDir Path journal) throws Exception {
        Files.writeString(journal.resolve("playbooks.json"), "{ \"schemaVersion\": 2, \"playbooks\": [ {\"id\": \"a\","
                + " \"name\": \"Later\", \"colour\": \"red\"} ] }");
        PlaybookStore store = PlaybookStore.in(journal);

        assertThat(store.load()).extracting(Playbook::name).containsExactly("Later");
        assertThatThrownBy(() -> store.save(List.of(FADE))).hasMessageContaining("newer Microplan");
        assertThat(Files.readString(journal.resolve("playbooks.json"))).contains("colour");
    }

    @Test
    @DisplayName("a file changed by another program after it was read is not overwritten")
    void changedOnDisk(@TempDir Path journal) throws Exception {
        PlaybookStore store = PlaybookStore.in(journal);
        store.save(List.of(BREAKOUT));
        PlaybookStore otherWindow = PlaybookStore.in(journal);
        otherWindow.load();
        otherWindow.save(List.of(FADE));

        assertThatThrownBy(() -> store.save(List.of(BREAKOUT, FADE))).isInstanceOf(SaveConflictException.class);
        assertThat(PlaybookStore.in(journal).load()).containsExactly(FADE);
    }
}
