package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary index beside the plans (plans/.index.bin): rebuilt when a plan changes behind it, ignored and rebuilt
 * when damaged, and the list it gives is the one the plan files give.
 */
class JournalIndexTest {

    private static JournalStore journalOf(Path folder, int plans) throws StoreException {
        JournalStore store = JournalStore.open(folder);
        for (int i = 0; i < plans; i++) {
            store.savePlan(TestPlans.withNotes(TestPlans.btcLong("plan-" + i), "note " + i));
        }
        return store;
    }

    /** What the journal list shows of each plan, worked out from the plans themselves (no index). */
    private static List<PlanSummary> fromPlanFiles(JournalStore store) throws StoreException {
        return store.loadPlans().plans().stream().map(p -> PlanSummary.of(p.plan(), p.readOnly())).toList();
    }

    @Test
    @DisplayName("the list shows the same plans with and without the index, and a second read parses nothing")
    void sameWithAndWithout(@TempDir Path folder) throws StoreException {
        JournalStore store = journalOf(folder, 12);
        Path index = JournalIndex.fileOf(store.plansFolder());
        assertThat(index).doesNotExist();

        JournalIndex.Summaries built = store.loadSummaries();
        JournalIndex.Summaries fromIndex = store.loadSummaries();

        assertThat(built.parsed()).isEqualTo(12);
        assertThat(built.written()).isTrue();
        assertThat(index).isRegularFile();
        assertThat(fromIndex.reused()).isEqualTo(12);
        assertThat(fromIndex.parsed()).isZero();
        assertThat(fromIndex.written()).isFalse();
        List<PlanSummary> expected = fromPlanFiles(store);
        assertThat(built.plans()).isEqualTo(expected);
        assertThat(fromIndex.plans()).isEqualTo(expected);
        PlanSummary third = fromIndex.plans().stream().filter(p -> p.id().equals("plan-3")).findFirst().orElseThrow();
        assertThat(third.searchText().text()).contains("note 3", "range break", "btc-micro-0.01", "long", "draft");
        assertThat(third.riskFraction()).isEqualByComparingTo("0.0098");
    }

    @Test
    @DisplayName("a plan saved, added or removed behind the index is read from its file, and the index rebuilt")
    void rebuiltWhenAPlanChangesBehindIt(@TempDir Path folder) throws Exception {
        JournalStore store = journalOf(folder, 5);
        store.loadSummaries();
        // Another program (a second store on the same folder) changes the journal behind the index.
        JournalStore other = JournalStore.open(folder);
        other.loadPlans();
        TradePlan changed = TestPlans.withNotes(TestPlans.btcLong("plan-2"), "note 2").withStatus(PlanStatus.READY);
        other.savePlan(changed);
        other.savePlan(TestPlans.btcLong("plan-new"));
        other.deletePlan("plan-4");

        JournalIndex.Summaries after = store.loadSummaries();

        assertThat(after.plans()).extracting(PlanSummary::id)
                .containsExactly("plan-0", "plan-1", "plan-2", "plan-3", "plan-new");
        assertThat(after.plans().get(2).status()).isEqualTo(PlanStatus.READY);
        assertThat(after.reused()).isEqualTo(3);
        assertThat(after.parsed()).isEqualTo(2);
        assertThat(after.written()).isTrue();
        assertThat(after.plans()).isEqualTo(fromPlanFiles(store));
        // The rewritten index: its reused rows' details copied as they were read, the others encoded.
        JournalIndex.Summaries again = store.loadSummaries();
        assertThat(again.reused()).isEqualTo(5);
        assertThat(again.plans()).isEqualTo(fromPlanFiles(store));
    }

