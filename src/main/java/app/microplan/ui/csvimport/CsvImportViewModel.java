package app.microplan.ui.csvimport;

import app.microplan.domain.Account;
import app.microplan.domain.ContractCatalog;
import app.microplan.domain.ImportProposal;
import app.microplan.domain.QuantityUnit;
import app.microplan.domain.TradePlan;
import app.microplan.store.CsvImport;
import app.microplan.store.CsvMappingStore;
import app.microplan.store.CsvPreview;
import app.microplan.store.ExecutionCsv;
import app.microplan.store.ExecutionCsvMapping;
import app.microplan.store.ExecutionImport;
import app.microplan.store.ImportLayout;
import app.microplan.store.RowProblem;
import app.microplan.ui.common.LatestRun;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.TaskRunner;
import app.microplan.ui.common.TradeFormats;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Importing an exchange's history into the journal: which file it is (a known exchange file by its header, one
 * mapped before, or a new one to map column by column), a preview of its rows, every problem of every row — and
 * then nothing is imported — or, for a clean file, what goes where: which plan takes which trade, which trades are
 * unplanned, what was already in the journal. The file is read and matched on the task runner, again whenever the
 * mapping or the account changes.
 */
public final class CsvImportViewModel {
    /** The characters a CSV may put between fields. */
    public enum Delimiter {
        COMMA(",", "Comma"), SEMICOLON(";", "Semicolon"), TAB("\t", "Tab");

        private final String character;
        private final String label;

        Delimiter(String character, String label) {
            this.character = character;
            this.label = label;
        }

        public String label() {
            return Messages.current().getOr("import.out.delimiter." + name(), label);
        }

        static Delimiter of(String character) {
            for (Delimiter d : values()) {
                if (d.character.equals(character)) {
                    return d;
                }
            }
            return COMMA;
        }
    }

    static final int PREVIEW_ROWS = 20;
    /** Time formats offered first; the trader may type a pattern such as dd.MM.yyyy HH:mm:ss. */
    public static final List<String> TIME_FORMATS = List.of(ExecutionCsvMapping.ISO, ExecutionCsvMapping.EPOCH_MILLIS,
            ExecutionCsvMapping.EPOCH_SECONDS, "yyyy-MM-dd HH:mm:ss", "dd.MM.yyyy HH:mm:ss", "MM/dd/yyyy HH:mm:ss");

    private final Path file;
    private final ImportTarget target;
    private final CsvMappingStore mappings;
    private final TaskRunner tasks;
    private final Clock clock;
    private final LatestRun<Checked> checks;
    private final ChangeListener<Object> mappingChanged = (obs, old, now) -> recheck();

    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ObjectProperty<String> account = new SimpleObjectProperty<>(this, "account");
    private final ObservableList<String> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<String> timeColumn = new SimpleObjectProperty<>(this, "timeColumn");
    private final ObjectProperty<String> symbolColumn = new SimpleObjectProperty<>(this, "symbolColumn");
    private final ObjectProperty<String> sideColumn = new SimpleObjectProperty<>(this, "sideColumn");
    private final ObjectProperty<String> priceColumn = new SimpleObjectProperty<>(this, "priceColumn");
    private final ObjectProperty<String> quantityColumn = new SimpleObjectProperty<>(this, "quantityColumn");
    private final ObjectProperty<String> feeColumn = new SimpleObjectProperty<>(this, "feeColumn");
    private final StringProperty timeFormat = new SimpleStringProperty(this, "timeFormat", ExecutionCsvMapping.ISO);
    private final StringProperty timeZone = new SimpleStringProperty(this, "timeZone", "UTC");
    private final ObjectProperty<Delimiter> delimiter = new SimpleObjectProperty<>(this, "delimiter", Delimiter.COMMA);
    private final BooleanProperty decimalComma = new SimpleBooleanProperty(this, "decimalComma");
    private final ObjectProperty<QuantityUnit> quantityUnit =
            new SimpleObjectProperty<>(this, "quantityUnit", QuantityUnit.CONTRACTS);

    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<String> headersView = FXCollections.unmodifiableObservableList(headers);
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRowsView = FXCollections.unmodifiableObservableList(previewRows);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<String> outcome = FXCollections.observableArrayList();
    private final ObservableList<String> outcomeView = FXCollections.unmodifiableObservableList(outcome);
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<String> notesView = FXCollections.unmodifiableObservableList(notes);
    private final ReadOnlyBooleanWrapper knownLayout = new ReadOnlyBooleanWrapper(this, "knownLayout");
    private final ReadOnlyStringWrapper layoutText = new ReadOnlyStringWrapper(this, "layoutText",
            Messages.text("import.reading"));
    /* What the layout line says before the times are known: they are added to it once the file is read. */
    private String layoutBase = "";
    private final ReadOnlyStringWrapper mappingProblem = new ReadOnlyStringWrapper(this, "mappingProblem");
    private final ReadOnlyStringWrapper readSummary = new ReadOnlyStringWrapper(this, "readSummary",
            Messages.text("import.out.readingShort"));
    private final ReadOnlyStringWrapper resultSummary = new ReadOnlyStringWrapper(this, "resultSummary", "");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(this, "imported");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    private ExecutionCsv.Opened opened;
    private ContractCatalog catalog;
    private ExecutionImport result;
    private ExecutionCsvMapping lastMapping;
    private boolean applying = true;

