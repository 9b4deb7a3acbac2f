package app.microplan.cli;

import app.microplan.domain.JournalCheck;
import app.microplan.domain.PlanAssessment;
import app.microplan.domain.RuleBook;
import app.microplan.domain.TradePlan;
import app.microplan.store.Json;
import app.microplan.store.LoadedPlan;
import app.microplan.store.PlanFileReader;
import app.microplan.store.StoreException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `microplan check PLAN.json` (every rule against one plan file, as the window's rule strip would show it) and
 * `microplan check --journal DIR --all` (every DRAFT, READY and OPEN plan of a journal against its account).
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check a plan file against every rule and say whether it may be marked ready; with --journal,"
                + " against its account as the journal shows it now (other plans, equity, limits, today's losses).",
                "Exit code: 0 every blocking rule holds, 1 one fails (with --all: a READY plan no longer holds),"
                        + " 2 bad input."})
final class CheckCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN.json", description = "The plan file to check.")
    Path planFile;

    @Option(names = "--journal", paramLabel = "DIR",
            description = "Journal folder: apply every account rule with its current plans and settings.")
    Path journal;

    @Option(names = "--all", description = "Check every DRAFT, READY and OPEN plan of the --journal.")
    boolean all;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Your time zone, for today's losses and the"
            + " cool-down. Default: this computer's.")
    String zone;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    CheckCommand() {
        this(Clock.systemDefaultZone());
    }

    CheckCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        requireOneThingToCheck();
        Clock at = zone == null ? clock : clock.withZone(zone());
        PrintWriter out = spec.commandLine().getOut();
        int exit = all ? checkAll(out, at) : checkOne(out, at);
        out.flush();
        return exit;
    }

    private void requireOneThingToCheck() {
        if (all && journal == null) {
            throw new BadInputException("--all: give the journal to check with --journal DIR");
        }
        if (all && planFile != null) {
            throw new BadInputException("--all: checks every plan of the journal; give PLAN.json or --all, not both");
        }
        if (!all && planFile == null) {
            throw new BadInputException("give a plan file (check PLAN.json), or --journal DIR --all");
        }
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new BadInputException("--zone: '" + zone + "' is not a time zone (try UTC or Europe/Berlin)");
        }
    }

    private int checkOne(PrintWriter out, Clock at) {
        LoadedPlan loaded = readPlan();
        TradePlan plan = loaded.plan();
        if (journal == null) {
            PlanAssessment assessment = RuleBook.assess(plan, at);
            JournalCheck.Result result = new JournalCheck.Result(plan, plan, assessment);
            out.print(json ? json(loaded, result, CheckReport.accountAsRecorded(plan)) + System.lineSeparator()
                    : CheckReport.planTable(planFile, loaded.readOnly(), result, "as recorded in the plan"));
            return assessment.allowsReady() ? MicroplanCommand.OK : MicroplanCommand.RULE_FAILED;
        }
        JournalOption.Read read = JournalOption.read(journal, spec.commandLine().getErr(), "check");
        List<TradePlan> plans = new ArrayList<>(read.plans().stream().filter(p -> !p.id().equals(plan.id())).toList());
        plans.add(plan);
        JournalCheck check = JournalCheck.of(plans, read.settings()::accountNamedOrNull, read.settings().policy(), at);
        JournalCheck.Result result = check.check(plan.id());
        out.print(json ? json(loaded, result, CheckReport.account(check.bookOf(result.checked()), result)) + System.lineSeparator()
                : CheckReport.planTable(planFile, loaded.readOnly(), result, "from the journal " + journal + ", now"));
        return result.holds() ? MicroplanCommand.OK : MicroplanCommand.RULE_FAILED;
    }

    private int checkAll(PrintWriter out, Clock at) {
        JournalOption.Read read = JournalOption.read(journal, spec.commandLine().getErr(), "check");
        JournalCheck check = JournalCheck.of(read.plans(), read.settings()::accountNamedOrNull,
                read.settings().policy(), at);
        List<JournalCheck.Result> results = check.checkLivePlans();
        out.print(json ? CheckReport.journalJson(journal, read.plans().size(), results, check) + System.lineSeparator()
                : CheckReport.journalTable(journal, read.plans().size(), results, check));
        return results.stream().anyMatch(JournalCheck.Result::noLongerReady) ? MicroplanCommand.RULE_FAILED
                : MicroplanCommand.OK;
    }

    private LoadedPlan readPlan() {
        try {
            return PlanFileReader.read(planFile);
        } catch (StoreException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private String json(LoadedPlan loaded, JournalCheck.Result result, ObjectNode account) {
        TradePlan plan = result.checked();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.putObject("plan").put("id", plan.id()).put("status", result.original().status().name())
                .put("file", planFile.toString()).put("readOnly", loaded.readOnly())
                .put("account", plan.account().accountName())
                .put("equity", plan.account().equity())
                .put("backToDraftReason", result.noLongerReady() ? plan.backToDraftReason().orElse("") : null);
        root.put("allowsReady", result.holds());
        root.set("account", account);
        root.setAll(AssessmentReport.jsonTree(result.assessment()));
        try {
            return Json.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
