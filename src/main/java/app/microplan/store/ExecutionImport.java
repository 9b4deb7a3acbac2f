package app.microplan.store;

import app.microplan.domain.Account;
import app.microplan.domain.ContractCatalog;
import app.microplan.domain.ImportMatcher;
import app.microplan.domain.ImportProposal;
import app.microplan.domain.TradePlan;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * An exchange file read and matched against a journal, ready to preview and to write: the one path the window and
 * the command line both take from a file to an {@link ImportProposal}.
 *
 * @param read     what the file held (with every problem, if it has any: then {@code proposal} is null)
 * @param proposal what importing it would do, or null when the file has problems
 */
public record ExecutionImport(Path file, CsvImport read, String account, ImportProposal proposal) {

    /** Matches a clean file's executions and funding against the journal's plans. */
    public static ExecutionImport of(Path file, CsvImport read, List<TradePlan> plans, Account account,
                                     ContractCatalog catalog, Instant now) {
        if (!read.isClean()) {
            return new ExecutionImport(file, read, account.name(), null);
        }
        String source = file.getFileName() + " (" + read.layout().title() + ")";
        ImportProposal proposal = ImportMatcher.propose(read.toImport(), read.fundingToImport(), plans,
                new ImportMatcher.Request(account.name(), account.equity(), catalog, source, now));
        return new ExecutionImport(file, read, account.name(), proposal);
    }

    public boolean hasProblems() {
        return !read.isClean();
    }

    /** Something would change in the journal. */
    public boolean changesSomething() {
        return proposal != null && !proposal.changesNothing();
    }

    /** "3 executions, 1 round trip: 1 plan, 0 unplanned trades, 2 duplicates skipped" — the import's one line. */
    public String summary() {
        if (proposal == null) {
            return read.problems().size() + (read.problems().size() == 1 ? " problem" : " problems")
                    + ": nothing imported";
        }
        int duplicates = proposal.duplicateExecutions() + proposal.duplicateFunding();
        return count(proposal.executions(), "execution") + ", " + count(proposal.roundTrips().size(), "round trip")
                + ": " + count(proposal.matchedPlans(), "plan") + ", "
                + count(proposal.unplanned().size(), "unplanned trade") + ", "
                + count(duplicates, "duplicate") + " skipped";
    }

    /** Writes it into the journal, undoably; {@code mapping} (or null) is remembered with it. */
    public ImportRecord writeTo(JournalStore store, ExecutionCsvMapping mapping, Instant now) throws StoreException {
        if (!changesSomething()) {
            throw new IllegalStateException("nothing to import");
        }
        return JournalImports.of(store).apply(proposal, file.getFileName().toString(), read.layout().title(),
                summary(), mapping, now);
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
