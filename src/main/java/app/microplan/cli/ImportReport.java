package app.microplan.cli;

import app.microplan.domain.ImportProposal;
import app.microplan.domain.TradePlan;
import app.microplan.store.CsvImport;
import app.microplan.store.ExecutionImport;
import app.microplan.store.ImportRecord;
import app.microplan.store.Json;
import app.microplan.store.RowProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** What an import found and did, for the command line: a report people read, or one JSON object. */
final class ImportReport {
    private ImportReport() {
    }

    static String text(ExecutionImport result, boolean dryRun, ImportRecord written) {
        CsvImport read = result.read();
        StringBuilder out = new StringBuilder();
        row(out, "File", result.file().toString());
        row(out, "Layout", read.layout().title() + "  (times: " + read.zone() + ")");
        row(out, "Account", result.account());
        row(out, "Rows read", read.rows() + skipped(read.skipped()));
        ImportProposal proposal = result.proposal();
        if (proposal != null) {
            row(out, "Executions", proposal.executions() + "  (" + proposal.duplicateExecutions()
                    + " duplicates skipped)");
            row(out, "Funding", proposal.fundingPayments() + (proposal.fundingPayments() == 1 ? " payment"
                    : " payments") + "  (" + proposal.duplicateFunding() + " duplicates skipped)");
            row(out, "Round trips", Integer.toString(proposal.roundTrips().size()));
            row(out, "Matched plans", Integer.toString(proposal.matchedPlans()));
            proposal.updates().forEach(u -> out.append("  ").append(u.summary()).append(System.lineSeparator()));
            row(out, "Unplanned", proposal.unplanned().size() + (proposal.unplanned().size() == 1 ? " trade"
                    : " trades"));
            proposal.unplanned().forEach(p -> out.append("  ").append(unplanned(p)).append(System.lineSeparator()));
            list(out, "Notes", proposal.notes());
        }
        list(out, "Warnings", read.warnings());
        list(out, "Problems", read.problems().stream().map(RowProblem::message).toList());
        out.append(System.lineSeparator()).append(outcome(result, dryRun, written)).append(System.lineSeparator());
        return out.toString();
    }

    static String json(ExecutionImport result, boolean dryRun, ImportRecord written) {
        CsvImport read = result.read();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("file", result.file().toString());
        root.put("layout", read.layout().title());
        root.put("layoutId", read.layout().id());
        root.put("timeZone", read.zone());
        root.put("account", result.account());
        root.put("rowsRead", read.rows());
        ObjectNode skipped = root.putObject("skippedRows");
        read.skipped().forEach(skipped::put);
        ImportProposal proposal = result.proposal();
        root.put("executions", proposal == null ? read.executions().size() : proposal.executions());
        root.put("duplicatesSkipped", proposal == null ? 0 : proposal.duplicateExecutions());
        root.put("fundingPayments", proposal == null ? read.funding().size() : proposal.fundingPayments());
        root.put("duplicateFundingSkipped", proposal == null ? 0 : proposal.duplicateFunding());
        root.put("roundTrips", proposal == null ? 0 : proposal.roundTrips().size());
        ArrayNode matched = root.putArray("matchedPlans");
        ArrayNode unplanned = root.putArray("unplannedTrades");
        if (proposal != null) {
            for (ImportProposal.PlanUpdate update : proposal.updates()) {
                matched.addObject().put("planId", update.before().id())
                        .put("statusBefore", update.before().status().name())
                        .put("statusAfter", update.after().status().name()).put("summary", update.summary());
            }
            for (TradePlan plan : proposal.unplanned()) {
                unplanned.addObject().put("planId", plan.id()).put("symbol", plan.setup().contract().symbol())
                        .put("side", plan.setup().direction().name()).put("status", plan.status().name())
                        .put("summary", unplanned(plan));
            }
        }
        strings(root.putArray("notes"), proposal == null ? List.of() : proposal.notes());
        strings(root.putArray("warnings"), read.warnings());
        ArrayNode problems = root.putArray("problems");
        for (RowProblem problem : read.problems()) {
            problems.addObject().put("row", problem.row()).put("column", problem.column())
                    .put("reason", problem.reason()).put("message", problem.message());
        }
        root.put("dryRun", dryRun);
        root.put("imported", written != null);
        root.put("importId", written == null ? null : written.id());
        root.put("summary", result.summary());
        try {
            return Json.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String outcome(ExecutionImport result, boolean dryRun, ImportRecord written) {
        if (result.hasProblems()) {
            return "Nothing imported: fix the rows above (or the file) and import again.";
        }
        if (!result.changesSomething()) {
            return "Nothing to import: " + result.summary() + ".";
        }
        if (dryRun) {
            return "Would import (dry run, nothing written): " + result.summary() + ".";
        }
        return "Imported: " + result.summary() + ". Import " + written.id() + " can be undone as a whole in the"
                + " window (File ▸ Undo import of " + written.file() + ").";
    }

    private static String unplanned(TradePlan plan) {
        return ImportProposal.describe(plan);
    }

    private static String skipped(Map<String, Integer> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("  (skipped: ");
        skipped.forEach((kind, n) -> text.append(n).append(" ").append(kind).append(", "));
        return text.substring(0, text.length() - 2) + ")";
    }

    private static void list(StringBuilder out, String title, List<String> lines) {
        row(out, title, lines.isEmpty() ? "none" : Integer.toString(lines.size()));
        lines.forEach(line -> out.append("  ").append(line).append(System.lineSeparator()));
    }

    private static void strings(ArrayNode array, List<String> lines) {
        lines.forEach(array::add);
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format("%-15s %s%n", label, value));
    }
}
