package app.microplan.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microplan.domain.PlanStatus;
import app.microplan.samples.SampleJournal;
import app.microplan.store.EarlySettings;
import app.microplan.store.JournalLocation;
import app.microplan.store.JournalStore;
import app.microplan.store.Settings;
import app.microplan.store.StoreException;
import app.microplan.store.UnsyncedPlanFiles;
import app.microplan.ui.JournalFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
        JournalPrefetch.start(JournalLocation.given(journal)).join();
        JournalFixtures.write(journal, JournalFixtures.ethShortDraft(T.minusSeconds(60)));

        assertThat(JournalPrefetch.read(JournalLocation.given(journal)).load().plans()).as("read ahead, before the second plan").hasSize(1);
        assertThat(JournalPrefetch.read(JournalLocation.given(journal)).load().plans()).as("read afresh").hasSize(2);
    }

    @Test
    void anotherFolderIsReadAfresh(@TempDir Path other) throws Exception {
        JournalFixtures.write(other, JournalFixtures.example1(PlanStatus.DRAFT, T),
                JournalFixtures.ethShortDraft(T.minusSeconds(60)));
        JournalPrefetch.start(JournalLocation.given(journal)).join();

        assertThat(JournalPrefetch.read(JournalLocation.given(other)).load().plans()).hasSize(2);
    }

    @Test
    void aFailedReadAheadFailsTheOpeningWithTheStoreMessage() throws Exception {
        Path notAFolder = Files.writeString(journal.resolve("file.txt"), "not a journal");
        JournalPrefetch.start(JournalLocation.given(notAFolder)).handle((ok, error) -> null).join();

        assertThatThrownBy(() -> JournalPrefetch.read(JournalLocation.given(notAFolder))).isInstanceOf(StoreException.class)
                .hasMessageContaining("file.txt");
    }

    @Test
    void withoutAnOptionTheJournalTheDefaultFolderPointsToIsRead(@TempDir Path defaultFolder) throws Exception {
        JournalStore.open(defaultFolder).saveSettings(new Settings(null, null, null, null, null, null, null,
                journal.toString(), null, null));
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.DRAFT, T));
        JournalLocation usual = new JournalLocation(null, defaultFolder);

        OpenedJournal opened = JournalPrefetch.start(usual).join();

        assertThat(opened.store().folder()).isEqualTo(journal.toAbsolutePath().normalize());
        assertThat(JournalPrefetch.read(usual).load().plans()).hasSize(1);
    }

    @Test
    void aBigJournalsListReadAheadIsHandedOutOnceThenReadAfresh() throws Exception {
        writeBigJournal(journal, "t");
        JournalLocation location = JournalLocation.given(journal);
        JournalPrefetch.start(location).join();

        assertThat(JournalPrefetch.listIfReadAlready(JournalLocation.given(journal.resolve("other"))))
                .as("another journal's").isNull();
        SummaryListViewModel readAhead = JournalPrefetch.listIfReadAlready(location);
        assertThat(readAhead).isNotNull();
        assertThat(readAhead.shownPlans()).hasSize(JournalPreview.BIG_JOURNAL);
        assertThat(JournalPrefetch.listIfReadAlready(location)).as("handed out once").isNull();
        SummaryListViewModel again = JournalPrefetch.list(location);
        assertThat(again).isNotSameAs(readAhead);
        assertThat(again.shownPlans()).hasSize(JournalPreview.BIG_JOURNAL);
        assertThat(JournalPrefetch.read(location).load().plans()).hasSize(JournalPreview.BIG_JOURNAL);
    }

    @Test
    void aLongIndexsListBegunAsTheAppStartsIsTheOneTheWindowGets() throws Exception {
        JournalLocation location = bigJournalBegun(0);

        assertThat(JournalPrefetch.isBig(location, 30_000)).isTrue();
        assertThat(JournalPrefetch.pendingList(location).get(30, TimeUnit.SECONDS)).as("read before the window")
                .isNotNull();
        assertThat(JournalPrefetch.start(location).join()).as("its plans are read by the window").isNull();
        assertThat(JournalPrefetch.list(location).shownPlans()).hasSize(JournalPreview.BIG_JOURNAL);
        assertThat(JournalPrefetch.read(location).load().plans()).hasSize(JournalPreview.BIG_JOURNAL);
    }

    @Test
    void aShorterIndexsListIsReadOnceTheWindowStartsIt() throws Exception {
        JournalLocation location = bigJournalBegun(JournalPreview.LONG_INDEX_BYTES);

        assertThat(JournalPrefetch.isBig(location, 30_000)).as("counted as the app starts").isTrue();
        // Read before the window, 500 plans' list would be there within this half second (it takes ~0.1-0.3 s).
        assertThatThrownBy(() -> JournalPrefetch.pendingList(location).get(500, TimeUnit.MILLISECONDS))
                .isInstanceOf(TimeoutException.class);
        JournalPrefetch.start(location);
        assertThat(JournalPrefetch.list(location).shownPlans()).hasSize(JournalPreview.BIG_JOURNAL);
    }

    @Test
    void aLongIndexsListIsReadAgainWhereTheFullSettingsPoint(@TempDir Path defaultFolder, @TempDir Path other)
            throws Exception {
        writeBigJournal(journal, "t");
        writeBigJournal(other, "u");
        // Two pointers: the settings' text is searched for the first, Jackson keeps the last.
        Files.writeString(defaultFolder.resolve("settings.json"), "{ \"journalFolder\" : \"" + json(journal)
                + "\", \"journalFolder\" : \"" + json(other) + "\" }");
        JournalLocation usual = new JournalLocation(null, defaultFolder);
        assertThat(EarlySettings.journalFolder(usual)).isEqualTo(journal.toAbsolutePath());
        assertThat(usual.resolve()).isEqualTo(other.toAbsolutePath());

        JournalPrefetch.begin(usual, 0);
        JournalPrefetch.start(usual);

        assertThat(JournalPrefetch.list(usual).shownPlans()).hasSize(JournalPreview.BIG_JOURNAL)
                .allMatch(plan -> plan.id().startsWith("u"));
        assertThat(JournalPrefetch.read(usual).store().folder()).isEqualTo(other.toAbsolutePath().normalize());
    }

    /** A journal of {@link JournalPreview#BIG_JOURNAL} plans in {@code folder}, their ids starting with {@code prefix}. */
    private static void writeBigJournal(Path folder, String prefix) throws Exception {
        UnsyncedPlanFiles.write(folder, new SampleJournal(7L, Instant.parse("2024-01-08T07:00:00Z"), prefix)
                .plans(JournalPreview.BIG_JOURNAL));
    }

    /** The test's journal, big, with its reading begun as the app starts it (a long index from that many bytes). */
    private JournalLocation bigJournalBegun(long longIndexBytes) throws Exception {
        writeBigJournal(journal, "t");
        JournalLocation location = JournalLocation.given(journal);
        JournalPrefetch.begin(location, longIndexBytes);
        return location;
    }

    private static String json(Path folder) {
        return folder.toAbsolutePath().toString().replace("\\", "\\\\");
    }

    @Test
    void aSmallJournalsPlansBegunAsTheAppStartsAreReadOnlyOnceTheWindowStartsIt() throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.DRAFT, T));
        JournalLocation location = JournalLocation.given(journal);
        JournalPrefetch.begin(location);
        assertThat(JournalPrefetch.isBig(location, 30_000)).as("counted").isFalse();
        // Read while JavaFX starts, they would be read within this half second (a few ms to a few hundred).
        assertThatThrownBy(() -> JournalPrefetch.pendingJournal(location).get(500, TimeUnit.MILLISECONDS))
                .isInstanceOf(TimeoutException.class);
        JournalFixtures.write(journal, JournalFixtures.ethShortDraft(T.minusSeconds(60)));

        assertThat(JournalPrefetch.start(location).join().load().plans()).as("read after start").hasSize(2);
        assertThat(JournalPrefetch.read(location).load().plans()).hasSize(2);
    }

    @Test
    void aJournalTheDefaultFoldersSettingsPointToInAWayOnlyJacksonReadsIsReadThereAllTheSame(
            @TempDir Path defaultFolder) throws Exception {
        Path moved = journal.resolve("moved").toAbsolutePath();
        writeBigJournal(moved, "t");
        // The pointer with the folder's name written in JSON escapes (\u006D for "m"): the settings' text alone names
        // another folder beside it, which does not exist.
        String escapedName = "moved".chars().mapToObj(c -> String.format("\\u%04X", c))
                .collect(java.util.stream.Collectors.joining());
        String pointer = (journal.toAbsolutePath() + java.io.File.separator).replace("\\", "\\\\") + escapedName;
        Files.writeString(defaultFolder.resolve("settings.json"), "{ \"journalFolder\" : \"" + pointer + "\" }");
        JournalLocation usual = new JournalLocation(null, defaultFolder);
        assertThat(usual.resolve()).isEqualTo(moved);
        assertThat(EarlySettings.journalFolder(usual)).isNotEqualTo(moved);

        JournalPrefetch.begin(usual);
        JournalPrefetch.start(usual);

        assertThat(JournalPrefetch.list(usual)).as("the list of the folder Jackson reads").isNotNull()
                .extracting(list -> list.shownPlans().size()).isEqualTo(JournalPreview.BIG_JOURNAL);
        assertThat(JournalPrefetch.read(usual).store().folder()).isEqualTo(moved.normalize());
    }

    @Test
    void aSmallJournalHasNoListReadAhead() throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.DRAFT, T));
        JournalLocation location = JournalLocation.given(journal);
        JournalPrefetch.start(location).join();

        assertThat(JournalPrefetch.listIfReadAlready(location)).isNull();
        assertThat(JournalPrefetch.list(location)).isNull();
        assertThat(JournalPrefetch.read(location).load().plans()).hasSize(1);
    }
}
