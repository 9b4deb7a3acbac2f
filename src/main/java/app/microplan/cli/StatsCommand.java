package app.microplan.cli;

import app.microplan.domain.Direction;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.JournalFilter;
import app.microplan.domain.JournalStatistics;
import app.microplan.domain.OverrideSummary;
import app.microplan.domain.PlanStatus;
import app.microplan.store.JournalLoad;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadProblem;
import app.microplan.store.LoadedPlan;
import app.microplan.store.Settings;
import app.microplan.store.StoreException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `microplan stats`: the journal's statistics, for the whole journal or a filtered part of it. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Statistics of the closed trades in a journal: win rate, expectancy, R, drawdown, by tag and setup.",
                "Exit code: 0 done, 2 bad input. Plan files that cannot be read are named on stderr and skipped."})
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "The journal folder (holds plans/).")
    Path journal;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Only plans in these states, comma-separated (closed,reviewed,...).")
    List<String> statuses = List.of();

    @Option(names = "--symbol", paramLabel = "SYMBOL", description = "Only this contract symbol.")
    String symbol;

    @Option(names = "--side", paramLabel = "long|short", description = "Only longs or only shorts.")
    String side;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only plans with this tag.")
    String tag;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Trades from this day on.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Trades up to this day, inclusive.")
    String to;

    @Option(names = "--search", paramLabel = "WORDS", description = "Words that must all appear in the plan or review.")
    String search;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of days and weekdays. Default: this computer's.")
    String zone;

    @Option(names = "--breakeven-r", paramLabel = "R",
            description = "Trades with |R| below this count as breakeven. Default: the journal's setting (0.05).")
    BigDecimal breakevenR;
    @Option(names = "--simulate", description = {"Instead of the statistics: the risk of ruin, a Monte-Carlo run over the"
            + " account's own R-multiples under the account rules."})
    boolean simulate;

    @Option(names = "--paths", paramLabel = "N", description = "With --simulate: paths to run. Default: 10000.")
    Integer paths;

    @Option(names = "--trades", paramLabel = "N", description = "With --simulate: trades in each path. Default: 200.")
    Integer trades;

    @Option(names = "--seed", paramLabel = "S", description = "With --simulate: the random seed; the same seed gives"
            + " the same figures. Default: 1.")
    Long seed;

    @Option(names = "--risk-pct", paramLabel = "PCT", description = "With --simulate: risk per trade in percent."
            + " Default: the journal settings' risk cap, else 1.")
    BigDecimal riskPercent;

    @Option(names = "--account", paramLabel = "NAME", description = "With --simulate: the account whose trades are"
            + " resampled. Default: the one with the most closed trades.")
    String account;

    @Override
    public Integer call() {
        if (simulate) {
            return new SimulateOption(this).run();
        }
        if (paths != null || trades != null || seed != null || riskPercent != null || account != null) {
            throw new BadInputException("--paths, --trades, --seed, --risk-pct and --account go with --simulate");
        }
        JournalFilter filter = filter();
        JournalLoad load = load();
        PrintWriter err = spec.commandLine().getErr();
        for (LoadProblem problem : load.problems()) {
            err.println("stats: skipped " + problem.message());
        }
        err.flush();
        List<JournalEntry> entries = JournalEntry.ofAll(load.plans().stream().map(LoadedPlan::plan).toList());
        List<JournalEntry> shown = filter.apply(entries);
        JournalStatistics statistics = JournalStatistics.of(shown, filter.zone(), band());
        OverrideSummary overrides = OverrideSummary.of(shown);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? StatsReport.json(journal, statistics, overrides, load.problems()) + System.lineSeparator()
                : StatsReport.table(journal, statistics, overrides));
        out.flush();
        return MicroplanCommand.OK;
    }

    JournalLoad load() {
        return JournalOption.load(journal);
    }

    /** The option, else the journal's setting (its default when settings.json is missing or unreadable). */
    private BigDecimal band() {
        if (breakevenR != null) {
            if (breakevenR.signum() < 0) {
                throw new BadInputException("--breakeven-r: must not be negative, was " + breakevenR.toPlainString());
            }
            return breakevenR;
        }
        try {
            return JournalStore.openExisting(journal).loadSettings().breakevenBand();
        } catch (StoreException e) {
            return Settings.DEFAULT_BREAKEVEN_BAND;
        }
    }

    JournalFilter filter() {
        JournalFilter filter = JournalFilter.all(zone()).withStatuses(statuses()).withSymbol(symbol)
                .withSide(direction()).withTag(tag).withText(search);
        try {
            return filter.withDates(day(from, "--from"), day(to, "--to"));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--from/--to: " + e.getMessage());
        }
    }

    private ZoneId zone() {
        return ZoneOption.parse(zone);
    }

    private Set<PlanStatus> statuses() {
        Set<PlanStatus> result = EnumSet.noneOf(PlanStatus.class);
        for (String status : statuses) {
            try {
                result.add(PlanStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--status: '" + status + "' is not one of "
                        + String.join(", ", EnumSet.allOf(PlanStatus.class).stream()
                        .map(s -> s.name().toLowerCase(Locale.ROOT)).toList()));
            }
        }
        return result;
    }

    private Direction direction() {
        return side == null ? null : SideOption.parse(side);
    }

    private static LocalDate day(String text, String option) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + ": '" + text + "' is not a date like 2026-03-31");
        }
    }
}
