package app.microplan.cli;

import app.microplan.checklist.ChecklistExport;
import app.microplan.checklist.PaperSize;
import app.microplan.checklist.ReviewReportExport;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.PeriodReview;
import app.microplan.domain.Playbook;
import app.microplan.domain.ReviewPeriod;
import app.microplan.domain.SimulationRules;
import app.microplan.domain.SimulationSettings;
import app.microplan.store.JournalLoad;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadProblem;
import app.microplan.store.LoadedPlan;
import app.microplan.store.PlaybookStore;
import app.microplan.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `microplan report`: the periodic review of a week or a month as a PDF. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The review of a week or a month as a PDF: statistics, charts, playbooks, departures from the"
                + " plan, the risk of ruin and the written reviews.",
                "Exit code: 0 written, 2 bad input (one line on stderr says why)."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "The journal folder (holds plans/).")
    Path journal;

    @ArgGroup(multiplicity = "1")
    Period period;

    static final class Period {
        @Option(names = "--week", paramLabel = "YYYY-MM-DD", description = "The week (Monday to Sunday) holding this day.")
        String week;

        @Option(names = "--month", paramLabel = "YYYY-MM", description = "This calendar month.")
        String month;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write (replaced if it exists).")
    Path out;

    @Option(names = "--paper", defaultValue = "a4", paramLabel = "a4|letter", description = "Default: ${DEFAULT-VALUE}.")
    String paper;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the days. Default: this computer's.")
    String zone;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The simulation's seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() {
        PaperSize paperSize = PaperSize.parse(paper);
        if (paperSize == null) {
            throw new BadInputException("--paper: '" + paper + "' is neither a4 nor letter");
        }
        ZoneId zoneId = zone();
        ReviewPeriod reviewPeriod = reviewPeriod();
        JournalLoad load = load();
        PrintWriter err = spec.commandLine().getErr();
        for (LoadProblem problem : load.problems()) {
            err.println("report: skipped " + problem.message());
        }
        err.flush();
        List<JournalEntry> entries = JournalEntry.ofAll(load.plans().stream().map(LoadedPlan::plan).toList());
        PeriodReview review = PeriodReview.of(entries, reviewPeriod, zoneId, playbooks(), SimulationRules.defaults(),
                SimulationSettings.defaults().withSeed(seed));
        try {
            ChecklistExport.Result result = ReviewReportExport.export(review, journal.toAbsolutePath().normalize()
                    .getFileName().toString(), paperSize, out, ChecklistExport.Progress.NONE);
            spec.commandLine().getOut().println("Wrote " + result.file() + " (" + reviewPeriod.title() + ", "
                    + result.pages() + (result.pages() == 1 ? " page, " : " pages, ") + result.bytes() + " bytes)");
            spec.commandLine().getOut().flush();
            return MicroplanCommand.OK;
        } catch (IOException e) {
            throw new BadInputException("--out: " + ChecklistExport.describe(e, out));
        }
    }

    private ReviewPeriod reviewPeriod() {
        try {
            return period.week != null ? ReviewPeriod.weekOf(LocalDate.parse(period.week.strip()))
                    : ReviewPeriod.month(YearMonth.parse(period.month.strip()));
        } catch (DateTimeParseException e) {
            throw new BadInputException(period.week != null ? "--week: '" + period.week + "' is not a date like 2026-02-09"
                    : "--month: '" + period.month + "' is not a month like 2026-02");
        }
    }

    private ZoneId zone() {
        return ZoneOption.parse(zone);
    }

    private JournalLoad load() {
        if (!Files.isDirectory(journal.resolve("plans"))) {
            throw new BadInputException("--journal: " + journal + " is not a Microplan journal (no plans folder)");
        }
        try {
            return JournalStore.openExisting(journal).loadPlans();
        } catch (StoreException e) {
            throw new BadInputException("--journal: " + e.getMessage());
        }
    }

    private List<Playbook> playbooks() {
        try {
            return PlaybookStore.in(journal).load();
        } catch (StoreException e) {
            throw new BadInputException("--journal: " + e.getMessage());
        }
    }
}
