package app.microplan.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless side of Microplan: the same engine as the window, for scripts and for checking numbers. */
@Command(name = "microplan", mixinStandardHelpOptions = true, versionProvider = MicroplanVersion.class,
        description = "Plan crypto micro-futures trades: size, check and export plans without the window.",
        subcommands = {SizeCommand.class, CheckCommand.class, ExportCommand.class, StatsCommand.class,
            ReportCommand.class})
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
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MicroplanCommand());
        commandLine.registerConverter(BigDecimal.class, MicroplanCommand::number);
        commandLine.setParameterExceptionHandler(MicroplanCommand::oneLineParameterError);
        commandLine.setExecutionExceptionHandler(MicroplanCommand::oneLineExecutionError);
        return commandLine;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a number");
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
