package app.microplan.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microplan.domain.PlanStatus;
import app.microplan.store.StoreException;
import app.microplan.ui.JournalFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal read ahead at start-up is the one the window gets, once; later openings read the folder again. */
class JournalPrefetchTest {
    private static final Instant T = Instant.parse("2026-03-02T09:30:00Z");

    @TempDir
    Path journal;

    @Test
    void theWindowGetsTheJournalReadAheadThenAFreshReadNextTime() throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.DRAFT, T));
        JournalPrefetch.start(journal).join();
        JournalFixtures.write(journal, JournalFixtures.ethShortDraft(T.minusSeconds(60)));

        assertThat(JournalPrefetch.read(journal).load().plans()).as("read ahead, before the second plan").hasSize(1);
        assertThat(JournalPrefetch.read(journal).load().plans()).as("read afresh").hasSize(2);
    }

    @Test
    void anotherFolderIsReadAfresh(@TempDir Path other) throws Exception {
        JournalFixtures.write(other, JournalFixtures.example1(PlanStatus.DRAFT, T),
                JournalFixtures.ethShortDraft(T.minusSeconds(60)));
        JournalPrefetch.start(journal).join();

        assertThat(JournalPrefetch.read(other).load().plans()).hasSize(2);
    }

    @Test
    void aFailedReadAheadFailsTheOpeningWithTheStoreMessage() throws Exception {
        Path notAFolder = Files.writeString(journal.resolve("file.txt"), "not a journal");
        JournalPrefetch.start(notAFolder).handle((ok, error) -> null).join();

        assertThatThrownBy(() -> JournalPrefetch.read(notAFolder)).isInstanceOf(StoreException.class)
                .hasMessageContaining("file.txt");
    }
}
