package app.microplan.ui.csvimport;

import app.microplan.domain.Account;
import app.microplan.domain.ContractCatalog;
import app.microplan.domain.TradePlan;
import app.microplan.store.ExecutionCsvMapping;
import app.microplan.store.ExecutionImport;
import app.microplan.store.ImportRecord;
import app.microplan.store.StoreException;
import java.util.List;
import java.util.function.Consumer;

/** The journal an import goes into: its plans and accounts to match against, and where the result is written. */
public interface ImportTarget {
    /** The plans as they are now; called on the FX thread. */
    List<TradePlan> plans();

    List<Account> accounts();

    /** The account a file belongs to unless the trader picks another. */
    String activeAccount();

    /** The contracts unplanned trades are recorded in; reads files, so called off the FX thread. */
    ContractCatalog readCatalog() throws StoreException;

    /** Writes the import (and remembers {@code mapping}, or null); callbacks come back on the FX thread. */
    void apply(ExecutionImport result, ExecutionCsvMapping mapping, Consumer<ImportRecord> done,
               Consumer<Throwable> failed);
}
