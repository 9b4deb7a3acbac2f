package app.microplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path folder;
    private Path plan;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void copyThePlanFile() throws IOException {
        plan = folder.resolve("example-1.json");
        try (InputStream in = getClass().getResourceAsStream("/app/microplan/checklist/example-1-plan.json")) {
            Files.copy(in, plan);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MicroplanCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertOneLineError(Run run, String... fragments) {
        assertThat(run.exitCode()).isEqualTo(MicroplanCommand.BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception").contains(fragments);
    }

    @Test
    void exportsAPdfOnLetterPaper() throws IOException {
        Path out = folder.resolve("checklist.pdf");
        Run run = run("export", plan.toString(), "--format", "pdf", "--out", out.toString(), "--paper", "letter");

        assertThat(run.exitCode()).isEqualTo(MicroplanCommand.OK);
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            int pages = document.getNumberOfPages();
            // Example 1 fits one page since issue 12: "1 page", never "1 pages".
            assertThat(run.out()).contains("Wrote " + out).contains(pages == 1 ? "1 page, " : pages + " pages, ");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }

    @Test
    void exportsMarkdownAndTakesTheFormatFromTheFileName() throws IOException {
        Path out = folder.resolve("checklist.md");
        Run run = run("export", plan.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(MicroplanCommand.OK);
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .startsWith("# Pre-trade checklist: BTC-MICRO-0.01 Long").contains("- [x] Stop order placed with the entry");
    }

    @Test
    void replacesAnOldExportAndLeavesNoTemporaryFile() throws IOException {
        Path out = folder.resolve("checklist.md");
        Files.writeString(out, "old");
        assertThat(run("export", plan.toString(), "--format", "md", "--out", out.toString()).exitCode()).isZero();

        assertThat(Files.readString(out)).startsWith("# Pre-trade checklist");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("example-1.json", "checklist.md");
        }
    }

    @Test
    void aMissingPlanFileIsOneLineAndExitTwo() {
        Path missing = folder.resolve("nope.json");
        Run run = run("export", missing.toString(), "--format", "pdf", "--out", folder.resolve("x.pdf").toString());

        assertOneLineError(run, "nope.json", "no such file");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void unreadableJsonNamesTheFile() throws IOException {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{ \"id\": \"x\", \"setup\": ");
        Run run = run("export", broken.toString(), "--format", "md", "--out", folder.resolve("x.md").toString());

        assertOneLineError(run, "cannot read " + broken);
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertOneLineError(run("export", plan.toString(), "--format", "docx", "--out", folder.resolve("x.docx").toString()),
                "--format", "'docx'", "pdf", "md");
        assertOneLineError(run("export", plan.toString(), "--out", folder.resolve("x.txt").toString()),
                "--format", "x.txt");
    }

    @Test
    void anUnknownPaperIsRefused() {
        assertOneLineError(run("export", plan.toString(), "--format", "pdf", "--out", folder.resolve("x.pdf").toString(),
                "--paper", "a3"), "--paper", "'a3'");
    }

    @Test
    void anUnwritableOutIsRefusedBeforeAnythingIsWritten() throws IOException {
        assertOneLineError(run("export", plan.toString(), "--format", "pdf",
                "--out", folder.resolve("no-such-folder").resolve("x.pdf").toString()), "--out", "does not exist");
        assertOneLineError(run("export", plan.toString(), "--format", "pdf",
                "--out", plan.resolve("x.pdf").toString()), "--out", "is a file, not a folder");
        Path subfolder = Files.createDirectory(folder.resolve("sub"));
        assertOneLineError(run("export", plan.toString(), "--format", "pdf", "--out", subfolder.toString()),
                "--out", "is a folder");
    }

    @Test
    void theExportRefusesToWriteOverThePlanItExportsHoweverItIsNamed() throws IOException {
        byte[] before = Files.readAllBytes(plan);
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), plan);

        assertOneLineError(run("export", plan.toString(), "--format", "md", "--out", plan.toString()),
                "--out: " + plan + " is the plan file being exported; name another file");
        assertOneLineError(run("export", plan.toString(), "--format", "md", "--out",
                folder.resolve("sub/../example-1.json").toString()), "is the plan file being exported");
        assertOneLineError(run("export", link.toString(), "--format", "pdf", "--out", plan.toString()),
                "is the plan file being exported");
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
    }

    @Test
    void aMissingOutOptionIsAParameterError() {
        assertOneLineError(run("export", plan.toString(), "--format", "pdf"), "--out");
    }
}