    /** What one read of the file found: its first rows, and (once it can be read) the whole import worked out. */
    private record Checked(CsvPreview preview, ExecutionCsvMapping mapping, ExecutionImport result) {
    }

    public CsvImportViewModel(Path file, ImportTarget target, CsvMappingStore mappings, TaskRunner tasks,
                              Clock clock) {
        this.file = file;
        this.target = target;
        this.mappings = mappings;
        this.tasks = tasks;
        this.clock = clock;
        this.checks = new LatestRun<>(tasks, Messages.text("import.out.readingFile", file.getFileName()));
        String name = file.getFileName().toString();
        source.set(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        accounts.setAll(target.accounts().stream().map(Account::name).toList());
        account.set(target.activeAccount());
        for (ObjectProperty<?> input : List.of(timeColumn, symbolColumn, sideColumn, priceColumn, quantityColumn,
                feeColumn, delimiter, quantityUnit, account)) {
            input.addListener(mappingChanged);
        }
        timeFormat.addListener(mappingChanged);
        timeZone.addListener(mappingChanged);
        decimalComma.addListener(mappingChanged);
        start();
    }

    // ---- Inputs -------------------------------------------------------------------------------------------

    /** The name a new mapping is remembered under ("my broker"); files are matched to it by their header. */
    public StringProperty sourceProperty() {
        return source;
    }

    /** The account the file belongs to: only its plans take the file's trades. */
    public ObjectProperty<String> accountProperty() {
        return account;
    }

    public ObservableList<String> accounts() {
        return accounts;
    }

    public ObjectProperty<String> timeColumnProperty() {
        return timeColumn;
    }

    public ObjectProperty<String> symbolColumnProperty() {
        return symbolColumn;
    }

    public ObjectProperty<String> sideColumnProperty() {
        return sideColumn;
    }

    public ObjectProperty<String> priceColumnProperty() {
        return priceColumn;
    }

    public ObjectProperty<String> quantityColumnProperty() {
        return quantityColumn;
    }

    /** The fee column, or null when the file has none (fees are then zero). */
    public ObjectProperty<String> feeColumnProperty() {
        return feeColumn;
    }

    public StringProperty timeFormatProperty() {
        return timeFormat;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public ObjectProperty<Delimiter> delimiterProperty() {
        return delimiter;
    }

    public BooleanProperty decimalCommaProperty() {
        return decimalComma;
    }

    public ObjectProperty<QuantityUnit> quantityUnitProperty() {
        return quantityUnit;
    }

    // ---- Derived, read-only -------------------------------------------------------------------------------

    public Path file() {
        return file;
    }

    /** True when the file is one Microplan knows (or one mapped before): the column mapping is not needed. */
    public ReadOnlyBooleanProperty knownLayoutProperty() {
        return knownLayout.getReadOnlyProperty();
    }

    /** "Binance USD-M futures trade history · times in UTC−06:00, from the file name", or what to do instead. */
    public ReadOnlyStringProperty layoutTextProperty() {
        return layoutText.getReadOnlyProperty();
    }

    public String getLayoutText() {
        return layoutText.get();
    }

    public ObservableList<String> headers() {
        return headersView;
    }

    /** The first rows of the file as text, for the preview table. */
    public ObservableList<List<String>> previewRows() {
        return previewRowsView;
    }

    /** Every problem of every row: "row 3, Price: '7O050' is not a number". */
    public ObservableList<String> problems() {
        return problemsView;
    }

    /** What goes where: one line per plan that takes executions, one per unplanned trade, the duplicates skipped. */
    public ObservableList<String> outcome() {
        return outcomeView;
    }

    /** Why trades went unplanned though a plan of their symbol exists, funding that fits no trade, warnings. */
    public ObservableList<String> notes() {
        return notesView;
    }

    /** What is wrong with the mapping itself (a column not chosen, a time pattern that is not one); or null. */
    public ReadOnlyStringProperty mappingProblemProperty() {
        return mappingProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readSummaryProperty() {
        return readSummary.getReadOnlyProperty();
    }

    public String getReadSummary() {
        return readSummary.get();
    }

    /** "3 executions, 1 round trip: 1 plan, 0 unplanned trades, 0 duplicates skipped", or why nothing. */
    public ReadOnlyStringProperty resultSummaryProperty() {
        return resultSummary.getReadOnlyProperty();
    }

    public String getResultSummary() {
        return resultSummary.get();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public boolean canImport() {
        return canImport.get();
    }

    /** True once the import is written (the dialog then closes). */
    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public String getNotice() {
        return notice.get();
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return checks.runningProperty();
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    /** Writes the import into the journal, undoably; a new mapping is remembered for files with this header. */
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        canImport.set(false);
        ExecutionImport chosen = result;
        ExecutionCsvMapping mapping = knownLayout.get() || lastMapping == null ? null : lastMapping.forHeader(headers);
        notice.set(Messages.text("import.out.importing"));
        target.apply(chosen, mapping, record -> {
            notice.set(Messages.text("import.out.imported", ImportOutcomeText.summary(chosen.proposal())));
            imported.set(true);
        }, error -> {
            notice.set(Messages.text("import.out.nothingImported", TradeFormats.sentence(error.getMessage())));
            canImport.set(chosen.changesSomething());
        });
    }

    // ---- Reading ------------------------------------------------------------------------------------------

    private record Start(List<ExecutionCsvMapping> remembered, ExecutionCsv.Opened opened, CsvPreview preview,
                         Delimiter delimiter, ContractCatalog catalog) {
    }

    /* Which file it is, its first rows, and the contracts unplanned trades go into. */
    private void start() {
        tasks.submitLong(Messages.text("import.out.readingFile", file.getFileName()), progress -> {
            List<ExecutionCsvMapping> remembered = mappings.all();
            ExecutionCsv.Opened found = ExecutionCsv.open(file, remembered);
            Delimiter separator = found.isKnown() ? Delimiter.of(found.layout().delimiter()) : guessDelimiter();
            CsvPreview preview = ExecutionCsv.preview(file, separator.character.charAt(0),
                    found.headerIndex() + PREVIEW_ROWS);
            return new Start(remembered, found, preview, separator, target.readCatalog());
        }, this::started, error -> readSummary.set(TradeFormats.sentence(error.getMessage())));
    }

    private Delimiter guessDelimiter() throws Exception {
        for (Delimiter each : Delimiter.values()) {
            if (ExecutionCsv.preview(file, each.character.charAt(0), 1).headers().size() > 1) {
                return each;
            }
        }
        return Delimiter.COMMA;
    }

    private void started(Start start) {
        opened = start.opened();
        catalog = start.catalog();
        knownLayout.set(opened.isKnown());
        int skip = opened.headerIndex();
        List<List<String>> rows = start.preview().rows();
        previewRows.setAll(rows.subList(Math.min(skip, rows.size()), rows.size()));
        headers.setAll(opened.isKnown() ? opened.header() : start.preview().headers());
        if (opened.isKnown()) {
            ImportLayout layout = opened.layout();
            layoutBase = opened.mapping() != null ? Messages.text("import.out.yourMapping", layout.name())
                    : Messages.text("import.out.recognised", layout.title());
            layoutText.set(layoutBase);
            if (opened.mapping() != null) {
                apply(opened.mapping());
            }
        } else {
            layoutText.set(Messages.text("import.out.unknown"));
            delimiter.set(start.delimiter());
            guessColumns();
        }
        applying = false;
        recheck();
    }

    private void apply(ExecutionCsvMapping mapping) {
        source.set(mapping.source());
        timeColumn.set(mapping.timeColumn());
        symbolColumn.set(mapping.symbolColumn());
        sideColumn.set(mapping.sideColumn());
        priceColumn.set(mapping.priceColumn());
        quantityColumn.set(mapping.quantityColumn());
        feeColumn.set(mapping.feeColumn());
        timeFormat.set(mapping.timeFormat());
        timeZone.set(mapping.timeZone());
        delimiter.set(Delimiter.of(mapping.delimiter()));
        decimalComma.set(mapping.decimalComma());
        quantityUnit.set(mapping.quantityUnit());
    }

    private void recheck() {
        if (applying || opened == null) {
            return;
        }
        canImport.set(false);
        checks.request(this::prepare, this::checked, error -> readSummary.set(TradeFormats.sentence(error.getMessage())));
    }

    /** The layout or mapping as chosen now, and the work that reads the file and matches it against the journal. */
    private TaskRunner.Work<Checked> prepare() {
        List<TradePlan> plans = target.plans();
        Account chosen = target.accounts().stream().filter(a -> a.name().equals(account.get())).findFirst()
                .orElse(target.accounts().get(0));
        ContractCatalog contracts = catalog;
        if (opened.isKnown() && opened.mapping() == null) {
            ImportLayout layout = opened.layout();
            int headerIndex = opened.headerIndex();
            return progress -> new Checked(null, null, ExecutionImport.of(file,
                    ExecutionCsv.read(file, layout, headerIndex), plans, chosen, contracts, clock.instant()));
        }
        char separator = delimiter.get().character.charAt(0);
        ExecutionCsvMapping mapping = mapping();
        return progress -> new Checked(ExecutionCsv.preview(file, separator, PREVIEW_ROWS), mapping,
                mapping == null ? null : ExecutionImport.of(file, ExecutionCsv.read(file, mapping), plans, chosen,
                        contracts, clock.instant()));
    }

    private ExecutionCsvMapping mapping() {
        try {
            ExecutionCsvMapping mapping = new ExecutionCsvMapping(source.get(), timeColumn.get(), symbolColumn.get(),
                    sideColumn.get(), priceColumn.get(), quantityColumn.get(), feeColumn.get(), timeFormat.get(),
                    timeZone.get(), delimiter.get().character, decimalComma.get(), quantityUnit.get());
            mappingProblem.set(null);
            return mapping;
        } catch (IllegalArgumentException e) {
            mappingProblem.set(TradeFormats.sentence(e.getMessage()));
            return null;
        }
    }

    private void checked(Checked checked) {
        if (checked.preview() != null) {
            previewRows.setAll(checked.preview().rows());
            if (!headers.equals(checked.preview().headers())) {
                // Another delimiter split the header differently: guess the columns again and read once more.
                headers.setAll(checked.preview().headers());
                applying = true;
                guessColumns();
                applying = false;
                recheck();
                return;
            }
        }
        lastMapping = checked.mapping();
        result = checked.result();
        if (result == null) {
            problems.clear();
            outcome.clear();
            notes.clear();
            readSummary.set(Messages.text("import.out.chooseColumns"));
            resultSummary.set("");
            return;
        }
        CsvImport read = result.read();
        if (opened.isKnown()) {
            layoutText.set(layoutBase + Messages.text("import.out.times", read.zone()));
        }
        problems.setAll(read.problems().stream().map(ImportOutcomeText::problem).toList());
        readSummary.set(read.isClean() ? ImportOutcomeText.read(read) : ImportOutcomeText.problems(read.problems().size()));
        showOutcome(result.proposal());
        List<String> allNotes = new ArrayList<>(result.proposal() == null ? List.of()
                : ImportOutcomeText.notes(result.proposal()));
        allNotes.addAll(read.warnings());
        notes.setAll(allNotes);
        resultSummary.set(result.proposal() == null ? "" : result.changesSomething()
                ? Messages.text("import.out.willImport", ImportOutcomeText.summary(result.proposal()))
                : Messages.text("import.out.nothingToImport", ImportOutcomeText.summary(result.proposal())));
        canImport.set(result.changesSomething());
    }

    private void showOutcome(ImportProposal proposal) {
        List<String> lines = new ArrayList<>();
        if (proposal != null) {
            proposal.updates().forEach(u -> lines.add(ImportOutcomeText.update(u)));
            for (TradePlan plan : proposal.unplanned()) {
                lines.add(ImportOutcomeText.unplanned(plan));
            }
            int duplicates = proposal.duplicateExecutions() + proposal.duplicateFunding();
            if (duplicates > 0) {
                lines.add(ImportOutcomeText.duplicates(proposal));
            }
        }
        outcome.setAll(lines);
    }

    /* Columns not chosen yet are guessed from the header names. */
    private void guessColumns() {
        guess(timeColumn, ColumnGuess.TIME);
        guess(symbolColumn, ColumnGuess.SYMBOL);
        guess(sideColumn, ColumnGuess.SIDE);
        guess(priceColumn, ColumnGuess.PRICE);
        guess(quantityColumn, ColumnGuess.QUANTITY);
        guess(feeColumn, ColumnGuess.FEE);
    }

    private void guess(ObjectProperty<String> column, List<String> names) {
        if (column.get() == null || !headers.contains(column.get())) {
            column.set(ColumnGuess.pick(headers, names));
        }
    }
}
