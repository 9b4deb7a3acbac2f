package app.microplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers no trader types, given to every number option of `size`: each is refused at once with exit 2 and one
 * line naming the option, never "unexpected error: ArithmeticException", minutes of work or a gigabyte of text.
 * Numbers within the limits, however odd, are sized (exit 0 or 1) or refused by a rule in words.
 */
class HostileCommandLinesTest {
    private static final String[] NUMBER_OPTIONS = {"--equity", "--risk-pct", "--stop", "--contract-size",
        "--tick-size", "--qty-step", "--leverage", "--mmr", "--fee-pct-in", "--fee-pct-out", "--funding-rate-pct",
        "--holding-hours", "--other-margin", "--margin-cap-pct", "--contracts", "--entry", "--target"};
    private static final String[] HOSTILE = {"1e100000000", "1e999999999", "1e-999999999", "-1e1000000000",
        "1e100000", "9".repeat(300), "0." + "0".repeat(40) + "1", "1" + "0".repeat(5000)};
    /** Inside the limits, at their edges. */
    private static final String[] ODD_BUT_BOUNDED = {"999999999999999.999999999999", "0.000000000001", "1e14",
        "1e-12", "0", "123456789.987654321", "70000", "69300", "2", "0.5"};

    static Stream<Arguments> issueCases() {
        return Stream.of(
                Arguments.of("--risk-pct", "1e100000000"),
                Arguments.of("--mmr", "1e999999999"),
                Arguments.of("--entry", "1e100000"),
                Arguments.of("--fee-pct-in", "1e-999999999"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("issueCases")
    void theIssuesCasesAreOneLineNamingTheOption(String option, String value) {
        CommandRun run = timedRun(withOption(option, value));

        assertThat(run.exitCode()).isEqualTo(MicroplanCommand.BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("size: Invalid value for option '" + option + "'")
                .doesNotContain("unexpected error").hasSizeLessThan(300);
    }

    @Test
    void everyNumberOptionRefusesEveryHostileNumberAtOnce() {
        List<String> failures = new ArrayList<>();
        for (String option : NUMBER_OPTIONS) {
            for (String value : HOSTILE) {
                CommandRun run = timedRun(withOption(option, value));
                String err = run.err().strip();
                if (run.exitCode() != MicroplanCommand.BAD_INPUT || err.contains("\n") || !err.contains(option)
                        || err.contains("unexpected error") || err.length() > 300) {
                    failures.add(option + " " + abbreviated(value) + " → exit " + run.exitCode() + ": " + abbreviated(err));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** 400 command lines with every number option drawn from the edges of the limits, in random combinations. */
    @Test
    void boundedButOddNumbersAreSizedOrRefusedInWordsNeverAnUnexpectedError() {
        Random random = new Random(20260302);
        List<String> failures = new ArrayList<>();
        for (int line = 0; line < 400; line++) {
            List<String> args = new ArrayList<>(List.of("size", "--equity", pick(random), "--entry", pick(random),
                    "--stop", pick(random)));
            for (String option : NUMBER_OPTIONS) {
                if (!List.of("--equity", "--entry", "--stop").contains(option) && random.nextInt(3) == 0) {
                    args.add(option);
                    args.add(pick(random));
                }
            }
            if (!args.contains("--contract-size") || !args.contains("--tick-size")) {
                args.addAll(List.of("--preset", "BTC-MICRO-0.01"));
            }
            CommandRun run = timedRun(args.toArray(String[]::new));
            if (run.err().contains("unexpected error") || run.exitCode() > 2 || run.err().strip().contains("\n")) {
                failures.add(String.join(" ", args) + " → " + run.exitCode() + ": " + run.err().strip());
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String[] withOption(String option, String value) {
        List<String> args = new ArrayList<>(List.of("size", "--equity", "5000", "--preset", "BTC-MICRO-0.01",
                "--entry", "70000", "--stop", "69300"));
        int existing = args.indexOf(option);
        if (existing >= 0) {
            args.set(existing + 1, value);
        } else {
            args.add(option);
            args.add(value);
        }
        return args.toArray(String[]::new);
    }

    /**
     * One run, which must take under two seconds of processor time however large the number (before the limits,
     * some of these ran for minutes). Processor time, not the clock: on a machine busy with other builds, waiting
     * for a core says nothing about the command. A slow run is timed again; the fastest counts.
     */
    private static CommandRun timedRun(String[] args) {
        ThreadMXBean threadTime = ManagementFactory.getThreadMXBean();
        long fastest = Long.MAX_VALUE;
        CommandRun run = null;
        for (int attempt = 0; attempt < 3 && fastest > Duration.ofMillis(500).toNanos(); attempt++) {
            long started = threadTime.getCurrentThreadCpuTime();
            run = CommandRun.of(args);
            fastest = Math.min(fastest, threadTime.getCurrentThreadCpuTime() - started);
        }
        assertThat(Duration.ofNanos(fastest)).as(abbreviated(String.join(" ", args)))
                .isLessThan(Duration.ofSeconds(2));
        return run;
    }

    private static String pick(Random random) {
        return ODD_BUT_BOUNDED[random.nextInt(ODD_BUT_BOUNDED.length)];
    }

    private static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
