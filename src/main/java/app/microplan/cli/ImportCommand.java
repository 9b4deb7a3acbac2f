package app.microplan.cli;

import app.microplan.domain.Account;
import app.microplan.domain.ContractCatalog;
import app.microplan.domain.TradePlan;
import app.microplan.store.CsvImport;
import app.microplan.store.CsvMappingStore;
import app.microplan.store.ExecutionCsv;
import app.microplan.store.ExecutionImport;
import app.microplan.store.ImportRecord;
import app.microplan.store.JournalLoad;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadProblem;
import app.microplan.store.LoadedPlan;
import app.microplan.store.Settings;
import app.microplan.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `microplan import FILE --journal DIR`: an exchange's executions into the journal, as the window imports them. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import an exchange's trade history (Binance, Bybit, OKX, Deribit, Interactive Brokers,"
                + " NinjaTrader, or a file mapped once in the window) into a journal: executions into the plans they"
                + " belong to, the rest as unplanned trades, funding to its trade, duplicates skipped.",
                "Exit code: 0 imported (or, with --dry-run, would import), 1 nothing to import,"
                        + " 2 the file cannot be read or a row has a problem (nothing imported; every problem listed)."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The exchange's CSV export.")
    Path file;

    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "The journal folder (holds plans/).")
    Path journal;

    @Option(names = "--account", paramLabel = "NAME",
            description = "The account the file belongs to. Default: the journal's active account.")
    String account;

    @Option(names = "--dry-run", description = "Show what would be imported; write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print one JSON object instead of a report.")
    boolean json;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        JournalStore store = openJournal();
        Settings settings = settings(store);
        Account chosen = account(settings);
        ExecutionCsv.Opened opened = open(store);
        CsvImport read = read(opened);
        List<TradePlan> plans = plans(store);
        ExecutionImport result = ExecutionImport.of(file, read, plans, chosen, catalog(store), clock.instant());
        ImportRecord written = null;
        if (!dryRun && result.changesSomething()) {
            try {
                written = result.writeTo(store, null, clock.instant());
            } catch (StoreException e) {
                throw new BadInputException("--journal: " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? ImportReport.json(result, dryRun, written) + System.lineSeparator()
                : ImportReport.text(result, dryRun, written));
        out.flush();
        if (result.hasProblems()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("import: " + file + ": " + result.summary());
            err.flush();
            return MicroplanCommand.BAD_INPUT;
        }
        return result.changesSomething() ? MicroplanCommand.OK : MicroplanCommand.RULE_FAILED;
    }

    private JournalStore openJournal() {
        if (!Files.isDirectory(journal.resolve("plans"))) {
            throw new BadInputException("--journal: " + journal + " is not a Microplan journal (it has no plans folder)");
        }
        try {
            return JournalStore.openExisting(journal);
        } catch (StoreException e) {
            throw new BadInputException("--journal: " + e.getMessage());
        }
    }

    private static Settings settings(JournalStore store) {
        try {
            return store.loadSettings();
        } catch (StoreException e) {
            throw new BadInputException("--journal: " + e.getMessage());
        }
    }

    private Account account(Settings settings) {
        if (account == null) {
            return settings.activeAccountOrFirst();
        }
        return settings.accounts().stream().filter(a -> a.name().equalsIgnoreCase(account.strip())).findFirst()
                .orElseThrow(() -> new BadInputException("--account: the journal has no account '" + account
                        + "' (it has " + String.join(", ", settings.accounts().stream().map(Account::name).toList())
                        + ")"));
    }

    private ExecutionCsv.Opened open(JournalStore store) {
        try {
            ExecutionCsv.Opened opened = ExecutionCsv.open(file, CsvMappingStore.in(store.folder()).all());
            if (!opened.isKnown()) {
                throw new BadInputException(file + ": its header (" + String.join(",", opened.header())
                        + ") is no exchange file Microplan knows and no file you mapped; map it once in the window"
                        + " (File ▸ Import executions…)");
            }
            return opened;
        } catch (StoreException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    private CsvImport read(ExecutionCsv.Opened opened) {
        try {
            return ExecutionCsv.read(file, opened.layout(), opened.headerIndex());
        } catch (StoreException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    private List<TradePlan> plans(JournalStore store) {
        try {
            JournalLoad load = store.loadPlans();
            PrintWriter err = spec.commandLine().getErr();
            for (LoadProblem problem : load.problems()) {
                err.println("import: warning: " + problem.message() + " (its trades are not matched)");
            }
            err.flush();
            return load.plans().stream().filter(p -> !p.readOnly()).map(LoadedPlan::plan).toList();
        } catch (StoreException e) {
            throw new BadInputException("--journal: " + e.getMessage());
        }
    }

    private static ContractCatalog catalog(JournalStore store) {
        try {
            return new ContractCatalog(store.loadContracts());
        } catch (StoreException e) {
            throw new BadInputException("--journal: " + e.getMessage());
        }
    }
}
