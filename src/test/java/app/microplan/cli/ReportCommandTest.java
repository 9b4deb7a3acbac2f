package app.microplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `microplan report`: the review PDF of a week or a month from a shell. */
class ReportCommandTest {
    private static final String SAMPLE = "assets/samples/journal";

    @Test
    @DisplayName("--month writes the PDF and says what it wrote")
    void month(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("february.pdf");
        CommandRun run = CommandRun.of("report", "--journal", SAMPLE, "--month", "2026-02", "--zone", "UTC",
                "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(run.out()).startsWith("Wrote " + out + " (February 2026, " + pdf.getNumberOfPages() + " pages, ");
        }
    }

    @Test
    @DisplayName("bad input: one line naming the option, exit 2, no file")
    void badInput(@TempDir Path folder) {
        Path out = folder.resolve("r.pdf");
        CommandRun both = CommandRun.of("report", "--journal", SAMPLE, "--month", "2026-02", "--week", "2026-02-09",
                "--out", out.toString());
        CommandRun month = CommandRun.of("report", "--journal", SAMPLE, "--month", "February", "--out", out.toString());
        CommandRun journal = CommandRun.of("report", "--journal", folder.toString(), "--week", "2026-02-09",
                "--out", out.toString());

        assertThat(both.exitCode()).isEqualTo(MicroplanCommand.BAD_INPUT);
        assertThat(both.err()).contains("--month", "--week").hasLineCount(1);
        assertThat(month.err()).isEqualTo("report: --month: 'February' is not a month like 2026-02"
                + System.lineSeparator());
        assertThat(journal.err()).startsWith("report: --journal: ").hasLineCount(1);
        assertThat(Files.exists(out)).isFalse();
    }
}
