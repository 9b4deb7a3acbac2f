package app.microplan.cli;

import app.microplan.domain.AccountMargin;
import app.microplan.domain.Money;
import app.microplan.domain.PlanAssessment;
import app.microplan.domain.PlanLifecycle;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.RuleBook;
import app.microplan.domain.TradePlan;
import app.microplan.store.JournalLoad;
import app.microplan.store.JournalStore;
import app.microplan.store.PlanFileReader;
import app.microplan.store.StoreException;
import app.microplan.store.Json;
import app.microplan.store.LoadProblem;
import app.microplan.store.LoadedPlan;
import app.microplan.store.StoreException;
import app.microplan.store.UnreadableFileException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `microplan check PLAN.json`: every rule against one plan file, as the window's rule strip would show it. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check a plan file against every rule and say whether it may be marked ready.",
                "Exit code: 0 every blocking rule holds, 1 one fails, 2 the file cannot be read."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json", description = "The plan file to check.")
    Path planFile;

    @Option(names = "--journal", paramLabel = "DIR",
            description = "Journal folder: a draft counts the margin of its account's READY and OPEN plans"
                    + " there (a ready plan keeps the snapshot it was marked ready with).")
    Path journal;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        LoadedPlan loaded = readPlan();
        TradePlan plan = loaded.plan();
        String marginSource = "as recorded in the plan";
        if (journal != null) {
            if (plan.status() == PlanStatus.DRAFT) {
                plan = withJournalMargin(plan);
                marginSource = "from the journal " + journal;
            } else {
                marginSource = "as recorded when the plan left DRAFT (frozen)";
            }
        }
        PlanAssessment assessment = RuleBook.assess(plan);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(loaded, plan, assessment, marginSource) + System.lineSeparator()
                : table(loaded, plan, assessment, marginSource));
        out.flush();
        return assessment.allowsReady() ? MicroplanCommand.OK : MicroplanCommand.RULE_FAILED;
    }

    private LoadedPlan readPlan() {
        try {
            return PlanFileReader.read(planFile);
        } catch (StoreException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** A draft's snapshot is taken again: the account's other READY and OPEN plans in the journal, as they are now. */
    private TradePlan withJournalMargin(TradePlan plan) {
        JournalLoad load;
        try {
            load = JournalStore.openExisting(journal).loadPlans();
        } catch (StoreException e) {
            throw new BadInputException("--journal: " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        for (LoadProblem problem : load.problems()) {
            err.println("check: warning: " + problem.message() + " (not counted in the other plans' margin)");
        }
        err.flush();
        BigDecimal otherMargin = AccountMargin.heldByOtherPlans(load.plans().stream().map(LoadedPlan::plan).toList(),
                plan.account().accountName(), plan.id());
        return PlanLifecycle.refreshAccount(plan, plan.account().withOtherPlansMargin(otherMargin));
    }

    private String table(LoadedPlan loaded, TradePlan plan, PlanAssessment assessment, String marginSource) {
        StringBuilder out = new StringBuilder();
        String currency = plan.setup().contract().quoteCurrency();
        AssessmentReport.row(out, "Plan", plan.id() + "  (" + plan.status().label() + ", "
                + plan.setup().direction().label().toLowerCase() + " " + plan.setup().contract().name() + ")");
        AssessmentReport.row(out, "File", planFile.toString() + (loaded.readOnly()
                ? "  (read-only: written by a newer Microplan)" : ""));
        AssessmentReport.row(out, "Account", plan.account().accountName() + ", equity "
                + Money.format(plan.account().equity(), currency) + ", other plans' margin "
                + Money.format(plan.account().otherPlansMargin(), currency) + " " + marginSource);
        out.append(System.lineSeparator()).append(AssessmentReport.table(assessment));
        return out.toString();
    }

    private String json(LoadedPlan loaded, TradePlan plan, PlanAssessment assessment, String marginSource) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.putObject("plan").put("id", plan.id()).put("status", plan.status().name())
                .put("file", planFile.toString()).put("readOnly", loaded.readOnly())
                .put("account", plan.account().accountName())
                .put("equity", plan.account().equity())
                .put("otherPlansMarginSource", marginSource);
        root.put("allowsReady", assessment.allowsReady());
        root.setAll(AssessmentReport.jsonTree(assessment));
        try {
            return Json.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
