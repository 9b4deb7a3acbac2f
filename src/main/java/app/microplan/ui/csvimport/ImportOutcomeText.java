package app.microplan.ui.csvimport;

import app.microplan.domain.ImportProposal;
import app.microplan.domain.TradeExecution;
import app.microplan.domain.TradePlan;
import app.microplan.domain.Wording;
import app.microplan.domain.WordingText;
import app.microplan.store.CsvImport;
import app.microplan.ui.common.Messages;
import java.util.List;
import java.util.Map;

/**
 * The import dialog's computed lines (what was read, what will change, what is skipped) in the window's language.
 * The domain and store word the same facts in English for the command line and the import history; the window
 * makes its own from the counts, so a German trader reads German and the command line stays as it was.
 */
final class ImportOutcomeText {
    private ImportOutcomeText() {
    }

    /** "Into the long BTC-MICRO-0.01 plan of 2026-03-01 (ready): 1 entry, 0 exits, 0 funding payments; becomes open". */
    static String update(ImportProposal.PlanUpdate update) {
        TradePlan before = update.before();
        TradePlan after = update.after();
        TradeExecution was = before.execution() == null ? TradeExecution.NONE : before.execution();
        TradeExecution now = after.execution();
        String what = Messages.text("import.out.what", now.entries().size() - was.entries().size(),
                now.exits().size() - was.exits().size(), now.fundingPayments().size() - was.fundingPayments().size());
        String status = Messages.text(before.status() == after.status() ? "import.out.stays" : "import.out.becomes",
                status(after));
        return Messages.text("import.out.into", direction(before), before.setup().contract().symbol(),
                before.createdAt().toString().substring(0, 10), status(before), what, status);
    }

    /** "Unplanned trade: long BTC-MICRO-0.01, 1 entry and 1 exit, closed". */
    static String unplanned(TradePlan trade) {
        TradeExecution execution = trade.execution();
        return Messages.text("import.out.unplanned", direction(trade), trade.setup().contract().symbol(),
                execution.entries().size(), execution.exits().size(), status(trade));
    }

    /** "Skipped, already in the journal: 2 executions and 0 funding payments". */
    static String duplicates(ImportProposal proposal) {
        return Messages.text("import.out.duplicates", proposal.duplicateExecutions(), proposal.duplicateFunding());
    }

    /** "3 executions, 1 round trip: 1 plan, 0 unplanned trades, 2 duplicates skipped". */
    static String summary(ImportProposal proposal) {
        return Messages.text("import.out.summary", proposal.executions(), proposal.roundTrips().size(),
                proposal.matchedPlans(), proposal.unplanned().size(),
                proposal.duplicateExecutions() + proposal.duplicateFunding());
    }

    /** "12 rows read: 10 executions, 2 funding payments (3 other rows skipped: Transfer, Bonus)." */
    static String read(CsvImport read) {
        String text = Messages.text("import.out.read", read.rows(), read.executions().size());
        if (!read.funding().isEmpty()) {
            text = Messages.text("import.out.readFunding", text, read.funding().size());
        }
        int skipped = read.skipped().values().stream().mapToInt(Integer::intValue).sum();
        if (skipped > 0) {
            text = Messages.text("import.out.readSkipped", text, skipped,
                    String.join(", ", read.skipped().entrySet().stream().map(Map.Entry::getKey).toList()));
        }
        return text + ".";
    }

    /** "2 problems in the file, so nothing will be imported. Fix the file or the mapping:". */
    static String problems(int count) {
        return Messages.text("import.out.problems", count);
    }

    private static String direction(TradePlan plan) {
        return Messages.current().inSentence(Messages.text("direction." + plan.setup().direction().name()));
    }

    private static String status(TradePlan plan) {
        return Messages.current().inSentence(Messages.text("status." + plan.status().name()));
    }

    /** The matcher's notes in the window's language; a note without a wording (or its words) stays English whole. */
    static List<String> notes(ImportProposal proposal) {
        WordingText words = Messages.current().wordingText();
        return proposal.notes().stream().map(note -> {
            Wording wording = proposal.noteWordings().get(note);
            return wording == null ? note : words.render(wording).orElse(note);
        }).toList();
    }

    /** "Zeile 3, Preis: ist leer": a row's problem in the window's language, or the store's English as a whole. */
    static String problem(app.microplan.store.RowProblem problem) {
        if (problem.wording() == null) {
            return problem.message();
        }
        return Messages.current().wordingText().render(problem.wording())
                .map(reason -> problem.column() == null
                        ? Messages.text("import.problem.row", String.valueOf(problem.row()), reason)
                        : Messages.text("import.problem.cell", String.valueOf(problem.row()), problem.column(), reason))
                .orElse(problem.message());
    }
}
