package app.microplan.ui.shell;

import app.microplan.domain.Account;
import app.microplan.domain.ContractCatalog;
import app.microplan.domain.TradePlan;
import app.microplan.store.ExecutionCsvMapping;
import app.microplan.store.ExecutionImport;
import app.microplan.store.ImportRecord;
import app.microplan.store.StoreException;
import app.microplan.ui.csvimport.ImportTarget;
import app.microplan.ui.journal.JournalSession;
import java.util.List;
import java.util.function.Consumer;

/** The open journal as the import dialog's target. */
record SessionImportTarget(JournalSession session) implements ImportTarget {

    @Override
    public List<TradePlan> plans() {
        return session.editablePlans();
    }

    @Override
    public List<Account> accounts() {
        return session.getSettings().accounts();
    }

    @Override
    public String activeAccount() {
        return session.getSettings().activeAccountOrFirst().name();
    }

    @Override
    public ContractCatalog readCatalog() throws StoreException {
        return session.readCatalog();
    }

    @Override
    public void apply(ExecutionImport result, ExecutionCsvMapping mapping, Consumer<ImportRecord> done,
                      Consumer<Throwable> failed) {
        session.applyImport(result, mapping, done, failed);
    }
}
