package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microplan.domain.TradePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plan file that cannot be read is reported with its name and the reason, left byte for byte as it was, and
 * never written over; every other plan still loads. "Set aside" means exactly that: listed, never touched.
 */
class BadPlanFilesTest {
    @TempDir
    Path journal;

    private TradePlan good;
    private String goodJson;

    @BeforeEach
    void journalWithOneGoodPlan() throws Exception {
        good = TestPlans.btcLong("good-plan");
        JournalStore.open(journal).savePlan(good);
        goodJson = Files.readString(JournalStore.open(journal).planFile(good.id()));
    }

    static Stream<Arguments> badFiles() {
        String valid = new String(bytesOf(TestPlans.btcLong("bad")), StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("empty", new byte[0], "the file is empty"),
                Arguments.of("truncated", valid.substring(0, valid.length() / 2).getBytes(StandardCharsets.UTF_8),
                        "the file ends in the middle of the data"),
                Arguments.of("not JSON", "Long BTC at 70k, stop 69.3k".getBytes(StandardCharsets.UTF_8),
                        "it is not valid JSON"),
                Arguments.of("not an object", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8),
                        "it holds a JSON array, not an object"),
                Arguments.of("a number as text", valid.replace("\"stop\" : 69300", "\"stop\" : \"69.3k\"")
                        .getBytes(StandardCharsets.UTF_8), "field \"setup.stop\": \"69.3k\" is not a number"),
                Arguments.of("an unknown status", valid.replace("\"DRAFT\"", "\"MAYBE\"")
                        .getBytes(StandardCharsets.UTF_8), "field \"status\": \"MAYBE\" is not one of DRAFT, READY"),
                Arguments.of("a list where an object belongs", valid.replaceFirst("(?s)\"account\" : (\\{.*?\n  })",
                                "\"account\" : [ $1 ]")
                        .getBytes(StandardCharsets.UTF_8), "field \"account\": expected an object"),
                Arguments.of("a bad date", valid.replace("\"2026-03-02T08:15:00Z\"", "\"last Tuesday\"")
                        .getBytes(StandardCharsets.UTF_8), "\"last Tuesday\" is not a date and time"),
                Arguments.of("a value the plan refuses", valid.replace("\"leverage\" : 10", "\"leverage\" : -10")
                        .getBytes(StandardCharsets.UTF_8), "field \"setup\": leverage must be positive, was -10"),
                Arguments.of("a field this version does not know", valid.replace("\"tags\" : [ ]",
                        "\"tags\" : [ ],\n  \"mood\" : \"calm\"").getBytes(StandardCharsets.UTF_8),
                        "unknown field \"mood\""),
                Arguments.of("a bad schema version", valid.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : \"one\"")
                        .getBytes(StandardCharsets.UTF_8), "\"schemaVersion\" is \"one\", not a whole number"),
                Arguments.of("huge", huge(), "the file is 6 MB, more than the 5 MB a journal file may be"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsReportedAndTheRestLoads(String kind, byte[] content, String reason) throws Exception {
        Path bad = Files.write(journal.resolve("plans").resolve("bad.json"), content);

        JournalLoad load = JournalStore.open(journal).loadPlans();

        assertThat(load.plans()).extracting(LoadedPlan::plan).containsExactly(good);
        assertThat(load.problems()).hasSize(1);
        assertThat(load.problems().get(0).file()).isEqualTo(bad);
        assertThat(load.problems().get(0).message()).startsWith("bad.json: ").contains(reason);
        assertThat(Files.readAllBytes(bad)).isEqualTo(content);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsNeverWrittenOver(String kind, byte[] content, String reason) throws Exception {
        Path bad = Files.write(journal.resolve("plans").resolve("bad.json"), content);
        JournalStore store = JournalStore.open(journal);
        store.loadPlans();

        assertThatThrownBy(() -> store.savePlan(TestPlans.btcLong("bad"))).isInstanceOf(SaveConflictException.class);
        assertThat(Files.readAllBytes(bad)).isEqualTo(content);
    }

    @Test
    void aMissingSectionNamesIt() throws Exception {
        String withoutSetup = goodJson.replaceFirst("(?s)\"setup\" : \\{.*?\n  },\n", "").replace("good-plan", "no-setup");
        Files.writeString(journal.resolve("plans").resolve("no-setup.json"), withoutSetup);

        JournalLoad load = JournalStore.open(journal).loadPlans();

        assertThat(load.problems()).extracting(LoadProblem::message)
                .containsExactly("no-setup.json: \"setup\" is missing or null");
    }

    @Test
    void aCopyUnderAnotherNameIsReportedNotLoadedTwice() throws Exception {
        Files.writeString(journal.resolve("plans").resolve("good-plan (copy).json"), goodJson);

        JournalLoad load = JournalStore.open(journal).loadPlans();

        assertThat(load.plans()).hasSize(1);
        assertThat(load.problems()).extracting(LoadProblem::message).containsExactly("good-plan (copy).json: it holds"
                + " plan \"good-plan\", whose file should be named good-plan.json (one file per plan; is it a copy?)");
    }

    @Test
    void anUnreadableFileWithABackupSaysWhereThePreviousVersionIs() throws Exception {
        JournalStore store = JournalStore.open(journal);
        store.loadPlans();
        store.savePlan(TestPlans.withNotes(good, "second version"));
        Files.writeString(store.planFile(good.id()), "{ \"id\" : \"good-pl");

        JournalLoad load = JournalStore.open(journal).loadPlans();

        assertThat(load.problems()).extracting(LoadProblem::message).singleElement().asString()
                .endsWith("(the version before its last save is in good-plan.json.bak)");
        assertThat(Files.readString(AtomicFiles.backupOf(store.planFile(good.id())))).isEqualTo(goodJson);
    }

    @Test
    void backupsTemporaryAndConflictFilesAreNotPlans() throws Exception {
        Path plans = journal.resolve("plans");
        Files.writeString(plans.resolve("good-plan.json.bak"), goodJson);
        Files.writeString(plans.resolve(".good-plan.json.123.tmp"), goodJson.substring(0, 40));
        Files.writeString(plans.resolve("good-plan.conflict-20260302-081500.json"), goodJson);

        JournalLoad load = JournalStore.open(journal).loadPlans();

        assertThat(load.plans()).hasSize(1);
        assertThat(load.problems()).isEmpty();
    }

    private static byte[] huge() {
        byte[] content = new byte[6 * 1024 * 1024];
        Arrays.fill(content, (byte) ' ');
        content[0] = '{';
        content[content.length - 1] = '}';
        return content;
    }

    private static byte[] bytesOf(TradePlan plan) {
        try {
            return PlanFiles.bytes(plan);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
