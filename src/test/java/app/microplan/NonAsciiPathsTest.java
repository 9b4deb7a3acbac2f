package app.microplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal in a folder named beyond ASCII ("jürnal", "журнал") works when Microplan is started under LANG=C,
 * where Java alone cannot even name such a file: it starts itself again under a UTF-8 locale.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class NonAsciiPathsTest {
    @TempDir
    Path folder;

    @Test
    void statsOnAJournalInANonAsciiFolderWorksUnderLangC() throws Exception {
        Path journal = journalIn("jürnal-журнал");

        Run run = underLangC("stats", "--journal", journal.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Journal         " + journal + "  (3 plans, 3 closed trades)");
    }

    @Test
    void checkOfAPlanInANonAsciiFolderWorksUnderLangC() throws Exception {
        Path plan = journalIn("plän").resolve("plans").resolve("sample-01.json");

        Run run = underLangC("check", plan.toString());

        assertThat(run.exitCode()).isIn(0, 1);
        assertThat(run.out()).contains("File                 " + plan);
    }

    private Path journalIn(String name) throws Exception {
        Path plans = Files.createDirectories(folder.resolve(name).resolve("plans"));
        for (String sample : List.of("sample-01.json", "sample-02.json", "sample-03.json")) {
            Files.copy(Path.of("assets/samples/journal/plans").resolve(sample), plans.resolve(sample));
        }
        return plans.getParent();
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run underLangC(String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = Stream.concat(Stream.of(java.toString(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName()), Stream.of(args)).toList();
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove(Utf8Relaunch.ARGUMENTS);
        Path err = folder.resolve("stderr.txt");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        byte[] out = readAll(process.getInputStream());
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), Files.readString(err));
    }

    private static byte[] readAll(InputStream in) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }
}