    @Test
    @DisplayName("read on one thread, the list is the one every core gives: built, reused, and with plans changed behind it")
    void onOneThread(@TempDir Path folder) throws Exception {
        int plans = JournalIndex.PARSED_ON_ONE_THREAD + 20;
        JournalStore store = journalOf(folder, plans);

        JournalIndex.Summaries built = JournalIndex.readOnOneThread(store.plansFolder());
        JournalIndex.Summaries fromIndex = JournalIndex.readOnOneThread(store.plansFolder());
        JournalStore other = JournalStore.open(folder);
        other.loadPlans();
        other.savePlan(TestPlans.withNotes(TestPlans.btcLong("plan-7"), "note 7").withStatus(PlanStatus.READY));
        other.deletePlan("plan-9");
        JournalIndex.Summaries changed = JournalIndex.readOnOneThread(store.plansFolder());

        assertThat(built.parsed()).as("more to parse than one thread parses").isEqualTo(plans);
        assertThat(built.written()).isTrue();
        assertThat(fromIndex.reused()).isEqualTo(plans);
        assertThat(fromIndex.plans()).isEqualTo(built.plans());
        assertThat(changed.parsed()).isEqualTo(1);
        assertThat(changed.reused()).isEqualTo(plans - 2);
        assertThat(changed.plans()).isEqualTo(fromPlanFiles(store)).hasSize(plans - 1);
        assertThat(changed.plans()).filteredOn(p -> p.id().equals("plan-7")).extracting(PlanSummary::status)
                .containsExactly(PlanStatus.READY);
        assertThat(JournalIndex.read(store.plansFolder()).plans()).as("on every core").isEqualTo(changed.plans());
    }

