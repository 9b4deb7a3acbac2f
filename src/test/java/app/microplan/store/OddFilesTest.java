package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.microplan.domain.TradePlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Things named like plan files that are not plan files — a folder, a pipe, a link to nothing, a loop of links,
 * a plan with a null list or an id that cannot be a file name — each listed with a reason of its own, while the
 * good plan loads. None is skipped silently; none stalls the journal.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class OddFilesTest {
    @TempDir
    Path journal;

    private Path plans;

    @BeforeEach
    void journalWithOneGoodPlan() throws Exception {
        JournalStore.open(journal).savePlan(TestPlans.btcLong("good-plan"));
        plans = journal.resolve("plans");
    }

    @Test
    void aFolderNamedLikeAPlanIsNamed() throws Exception {
        Files.createDirectory(plans.resolve("x.json"));

        assertThat(onlyProblem()).isEqualTo("x.json: it is a folder, not a file");
    }

    @Test
    void aLinkToNothingIsNamedWithItsTarget() throws Exception {
        Files.createSymbolicLink(plans.resolve("gone.json"), plans.resolve("elsewhere.json"));

        assertThat(onlyProblem()).isEqualTo("gone.json: it is a link to " + plans.resolve("elsewhere.json")
                + ", which does not exist");
    }

    @Test
    void aLoopOfLinksIsNamed() throws Exception {
        Files.createSymbolicLink(plans.resolve("a.json"), plans.resolve("b.json"));
        Files.createSymbolicLink(plans.resolve("b.json"), plans.resolve("a.json"));

        JournalLoad load = JournalStore.open(journal).loadPlans();

        assertThat(load.plans()).hasSize(1);
        assertThat(load.problems()).extracting(LoadProblem::message).containsExactly(
                "a.json: it is a link that leads back to itself (a loop of links)",
                "b.json: it is a link that leads back to itself (a loop of links)");
    }

    @Test
    void aNamedPipeIsNamedAndNeverOpened() throws Exception {
        Path fifo = plans.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

        assertThat(onlyProblem()).isEqualTo("pipe.json: it is not an ordinary file (a pipe, a socket or a device),"
                + " so it is not read");
    }

    @Test
    void aNullListIsNamedWithItsField() throws Exception {
        String json = planJson("no-entries").replaceFirst("\"entries\" : \\[ \\{[^]]*} ]", "\"entries\" : null");
        Files.writeString(plans.resolve("no-entries.json"), json);

        assertThat(onlyProblem()).isEqualTo("no-entries.json: field \"setup\": \"entries\" is missing or null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space", "grüß", "dotted.id", "-leading-dash"})
    void anIdThatCannotNameAFileIsRefusedWhenRead(String id) throws Exception {
        Files.writeString(plans.resolve("odd.json"), planJson("placeholder-id").replace("placeholder-id", id));

        assertThat(onlyProblem()).isEqualTo("odd.json: the plan id \"" + id + "\" may hold only the letters A-Z and"
                + " a-z, digits, '-' and '_', at most 128 of them (it names the plan's file)");
    }

    @Test
    void theCommandLinesReaderNamesALinkToNothingToo() throws Exception {
        Path link = Files.createSymbolicLink(journal.resolve("link.json"), journal.resolve("missing.json"));

        assertThatThrownBy(() -> PlanFileReader.read(link)).hasMessage("cannot read " + link + ": it is a link to "
                + journal.resolve("missing.json") + ", which does not exist");
    }

    @Test
    void aLinkToAGoodPlanIsRead() throws Exception {
        Path elsewhere = Files.createDirectories(journal.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("linked.json"), planJson("linked"));
        Files.createSymbolicLink(plans.resolve("linked.json"), elsewhere.resolve("linked.json"));

        JournalLoad load = JournalStore.open(journal).loadPlans();

        assertThat(load.problems()).isEmpty();
        assertThat(load.plans()).extracting(p -> p.plan().id()).containsExactly("good-plan", "linked");
    }

    private String onlyProblem() throws Exception {
        JournalLoad load = JournalStore.open(journal).loadPlans();
        assertThat(load.plans()).extracting(p -> p.plan().id()).containsExactly("good-plan");
        assertThat(load.problems()).hasSize(1);
        return load.problems().get(0).message();
    }

    private static String planJson(String id) throws Exception {
        TradePlan plan = TestPlans.btcLong(id);
        return new String(PlanFiles.bytes(plan), StandardCharsets.UTF_8);
    }
}
