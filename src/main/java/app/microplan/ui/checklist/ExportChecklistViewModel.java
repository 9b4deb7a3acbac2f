package app.microplan.ui.checklist;

import app.microplan.ui.common.Messages;
import app.microplan.checklist.ChecklistExport;
import app.microplan.checklist.SheetWords;
import app.microplan.checklist.ExportFormat;
import app.microplan.checklist.PaperSize;
import app.microplan.domain.TradePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import app.microplan.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Export checklist dialog's state: format, paper and target file, and the export itself, which runs in
 * the background with progress and ends in one line saying where the file went or why it could not be written.
 */
public final class ExportChecklistViewModel {
    private static final long PROGRESS_STEPS = 1000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final TradePlan plan;
    private final ExportFolderMemory folders;
    private final TaskRunner tasks;
    /** Held in a field: the runner outlives this dialog and holds its listeners only weakly. */
    private final ChangeListener<Number> runnerProgress = (o, was, now) -> followProgress(now.doubleValue());
    private final ZoneId zone;

    // --- Properties ---
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.PDF);
    private final ObjectProperty<PaperSize> paper;
    private final StringProperty targetFile = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canExport;

    public ExportChecklistViewModel(TradePlan plan, ExportFolderMemory folders, TaskRunner tasks, ZoneId zone,
                                    Locale locale) {
        this.plan = plan;
        this.folders = folders;
        this.tasks = tasks;
        this.zone = zone;
        this.paper = new SimpleObjectProperty<>(PaperSize.forLocale(locale));
        targetFile.set(initialFolder().resolve(suggestedFileName()).toString());
        format.addListener((o, was, now) -> followFormat(now));
        tasks.progressProperty().addListener(new WeakChangeListener<>(runnerProgress));
        canExport = Bindings.createBooleanBinding(() -> !running.get() && !targetFile.get().isBlank(),
                running, targetFile);
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    /** The file to write, as the person sees and may type it. */
    public StringProperty targetFileProperty() {
        return targetFile;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What happened last, in one line: a step, where the file was saved, or why it was not. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public boolean isFailed() {
        return failed.get();
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** The folder the file chooser opens in: the last export's folder while it still exists, else home. */
    public Path initialFolder() {
        return folders.lastFolder().filter(Files::isDirectory)
                .orElseGet(() -> Path.of(System.getProperty("user.home")));
    }

    /** "BTC-MICRO-0.01-long-2025-03-14.pdf": symbol, side and date, safe on every file system. */
    public String suggestedFileName() {
        String stem = plan.setup().contract().symbol() + "-" + plan.setup().direction().label().toLowerCase(Locale.ROOT)
                + "-" + DATE.format(plan.createdAt().atZone(zone));
        return stem.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.get().extension();
    }

    // --- Commands ---

    /** Takes the file picked in the file chooser; its extension picks the format when it names one. */
    public void chooseTarget(Path file) {
        ExportFormat named = ExportFormat.ofFile(file);
        targetFile.set(file.toString());
        if (named != null) {
            format.set(named);
        } else {
            followFormat(format.get());
        }
    }

    public void export() {
        if (running.get()) {
            return;
        }
        Path target = target();
        if (target == null) {
            return;
        }
        ExportFormat chosenFormat = format.get();
        PaperSize chosenPaper = paper.get();
        running.set(true);
        failed.set(false);
        progress.set(0);
        status.set(Messages.text("export.exporting", target.getFileName()));
        tasks.submitLong("Exporting the checklist",
                work -> ChecklistExport.export(plan, chosenFormat, chosenPaper, target, zone,
                        (done, step) -> work.update(Math.round(done * PROGRESS_STEPS), PROGRESS_STEPS, step),
                        sheetWords()),
                result -> {
                    finished(saved(result, chosenFormat), false);
                    folders.remember(result.file().toAbsolutePath().getParent());
                },
                error -> finished(error instanceof IOException io ? ChecklistExport.describe(io, target)
                        : Messages.text("export.failed") + (error.getMessage() == null ? error.getClass().getSimpleName()
                        : error.getMessage()), true));
    }

    /** The sheet in the window's language and number format. */
    static SheetWords sheetWords() {
        return SheetWords.of(Messages.current().textLocale().getLanguage());
    }

    private void followProgress(double done) {
        if (running.get() && done >= 0) {
            progress.set(done);
        }
    }

    private void finished(String message, boolean failure) {
        running.set(false);
        progress.set(failure ? 0 : 1);
        failed.set(failure);
        status.set(message);
    }

    private static String saved(ChecklistExport.Result result, ExportFormat format) {
        return format == ExportFormat.PDF ? Messages.text("export.savedPages", result.file(), result.pages())
                : Messages.text("export.saved", result.file());
    }

    private Path target() {
        String text = targetFile.get().strip();
        if (text.isEmpty()) {
            fail(Messages.text("export.chooseFile"));
            return null;
        }
        try {
            Path path = Path.of(text).toAbsolutePath();
            Path folder = path.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                fail(Messages.text("export.noFolder", path, folder));
                return null;
            }
            return path;
        } catch (InvalidPathException e) {
            fail("'" + text + "' is not a file name this computer accepts");
            return null;
        }
    }

    private void fail(String message) {
        failed.set(true);
        status.set(message);
    }

    private void followFormat(ExportFormat now) {
        String text = targetFile.get().strip();
        if (text.isEmpty()) {
            return;
        }
        try {
            targetFile.set(now.withExtension(Path.of(text)).toString());
        } catch (InvalidPathException e) {
            // Left as typed: export() says what is wrong with it.
        }
    }
}
