package app.microplan.cli;

import app.microplan.domain.Account;
import app.microplan.domain.AccountBook;
import app.microplan.domain.Decimals;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.JournalFilter;
import app.microplan.domain.RiskOfRuinSimulation;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.SimulationResult;
import app.microplan.domain.SimulationRules;
import app.microplan.domain.SimulationSample;
import app.microplan.domain.SimulationSettings;
import app.microplan.domain.TradePlan;
import app.microplan.store.JournalLoad;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadProblem;
import app.microplan.store.LoadedPlan;
import app.microplan.store.Settings;
import app.microplan.store.StoreException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * `microplan stats --simulate`: the risk of ruin of one account, from the journal's closed trades that pass
 * the same filters as the statistics. Rules other than the risk per trade are the design's defaults (open
 * risk 3 %, daily loss limit 3 %, 60 minutes after 2 losses); the starting equity is the account's equity in
 * the journal's settings (its starting balance plus every closed trade's P&L when the equity follows the journal),
 * or that of its latest trade.
 */
final class SimulateOption {
    private final StatsCommand command;

    SimulateOption(StatsCommand command) {
        this.command = command;
    }

    int run() {
        JournalFilter filter = command.filter();
        JournalLoad load = command.load();
        PrintWriter err = command.spec.commandLine().getErr();
        for (LoadProblem problem : load.problems()) {
            err.println("stats: skipped " + problem.message());
        }
        err.flush();
        List<JournalEntry> entries = filter.apply(JournalEntry.ofAll(load.plans().stream().map(LoadedPlan::plan).toList()));
        Optional<Settings> settings = settings();
        String account = account(entries);
        SimulationSample sample = SimulationSample.of(entries, account, filter.zone());
        // The equity today comes from the whole journal, whatever the filters leave to resample.
        List<TradePlan> plans = load.plans().stream().map(LoadedPlan::plan).toList();
        BigDecimal equity = settings.flatMap(s -> s.accounts().stream().filter(a -> a.name().equals(account))
                .findFirst()).map(a -> equityToday(a, plans)).filter(Decimals::isPositive).orElse(sample.startEquity());
        SimulationResult result = RiskOfRuinSimulation.run(sample.withStartEquity(equity), rules(settings),
                simulationSettings());
        PrintWriter out = command.spec.commandLine().getOut();
        out.print(command.json ? SimulationReport.json(command.journal, result) + System.lineSeparator()
                : SimulationReport.table(command.journal, result));
        out.flush();
        return MicroplanCommand.OK;
    }

    /**
     * The account's equity as sizing sees it now: an account whose equity follows the journal holds its starting
     * balance in the settings, not the money there today.
     */
    private static BigDecimal equityToday(Account account, List<TradePlan> plans) {
        return AccountBook.of(account, plans, Clock.systemUTC()).equity();
    }

    /** The journal's settings, or none: a default account's equity must not stand in for the trader's. */
    private Optional<Settings> settings() {
        try {
            JournalStore store = JournalStore.openExisting(command.journal);
            return Files.exists(store.settingsFile()) ? Optional.of(store.loadSettings()) : Optional.empty();
        } catch (StoreException e) {
            throw new BadInputException("--journal: " + e.getMessage());
        }
    }

    private String account(List<JournalEntry> entries) {
        List<String> accounts = SimulationSample.accounts(entries);
        if (accounts.isEmpty()) {
            throw new BadInputException("--simulate: no closed trade with a planned risk matches; there is nothing to"
                    + " resample");
        }
        if (command.account == null) {
            return accounts.get(0);
        }
        if (!accounts.contains(command.account)) {
            throw new BadInputException("--account: '" + command.account + "' has no closed trade that matches (accounts"
                    + " with trades: " + String.join(", ", accounts) + ")");
        }
        return command.account;
    }

    private SimulationRules rules(Optional<Settings> settings) {
        BigDecimal risk = command.riskPercent == null
                ? settings.map(s -> s.policy().riskCap()).orElse(RiskPolicy.DEFAULT_RISK_CAP)
                : Decimals.fromPercent(command.riskPercent);
        try {
            return SimulationRules.withRisk(risk);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--risk-pct: " + e.getMessage());
        }
    }

    private SimulationSettings simulationSettings() {
        SimulationSettings defaults = SimulationSettings.defaults();
        int paths = command.paths == null ? defaults.paths() : command.paths;
        int trades = command.trades == null ? defaults.trades() : command.trades;
        try {
            return new SimulationSettings(paths, trades, command.seed == null ? defaults.seed() : command.seed, null);
        } catch (IllegalArgumentException e) {
            throw new BadInputException((e.getMessage().contains("paths") ? "--paths: " : "--trades: ")
                    + e.getMessage());
        }
    }
}
