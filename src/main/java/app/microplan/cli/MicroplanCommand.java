package app.microplan.cli;

import app.microplan.domain.NumberLimits;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless side of Microplan: the same engine as the window, for scripts and for checking numbers. */
@Command(name = "microplan", mixinStandardHelpOptions = true, versionProvider = MicroplanVersion.class,
        description = "Plan crypto micro-futures trades: size, check and export plans without the window.",
        subcommands = {SizeCommand.class, CheckCommand.class, ExportCommand.class, StatsCommand.class,
                ImportCommand.class, ReportCommand.class})
public final class MicroplanCommand implements Runnable {

    /** Exit code when every blocking rule holds. */
    public static final int OK = 0;
    /** Exit code when a blocking rule fails. */
    public static final int RULE_FAILED = 1;
    /** Exit code for input the command cannot use: one line on stderr says which option and why. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, Clock.systemDefaultZone());
    }

    /** Runs at the given clock's time and zone (today's losses and cool-downs depend on both): for tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        CommandLine commandLine = commandLine(clock);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    static CommandLine commandLine() {
        return commandLine(Clock.systemDefaultZone());
    }

    static CommandLine commandLine(Clock clock) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == CheckCommand.class ? type.cast(new CheckCommand(clock)) : defaults.create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new MicroplanCommand(), factory);
        commandLine.registerConverter(BigDecimal.class, MicroplanCommand::number);
        commandLine.setParameterExceptionHandler(MicroplanCommand::oneLineParameterError);
        commandLine.setExecutionExceptionHandler(MicroplanCommand::oneLineExecutionError);
        return commandLine;
    }

    /**
     * Every BigDecimal option of every command, present and future, is read here: bounded by
     * {@link NumberLimits}, so "--mmr 1e999999999" is a one-line error naming the option, not minutes of work.
     */
    static BigDecimal number(String text) {
        try {
            return NumberLimits.parse(text);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    private static int oneLineParameterError(CommandLine.ParameterException e, String[] args) {
        e.getCommandLine().getErr().println(e.getCommandLine().getCommandName() + ": " + e.getMessage()
                + " (see --help)");
        return BAD_INPUT;
    }

    private static int oneLineExecutionError(Exception e, CommandLine commandLine,
                                             CommandLine.ParseResult parseResult) {
        String message = e instanceof BadInputException ? e.getMessage()
                : "unexpected error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        commandLine.getErr().println(commandLine.getCommandName() + ": " + message);
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(args, out, err));
    }
}