    @Test
    @DisplayName("a plan file rewritten in place with the same length is read again (its time or identity changed)")
    void sameLengthRewrite(@TempDir Path folder) throws Exception {
        JournalStore store = journalOf(folder, 2);
        store.loadSummaries();
        Path file = store.planFile("plan-1");
        String text = Files.readString(file);
        Files.writeString(file, text.replace("note 1", "NOTE X"));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 2_000));

        JournalIndex.Summaries after = store.loadSummaries();

        assertThat(after.plans().get(1).searchText().text()).contains("note x").doesNotContain("note 1");
        assertThat(after.parsed()).isEqualTo(1);
    }

    @Test
    @DisplayName("a damaged index (cut off, longer, not an index, another version, an unknown status or side, search "
            + "texts or details that do not add up) is ignored and rebuilt")
    void damagedIndexIgnored(@TempDir Path folder) throws Exception {
        JournalStore store = journalOf(folder, 4);
        store.loadSummaries();
        Path index = JournalIndex.fileOf(store.plansFolder());
        byte[] good = Files.readAllBytes(index);
        byte[] otherVersion = good.clone();
        otherVersion[7] = 99;
        byte[] absurdLength = good.clone();
        absurdLength[12] = 0x7f;   // the search texts' length: 2 GB
        List<byte[]> damaged = List.of(Arrays.copyOf(good, good.length / 2), Arrays.copyOf(good, good.length + 1),
                "not an index at all".getBytes(StandardCharsets.UTF_8), new byte[0], otherVersion,
                absurdLength, replaced(good, "DRAFT", "DRAXX"), replaced(good, "LONG", "LXNG"),
                searchTextsOneByteShort(good), detailsOneByteShort(good));
        List<PlanSummary> expected = fromPlanFiles(store);
        for (byte[] content : damaged) {
            assertThat(content).isNotEqualTo(good);
            Files.write(index, content);

            JournalIndex.Summaries read = store.loadSummaries();

            assertThat(read.indexDamaged()).as("%d bytes", content.length).isTrue();
            assertThat(read.parsed()).isEqualTo(4);
            assertThat(read.plans()).isEqualTo(expected);
            assertThat(store.loadSummaries().reused()).as("rebuilt after %d bytes", content.length).isEqualTo(4);
        }
    }

    @Test
    @DisplayName("an index whose rows are in another order than the files' names still serves every plan")
    void rowsInAnotherOrder(@TempDir Path folder) throws Exception {
        JournalStore store = journalOf(folder, 5);
        store.loadSummaries();
        Path index = JournalIndex.fileOf(store.plansFolder());
        List<JournalIndex.Row> reversed = new java.util.ArrayList<>(IndexFileFormat.read(index));
        java.util.Collections.reverse(reversed);
        Files.write(index, IndexFileFormat.bytes(reversed));

        JournalIndex.Summaries read = store.loadSummaries();

        assertThat(read.reused()).isEqualTo(5);
        assertThat(read.parsed()).isZero();
        assertThat(read.plans()).isEqualTo(fromPlanFiles(store));
    }

    /** The index with its block of search texts one byte shorter than its rows' search texts add up to. */
    private static byte[] searchTextsOneByteShort(byte[] index) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(index);
        int searchBytes = buffer.getInt(12);
        byte[] shorter = new byte[index.length - 1];
        System.arraycopy(index, 0, shorter, 0, 16 + searchBytes - 1);
        System.arraycopy(index, 16 + searchBytes, shorter, 16 + searchBytes - 1, index.length - 16 - searchBytes);
        java.nio.ByteBuffer.wrap(shorter).putInt(12, searchBytes - 1);
        return shorter;
    }

    /** The index with its details block (after the search texts) one byte shorter than its rows say. */
    private static byte[] detailsOneByteShort(byte[] index) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(index);
        int detailsAt = 16 + buffer.getInt(12);
        int detailBytes = buffer.getInt(detailsAt);
        byte[] shorter = new byte[index.length - 1];
        System.arraycopy(index, 0, shorter, 0, detailsAt + 4 + detailBytes - 1);
        System.arraycopy(index, detailsAt + 4 + detailBytes, shorter, detailsAt + 4 + detailBytes - 1,
                index.length - detailsAt - 4 - detailBytes);
        java.nio.ByteBuffer.wrap(shorter).putInt(detailsAt, detailBytes - 1);
        return shorter;
    }

    /** {@code bytes} with the first {@code from} replaced by {@code to} (both ASCII, of the same length). */
    private static byte[] replaced(byte[] bytes, String from, String to) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(from);
        assertThat(at).as(from).isNotNegative();
        return (text.substring(0, at) + to + text.substring(at + from.length())).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    @DisplayName("the JSON index of earlier versions is removed when the index is written; a killed write is a leftover")
    void earlierIndexRemoved(@TempDir Path folder) throws Exception {
        JournalStore store = journalOf(folder, 3);
        Path earlier = store.plansFolder().resolve(".index.json");
        Files.writeString(earlier, "{\"schemaVersion\":1,\"plans\":[]}");

        assertThat(store.loadSummaries().written()).isTrue();

        assertThat(earlier).doesNotExist();
        assertThat(AtomicFiles.isLeftover(store.plansFolder().resolve("..index.bin.3f9c0a.tmp"))).isTrue();
        assertThat(AtomicFiles.isLeftover(JournalIndex.fileOf(store.plansFolder()))).isFalse();
    }

    @Test
    @DisplayName("the index is never taken for a plan, and unreadable plan files are named as in a full load")
    void indexIsNoPlan(@TempDir Path folder) throws Exception {
        JournalStore store = journalOf(folder, 3);
        Files.writeString(store.plansFolder().resolve("broken.json"), "{ cut off");
        Files.copy(store.planFile("plan-0"), store.plansFolder().resolve("copy.json"));
        store.loadSummaries();

        JournalIndex.Summaries read = store.loadSummaries();
        JournalLoad full = store.loadPlans();

        assertThat(full.plans()).hasSize(3);
        assertThat(full.problems()).extracting(p -> p.file().getFileName().toString())
                .containsExactly("broken.json", "copy.json");
        assertThat(read.problems()).extracting(LoadProblem::reason)
                .containsExactlyElementsOf(full.problems().stream().map(LoadProblem::reason).toList());
        assertThat(read.problems().get(1).reason()).contains("whose file should be named plan-0.json");
        assertThat(read.plans()).hasSize(3);
    }

    @Test
    @DisplayName("reading and writing the index never waits for the journal's lock, so it never holds up a save")
    void doesNotTakeTheLock(@TempDir Path folder) throws Exception {
        JournalStore store = journalOf(folder, 3);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread saver = new Thread(() -> {
            try (JournalLock.Held lock = JournalLock.of(store.folder()).acquire()) {
                held.countDown();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        saver.start();
        held.await();
        try {
            JournalIndex.Summaries read = assertTimeoutPreemptively(Duration.ofSeconds(20), store::loadSummaries);
            assertThat(read.written()).isTrue();
            assertThat(read.plans()).hasSize(3);
        } finally {
            release.countDown();
            saver.join();
        }
    }
}
