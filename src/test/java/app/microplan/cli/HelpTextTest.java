package app.microplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's help reads whole: picocli formats descriptions with String.format, so a lone "%" before a letter
 * ("±1/2/5 % from", "PCT % on") made it warn on stderr and print the raw text; "%%" is the way to write one.
 */
class HelpTextTest {

    @Test
    void everyCommandsHelpFormatsWithoutAWarningAndSaysItsPercentSigns() {
        List<String> commands = new CommandLine(new MicroplanCommand()).getSubcommands().keySet().stream().toList();
        assertThat(commands).contains("size", "export", "stats");
        PrintStream original = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        StringBuilder help = new StringBuilder();
        try {
            for (String command : commands) {
                CommandRun run = CommandRun.of(command, "--help");
                assertThat(run.exitCode()).as(command).isZero();
                help.append(run.out());
            }
        } finally {
            System.setErr(original);
        }

        assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
        assertThat(help.toString().replaceAll("\\s+", " "))
                .contains("±1/2/5 % from the average entry", "returns PCT % on the margin")
                .doesNotContain("%%", "%n");
    }
}
