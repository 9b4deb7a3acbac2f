package app.microplan.cli;

import app.microplan.domain.AccountBook;
import app.microplan.domain.AccountLimits;
import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.Decimals;
import app.microplan.domain.JournalCheck;
import app.microplan.domain.Money;
import app.microplan.domain.PositionSizer;
import app.microplan.domain.RuleResult;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradePlan;
import app.microplan.store.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What `check` prints: one plan's rules with its account, or every live plan of a journal, as a table or JSON. */
final class CheckReport {
    private static final String NL = System.lineSeparator();

    private CheckReport() {
    }

    // ---- One plan -----------------------------------------------------------------------------------------

    static String planTable(Path file, boolean readOnly, JournalCheck.Result result, String accountSource) {
        TradePlan plan = result.checked();
        StringBuilder out = new StringBuilder();
        AssessmentReport.row(out, "Plan", plan.id() + "  (" + result.original().status().label() + ", "
                + plan.setup().direction().label().toLowerCase() + " " + plan.setup().contract().name() + ")");
        AssessmentReport.row(out, "File", file + (readOnly ? "  (read-only: written by a newer Microplan)" : ""));
        AssessmentReport.row(out, "Account", accountLine(plan, plan.account(), result) + " " + accountSource);
        if (result.noLongerReady()) {
            AssessmentReport.row(out, "No longer ready", plan.backToDraftReason().orElse(""));
        }
        out.append(NL).append(AssessmentReport.table(result.assessment()));
        overrides(out, result);
        return out.toString();
    }

    /** The account as a plan file recorded it, for a check without a journal. */
    static ObjectNode accountAsRecorded(TradePlan plan) {
        return account(plan.account(), null, plan, "plan file");
    }

    /** The account as the journal shows it now, with the figures `check` applied to this plan. */
    static ObjectNode account(AccountBook book, JournalCheck.Result result) {
        return account(book.snapshotFor(result.checked().id()), book, result.checked(), "journal");
    }

    private static ObjectNode account(AccountSnapshot snapshot, AccountBook book, TradePlan plan, String source) {
        SizingResult sizing = PositionSizer.size(plan.setup(), plan.policy(), snapshot);
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("name", snapshot.accountName());
        node.put("source", source);
        node.put("equity", Decimals.cents(snapshot.equity()));
        node.put("equityFollowsJournal", book != null && book.account().equityFollowsJournal());
        node.put("otherPlansMargin", Decimals.cents(snapshot.otherPlansMargin()));
        node.put("otherPlansOpenRisk", Decimals.cents(snapshot.otherPlansOpenRisk()));
        BigDecimal openRisk = snapshot.otherPlansOpenRisk().add(sizing.isComplete() ? sizing.riskAmount() : BigDecimal.ZERO);
        node.put("openRisk", Decimals.cents(openRisk));
        node.put("openRiskPercent", snapshot.equity().signum() == 0 ? null
                : Decimals.percentUp(Decimals.divide(openRisk, snapshot.equity())));
        node.put("realizedLossToday", Decimals.cents(snapshot.realizedLossToday()));
        node.put("coolDownUntil", snapshot.coolDownUntil() == null ? null : snapshot.coolDownUntil().toString());
        putLimits(node, snapshot.limits());
        return node;
    }

    /** The whole account: what all its READY and OPEN plans hold together. */
    private static ObjectNode accountTotals(AccountBook book) {
        AccountSnapshot all = book.snapshotFor("");
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("name", all.accountName());
        node.put("equity", Decimals.cents(all.equity()));
        node.put("equityFollowsJournal", book.account().equityFollowsJournal());
        node.put("margin", Decimals.cents(all.otherPlansMargin()));
        node.put("openRisk", Decimals.cents(all.otherPlansOpenRisk()));
        node.put("openRiskPercent", all.equity().signum() == 0 ? null
                : Decimals.percentUp(Decimals.divide(all.otherPlansOpenRisk(), all.equity())));
        node.put("realizedLossToday", Decimals.cents(all.realizedLossToday()));
        node.put("coolDownUntil", all.coolDownUntil() == null ? null : all.coolDownUntil().toString());
        putLimits(node, all.limits());
        return node;
    }

    private static void putLimits(ObjectNode node, AccountLimits limits) {
        node.putObject("limits").put("openRiskCapPercent", Decimals.percent(limits.openRiskCap()))
                .put("dailyLossCapPercent", Decimals.percent(limits.dailyLossCap()))
                .put("coolDownLosses", limits.coolDownLosses()).put("coolDownMinutes", limits.coolDownMinutes());
    }

    // ---- A whole journal ----------------------------------------------------------------------------------

