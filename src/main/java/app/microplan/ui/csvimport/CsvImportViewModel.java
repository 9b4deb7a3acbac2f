package app.microplan.ui.csvimport;

import app.microplan.domain.ExecutionMatcher;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.QuantityUnit;
import app.microplan.domain.TradePlan;
import app.microplan.store.CsvImport;
import app.microplan.store.CsvMappingStore;
import app.microplan.store.CsvPreview;
import app.microplan.store.ExecutionCsv;
import app.microplan.store.ExecutionCsvMapping;
import app.microplan.store.RowProblem;
import app.microplan.ui.common.LatestRun;
import app.microplan.ui.common.TaskRunner;
import app.microplan.ui.common.TradeFormats;
import app.microplan.ui.plan.PlanViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * Importing an exchange's trade history into the selected plan: the column mapping (remembered per source),
 * a preview of the file, every row that cannot be read with its number and reason — and then nothing is
 * imported — or, for a clean file, what the executions of one symbol would make of the plan. The file is read
 * on the task runner, again whenever the mapping changes.
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
            return label;
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
    private final PlanViewModel plan;
    private final CsvMappingStore mappings;
    private final TaskRunner tasks;
    private final LatestRun<Checked> checks;
    private final LatestRun<Lookup> lookups;
    private final ChangeListener<Object> mappingChanged = (obs, old, now) -> recheck();

    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ObservableList<String> sources = FXCollections.observableArrayList();
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
    private final ObjectProperty<String> fileSymbol = new SimpleObjectProperty<>(this, "fileSymbol");

    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<String> headersView = FXCollections.unmodifiableObservableList(headers);
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRowsView = FXCollections.unmodifiableObservableList(previewRows);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<String> fileSymbols = FXCollections.observableArrayList();
    private final ObservableList<String> fileSymbolsView = FXCollections.unmodifiableObservableList(fileSymbols);
    private final ReadOnlyStringWrapper mappingProblem = new ReadOnlyStringWrapper(this, "mappingProblem");
    private final ReadOnlyStringWrapper readSummary = new ReadOnlyStringWrapper(this, "readSummary", "Reading…");
    private final ReadOnlyStringWrapper matchSummary = new ReadOnlyStringWrapper(this, "matchSummary", "");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(this, "imported");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    private CsvImport lastRead;
    private ExecutionCsvMapping lastMapping;
    private TradePlan result;
    private boolean applying;

    /** What one read of the file found: its first rows, and (when the mapping is complete) every row read. */
    private record Checked(CsvPreview preview, ExecutionCsvMapping mapping, CsvImport read) {
    }

    /** @param plan the plan to import into (ready or open), or null when none is selected */
    public CsvImportViewModel(Path file, PlanViewModel plan, CsvMappingStore mappings, TaskRunner tasks) {
        this.file = file;
        this.plan = plan;
        this.mappings = mappings;
        this.tasks = tasks;
        this.checks = new LatestRun<>(tasks, "Reading " + file.getFileName());
        this.lookups = new LatestRun<>(tasks, "Looking up the CSV mapping");
        String name = file.getFileName().toString();
        source.set(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        for (ObjectProperty<?> input : List.of(timeColumn, symbolColumn, sideColumn, priceColumn, quantityColumn,
                feeColumn, delimiter, quantityUnit)) {
            input.addListener(mappingChanged);
        }
        timeFormat.addListener(mappingChanged);
        timeZone.addListener(mappingChanged);
        decimalComma.addListener(mappingChanged);
        source.addListener((obs, old, now) -> sourceChanged(now));
        fileSymbol.addListener((obs, old, now) -> match());
        start();
    }

    // ---- Inputs -------------------------------------------------------------------------------------------

    /** The source's name ("Bybit", "my broker"): the mapping is remembered under it. */
    public StringProperty sourceProperty() {
        return source;
    }

    /** The sources whose mappings are remembered. */
    public ObservableList<String> sources() {
        return sources;
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

    /** The exchange symbol whose executions go into the plan (a history may hold several). */
    public ObjectProperty<String> fileSymbolProperty() {
        return fileSymbol;
    }

    // ---- Derived, read-only -------------------------------------------------------------------------------

    public Path file() {
        return file;
    }

    public ObservableList<String> headers() {
        return headersView;
    }

    /** The first rows of the file as text, for the preview table. */
    public ObservableList<List<String>> previewRows() {
        return previewRowsView;
    }

    /** Every row that could not be read: "row 3: “abc” is not a price". */
    public ObservableList<String> problems() {
        return problemsView;
    }

    public ObservableList<String> fileSymbols() {
        return fileSymbolsView;
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

    /** What the import would do to the plan, or why it cannot. */
    public ReadOnlyStringProperty matchSummaryProperty() {
        return matchSummary.getReadOnlyProperty();
    }

    public String getMatchSummary() {
        return matchSummary.get();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public boolean canImport() {
        return canImport.get();
    }

    /** True once the executions are in the plan (the dialog then closes). */
    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return checks.runningProperty();
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    /** Records the matched fills on the plan (saved like any edit) and remembers the mapping for its source. */
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        int count = lastRead.executions().size();
        plan.applyTradeStep(result);
        ExecutionCsvMapping mapping = lastMapping;
        tasks.submit("Remembering the CSV mapping", progress -> {
            mappings.remember(mapping);
            return mapping;
        }, saved -> { }, error -> notice.set("The mapping could not be remembered: " + error.getMessage()));
        notice.set("Imported " + count + (count == 1 ? " execution" : " executions") + "; the plan is now "
                + result.status().label().toLowerCase() + ".");
        canImport.set(false);
        imported.set(true);
    }

    // ---- Reading ------------------------------------------------------------------------------------------

    /* First the remembered mappings and the file's first rows, then the mapping that fits them. */
    private void start() {
        tasks.submitLong("Reading " + file.getFileName(), progress -> new Start(mappings.all(), firstRows()),
                this::started, error -> readSummary.set(error.getMessage()));
    }

    /** The first rows read with the delimiter that splits the header: a comma, else a semicolon, else a tab. */
    private Start.Rows firstRows() throws Exception {
        for (Delimiter each : Delimiter.values()) {
            CsvPreview preview = ExecutionCsv.preview(file, each.character.charAt(0), PREVIEW_ROWS);
            if (preview.headers().size() > 1 || each == Delimiter.TAB) {
                return new Start.Rows(each, preview);
            }
        }
        throw new IllegalStateException("unreachable: the loop ends with the tab");
    }

    private record Start(List<ExecutionCsvMapping> remembered, Rows rows) {
        private record Rows(Delimiter delimiter, CsvPreview preview) {
        }
    }

    private void started(Start start) {
        sources.setAll(start.remembered().stream().map(ExecutionCsvMapping::source).toList());
        List<String> found = start.rows().preview().headers();
        Optional<ExecutionCsvMapping> fitting = start.remembered().stream()
                .filter(m -> m.delimiterChar() == start.rows().delimiter().character.charAt(0)
                        && found.containsAll(m.columns())).findFirst();
        applying = true;
        try {
            delimiter.set(start.rows().delimiter());
            if (fitting.isPresent()) {
                source.set(fitting.get().source());
                apply(fitting.get());
            }
        } finally {
            applying = false;
        }
        recheck();
    }

    /* A remembered source chosen by name brings its mapping with it, looked up on the task runner (a file read). */
    private void sourceChanged(String name) {
        if (applying || name == null) {
            return;
        }
        lookups.request(() -> {
            String wanted = source.get();
            return progress -> new Lookup(wanted, mappings.find(wanted));
        }, this::lookedUp, error -> { });
    }

    /* Typing a name looks it up at every letter: only the answer for the name shown now is applied. */
    private void lookedUp(Lookup lookup) {
        if (!lookup.name().equals(source.get()) || lookup.mapping().isEmpty()) {
            return;
        }
        applying = true;
        try {
            apply(lookup.mapping().get());
        } finally {
            applying = false;
        }
        recheck();
    }

    private record Lookup(String name, Optional<ExecutionCsvMapping> mapping) {
    }

    private void apply(ExecutionCsvMapping mapping) {
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
        if (applying) {
            return;
        }
        canImport.set(false);
        checks.request(this::prepare, this::checked, error -> readSummary.set(error.getMessage()));
    }

    /** The mapping as chosen now, and the work that reads the file with it (only its first rows while incomplete). */
    private TaskRunner.Work<Checked> prepare() {
        char separator = delimiter.get().character.charAt(0);
        ExecutionCsvMapping mapping;
        try {
            mapping = new ExecutionCsvMapping(source.get(), timeColumn.get(), symbolColumn.get(), sideColumn.get(),
                    priceColumn.get(), quantityColumn.get(), feeColumn.get(), timeFormat.get(), timeZone.get(),
                    delimiter.get().character, decimalComma.get(), quantityUnit.get());
            mappingProblem.set(null);
        } catch (IllegalArgumentException e) {
            mapping = null;
            mappingProblem.set(TradeFormats.sentence(e.getMessage()));
        }
        ExecutionCsvMapping chosen = mapping;
        return progress -> new Checked(ExecutionCsv.preview(file, separator, PREVIEW_ROWS), chosen,
                chosen == null ? null : ExecutionCsv.read(file, chosen));
    }

    private void checked(Checked checked) {
        previewRows.setAll(checked.preview().rows());
        if (!headers.equals(checked.preview().headers())) {
            // New headers: guess the columns and read again; this read's findings are for the old mapping.
            headers.setAll(checked.preview().headers());
            guessColumns();
            return;
        }
        lastRead = checked.read();
        lastMapping = checked.mapping();
        if (lastRead == null) {
            problems.clear();
            fileSymbols.clear();
            readSummary.set("Choose the columns to read the whole file.");
            match();
            return;
        }
        problems.setAll(lastRead.problems().stream().map(RowProblem::message).toList());
        if (!lastRead.isClean()) {
            readSummary.set(lastRead.problems().size() + (lastRead.problems().size() == 1 ? " row" : " rows")
                    + " cannot be read, so nothing will be imported. Fix the file or the mapping:");
        } else {
            int count = lastRead.executions().size();
            readSummary.set(count + (count == 1 ? " execution" : " executions") + " read, every row of the file.");
        }
        List<String> symbols = lastRead.isClean() ? lastRead.symbols() : List.of();
        String keep = fileSymbol.get();
        fileSymbols.setAll(symbols);
        fileSymbol.set(keep != null && symbols.contains(keep) ? keep : likelySymbol(symbols));
        match();
    }

    /* Columns not chosen yet are guessed from the header names. */
    private void guessColumns() {
        applying = true;
        try {
            guess(timeColumn, ColumnGuess.TIME);
            guess(symbolColumn, ColumnGuess.SYMBOL);
            guess(sideColumn, ColumnGuess.SIDE);
            guess(priceColumn, ColumnGuess.PRICE);
            guess(quantityColumn, ColumnGuess.QUANTITY);
            guess(feeColumn, ColumnGuess.FEE);
        } finally {
            applying = false;
        }
        recheck();
    }

    private void guess(ObjectProperty<String> column, List<String> names) {
        if (column.get() == null || !headers.contains(column.get())) {
            column.set(ColumnGuess.pick(headers, names));
        }
    }

    /** The file's symbol that names the plan's coin (BTCUSDT for a BTC micro), else the first. */
    private String likelySymbol(List<String> symbols) {
        if (symbols.isEmpty()) {
            return null;
        }
        if (plan != null) {
            String coin = plan.getPlan().setup().contract().underlying().toUpperCase(Locale.ROOT);
            for (String symbol : symbols) {
                if (symbol.toUpperCase(Locale.ROOT).contains(coin)) {
                    return symbol;
                }
            }
        }
        return symbols.get(0);
    }

    /** What the chosen symbol's executions would make of the plan, worked out by the domain as a trial. */
    private void match() {
        result = null;
        canImport.set(false);
        if (plan == null || plan.isReadOnly()) {
            matchSummary.set("Select a ready or open plan in the journal to import into.");
            return;
        }
        TradePlan target = plan.getPlan();
        if (target.status() != PlanStatus.READY && target.status() != PlanStatus.OPEN) {
            matchSummary.set("The selected plan is " + target.status().label().toLowerCase()
                    + ": executions go into a ready or open plan.");
            return;
        }
        if (lastRead == null || !lastRead.isClean() || fileSymbol.get() == null) {
            matchSummary.set("");
            return;
        }
        try {
            ExecutionMatcher.MatchedFills fills = ExecutionMatcher.match(target, lastRead.toImport(fileSymbol.get()),
                    quantityUnit.get());
            result = fills.recordOn(target, plan.clock().instant());
            matchSummary.set(fills.entries().size() + (fills.entries().size() == 1 ? " entry" : " entries") + " and "
                    + fills.exits().size() + (fills.exits().size() == 1 ? " exit" : " exits") + " of "
                    + fileSymbol.get() + " go into the " + target.setup().direction().label().toLowerCase() + " "
                    + target.setup().contract().name() + "; it will be " + result.status().label().toLowerCase() + ".");
            canImport.set(true);
        } catch (IllegalArgumentException | IllegalStateException e) {
            matchSummary.set("These executions do not fit the plan: " + e.getMessage() + ".");
        }
    }
}
