package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microplan.checklist.ChecklistFixtures;
import app.microplan.domain.TradePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileReaderTest {
    @TempDir
    Path folder;

    @Test
    void theFixtureFileHoldsTheExampleOnePlan() throws Exception {
        Path file = Path.of(getClass().getResource("/app/microplan/checklist/example-1-plan.json").toURI());
        LoadedPlan loaded = PlanFileReader.read(file);

        assertThat(loaded.readOnly()).isFalse();
        TradePlan expected = ChecklistFixtures.exampleOne();
        TradePlan plan = loaded.plan();
        // Numbers compare as numbers: the file may write 70000 where the builder holds 70000.00.
        assertThat(plan.setup().sameNumbersAs(expected.setup())).isTrue();
        assertThat(plan.account().equity()).isEqualByComparingTo(expected.account().equity());
        assertThat(plan).usingRecursiveComparison().ignoringFields("setup", "account.equity", "account.otherPlansMargin",
                "policy").isEqualTo(expected);
    }

    @Test
    void readingDoesNotCreateAJournalBesideTheFile() throws Exception {
        Path file = folder.resolve("plan.json");
        Files.copy(Path.of(getClass().getResource("/app/microplan/checklist/example-1-plan.json").toURI()), file);
        PlanFileReader.read(file);

        assertThat(folder.resolve("plans")).doesNotExist();
    }

    @Test
    void aMissingFileAndAFolderAreNamed() throws IOException {
        assertThatThrownBy(() -> PlanFileReader.read(folder.resolve("gone.json")))
                .isInstanceOf(StoreException.class).hasMessageEndingWith("gone.json: no such file");
        assertThatThrownBy(() -> PlanFileReader.read(folder)).hasMessageEndingWith(": it is a folder, not a file");
    }

    @Test
    void brokenJsonIsOneLineNamingTheFile() throws IOException {
        Path file = Files.writeString(folder.resolve("broken.json"), "{\n  \"id\": [\n");
        assertThatThrownBy(() -> PlanFileReader.read(file))
                .hasMessageStartingWith("cannot read " + file + ": ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