    static String journalTable(Path journal, int planCount, List<JournalCheck.Result> results, JournalCheck check) {
        StringBuilder out = new StringBuilder();
        AssessmentReport.row(out, "Journal", journal + "  (" + planCount + " plans; " + results.size()
                + " draft, ready or open)");
        for (Map.Entry<String, JournalCheck.Result> entry : firstPlanOfEachAccount(results).entrySet()) {
            TradePlan plan = entry.getValue().checked();
            AccountBook book = check.bookOf(plan);
            AssessmentReport.row(out, "Account", entry.getKey() + ": equity " + money(plan, book.equity())
                    + (book.account().equityFollowsJournal() ? " (follows the journal)" : "") + ", margin held "
                    + money(plan, book.marginHeldExcept("")) + ", open risk "
                    + money(plan, book.openRiskExcept("")) + ", today's realized loss "
                    + money(plan, book.realizedLossToday()) + (book.coolDownUntil() == null
                    ? ", no cool-down" : ", cool-down until " + book.coolDownUntil()));
        }
        out.append(NL);
        for (JournalCheck.Result result : results) {
            TradePlan plan = result.checked();
            out.append(String.format("%-12s %-6s %-28s %s%n", plan.id(), result.original().status().label(),
                    plan.setup().direction().label() + " " + plan.setup().contract().symbol(), verdict(result)));
            for (RuleResult rule : result.assessment().rules()) {
                if (!rule.passed()) {
                    out.append(String.format("    [%s] %-24s %s%n", AssessmentReport.state(rule), rule.id(),
                            rule.message() + (rule.isOverridden() ? " — overridden: " + rule.overrideReason() : "")));
                }
            }
        }
        long failing = results.stream().filter(JournalCheck.Result::noLongerReady).count();
        out.append(NL).append(failing == 0 ? "Every READY plan still holds." : failing + " READY plan"
                + (failing == 1 ? " no longer holds" : "s no longer hold") + ": the window turns "
                + (failing == 1 ? "it" : "them") + " back into drafts.").append(NL);
        return out.toString();
    }

    static String journalJson(Path journal, int planCount, List<JournalCheck.Result> results, JournalCheck check) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("journal", journal.toString());
        root.put("plans", planCount);
        ArrayNode accounts = root.putArray("accounts");
        for (JournalCheck.Result first : firstPlanOfEachAccount(results).values()) {
            accounts.add(accountTotals(check.bookOf(first.checked())));
        }
        ArrayNode checked = root.putArray("checked");
        for (JournalCheck.Result result : results) {
            TradePlan plan = result.checked();
            ObjectNode node = checked.addObject().put("id", plan.id()).put("status", result.original().status().name())
                    .put("account", plan.account().accountName()).put("allowsReady", result.holds())
                    .put("noLongerReady", result.noLongerReady())
                    .put("backToDraftReason", result.noLongerReady() ? plan.backToDraftReason().orElse("") : null);
            node.set("rules", AssessmentReport.jsonTree(result.assessment()).get("rules"));
        }
        root.put("readyPlansNoLongerHolding", results.stream().filter(JournalCheck.Result::noLongerReady).count());
        try {
            return Json.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String verdict(JournalCheck.Result result) {
        if (result.noLongerReady()) {
            return "NO LONGER READY — " + result.checked().backToDraftReason().orElse("");
        }
        int failures = result.assessment().blockingFailures().size();
        return switch (result.original().status()) {
            case READY -> "still ready: every blocking rule holds";
            case OPEN -> failures == 0 ? "open: the account holds" : "open: " + failures + " blocking rule"
                    + (failures == 1 ? " fails" : "s fail") + " against the account now";
            default -> failures == 0 ? "can be marked ready" : "draft: " + failures + " blocking rule"
                    + (failures == 1 ? " fails" : "s fail");
        };
    }

    private static Map<String, JournalCheck.Result> firstPlanOfEachAccount(List<JournalCheck.Result> results) {
        Map<String, JournalCheck.Result> accounts = new LinkedHashMap<>();
        results.forEach(r -> accounts.putIfAbsent(r.checked().account().accountName(), r));
        return accounts;
    }

    private static String accountLine(TradePlan plan, AccountSnapshot a, JournalCheck.Result result) {
        String line = a.accountName() + ", equity " + money(plan, a.equity()) + ", other plans' margin "
                + money(plan, a.otherPlansMargin()) + " and open risk "
                + money(plan, a.otherPlansOpenRisk()) + ", today's realized loss "
                + money(plan, a.realizedLossToday());
        return a.coolDownUntil() == null ? line : line + ", cool-down until " + a.coolDownUntil();
    }

    private static String money(TradePlan plan, BigDecimal amount) {
        return Money.format(amount, plan.setup().contract().quoteCurrency());
    }

    private static void overrides(StringBuilder out, JournalCheck.Result result) {
        for (RuleResult rule : result.assessment().rules()) {
            if (rule.isOverridden()) {
                out.append("Overridden: ").append(rule.id()).append(" — ").append(rule.overrideReason()).append(NL);
            }
        }
    }
}
