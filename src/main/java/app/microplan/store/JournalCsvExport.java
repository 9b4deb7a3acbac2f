package app.microplan.store;

import app.microplan.domain.Decimals;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.TradeExecution;
import app.microplan.domain.TradeOutcome;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeReview;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal (usually the filtered part of it) as a CSV file a spreadsheet opens: one row per plan, money
 * to the cent, R to two decimals, times ISO-8601 in UTC, empty cells where a plan has no such figure yet.
 * <p>
 * A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage
 * return before one) as a formula, so a thesis written "=HYPERLINK(…)" would be a link to anywhere. Such cells get a
 * leading {@code '}, which spreadsheets show as text and do not run (OWASP's advice for CSV injection). A plain
 * number such as {@code -12.50} is left as it is: it cannot run anything, and it must stay a number.
 */
public final class JournalCsvExport {
    public static final List<String> COLUMNS = List.of("id", "status", "unplanned", "symbol", "side", "tags",
            "created", "opened", "closed", "contracts", "averageEntry", "averageExit", "plannedRisk", "realizedPnl",
            "rMultiple", "riskTaken", "plannedRMultiple", "fees", "funding", "holdingHours", "followedPlan",
            "executionRating", "emotions", "thesis", "mistakes", "lessons");
    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final int PRICE_DECIMALS = 8;
    /** plannedRisk … followedPlan: the cells only a closed trade has. */
    private static final int OUTCOME_COLUMNS = COLUMNS.indexOf("followedPlan") - COLUMNS.indexOf("plannedRisk") + 1;

    private JournalCsvExport() {
    }

    public static String csv(List<JournalEntry> entries) {
        List<List<String>> rows = new ArrayList<>(entries.size() + 1);
        rows.add(COLUMNS);
        for (JournalEntry entry : entries) {
            rows.add(row(entry).stream().map(JournalCsvExport::safe).toList());
        }
        return CsvFiles.write(rows);
    }

    /** Writes the CSV atomically: the file is whole or, if anything fails, as it was. */
    public static void write(List<JournalEntry> entries, Path file) throws StoreException {
        try {
            AtomicFiles.write(file, csv(entries).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("Cannot export to " + file.getFileName() + ": " + Reasons.of(e), e);
        }
    }

    /** The cell as text a spreadsheet shows and never runs: see the class comment. */
    static String safe(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    private static List<String> row(JournalEntry entry) {
        TradePlan plan = entry.plan();
        TradeExecution execution = plan.execution();
        TradeOutcome outcome = entry.outcome();
        TradeReview review = plan.review();
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(plan.id());
        row.add(plan.status().name());
        row.add(Boolean.toString(execution != null && execution.unplanned()));
        row.add(entry.symbol());
        row.add(entry.side().name());
        row.add(String.join("; ", plan.tags()));
        row.add(plan.createdAt().toString());
        row.add(execution == null ? "" : time(execution.openedAt()));
        row.add(execution == null ? "" : time(execution.closedAt()));
        row.add(execution == null ? "" : Decimals.plain(execution.enteredContracts()));
        row.add(execution == null ? "" : price(execution.averageEntry()));
        row.add(execution == null ? "" : price(execution.averageExit()));
        addOutcome(row, outcome);
        row.add(review == null ? "" : Integer.toString(review.executionRating()));
        row.add(review == null ? "" : String.join("; ", review.emotions()));
        row.add(plan.written().thesis());
        row.add(review == null ? "" : review.mistakes());
        row.add(review == null ? "" : review.lessons());
        return row;
    }

    private static void addOutcome(List<String> row, TradeOutcome outcome) {
        if (outcome == null) {
            for (int i = 0; i < OUTCOME_COLUMNS; i++) {
                row.add("");
            }
            return;
        }
        row.add(money(outcome.plannedRisk()));
        row.add(money(outcome.realizedPnl()));
        row.add(twoPlaces(outcome.rMultiple()));
        row.add(money(outcome.riskTaken()));
        row.add(twoPlaces(outcome.plannedRMultiple()));
        row.add(money(outcome.fees()));
        row.add(money(outcome.funding()));
        row.add(BigDecimal.valueOf(outcome.holdingTime().toMinutes()).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_UP).toPlainString());
        row.add(Boolean.toString(outcome.followedPlan()));
    }

    private static String twoPlaces(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : Decimals.cents(amount).toPlainString();
    }

    private static String price(BigDecimal price) {
        return price == null ? "" : Decimals.plain(price.setScale(PRICE_DECIMALS, RoundingMode.HALF_EVEN));
    }

    private static String time(Instant time) {
        return time == null ? "" : time.toString();
    }
}
