package app.microplan.ui.shell;

import app.microplan.domain.TradePlan;
import app.microplan.store.JournalStore;
import app.microplan.store.StoreException;
import app.microplan.ui.journal.PlanEntry;
import app.microplan.ui.journal.SaveState;
import app.microplan.ui.plan.PendingInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * What quitting now would lose: plans whose latest edit is on no disk (not saved, a save that failed, a file
 * deleted by another program) and typed text the plan cannot hold ("7000O" in the stop). The question on quitting
 * lists them in words; "Save elsewhere…" writes them to a folder the trader picks.
 */
final class UnsavedWork {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    private static final String NOTES_FILE = "unsaved-input.txt";

    private final List<PlanEntry> plans;
    private final List<PlanEntry> withPendingInput;

    private UnsavedWork(List<PlanEntry> plans, List<PlanEntry> withPendingInput) {
        this.plans = plans;
        this.withPendingInput = withPendingInput;
    }

    static UnsavedWork in(List<PlanEntry> entries) {
        return new UnsavedWork(entries.stream().filter(PlanEntry::hasEditsOnlyInMemory).toList(),
                entries.stream().filter(e -> !e.pendingInputs().isEmpty()).toList());
    }

    boolean isEmpty() {
        return plans.isEmpty() && withPendingInput.isEmpty();
    }

    /** One line per plan and per field of text, then what each answer does. */
    String details() {
        List<String> lines = new ArrayList<>();
        for (PlanEntry entry : plans) {
            lines.add("• " + name(entry.getPlan()) + ": " + why(entry));
        }
        for (PlanEntry entry : withPendingInput) {
            for (PendingInput input : entry.pendingInputs()) {
                lines.add("• " + name(entry.getPlan()) + ": " + input.field() + " “" + input.text()
                        + "” is not a number the plan can keep");
            }
        }
        return String.join("\n", lines) + "\n\nSave elsewhere… writes these plans (and the text typed) into a folder"
                + " you choose. Discard quits without them. Cancel goes back.";
    }

    /** Writes the plans as plan files and the typed text as {@value #NOTES_FILE}; returns how many files. */
    int saveInto(Path folder) throws StoreException {
        int written = 0;
        for (PlanEntry entry : plans) {
            JournalStore.writeCopy(entry.getPlan(), folder);
            written++;
        }
        if (!withPendingInput.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (PlanEntry entry : withPendingInput) {
                entry.pendingInputs().forEach(i -> lines.add(entry.id() + "\t" + i.field() + "\t" + i.text()));
            }
            try {
                Files.write(folder.resolve(NOTES_FILE), lines, StandardCharsets.UTF_8);
                written++;
            } catch (IOException e) {
                throw new StoreException("Cannot write " + NOTES_FILE + " in " + folder + ": " + e.getMessage(), e);
            }
        }
        return written;
    }

    private static String why(PlanEntry entry) {
        if (entry.getConflict() != null) {
            return "deleted by another program; your changes are not on disk";
        }
        if (entry.getSaveState() == SaveState.FAILED) {
            return "not saved — " + entry.getSaveError();
        }
        return "not saved yet";
    }

    private static String name(TradePlan plan) {
        return plan.setup().direction().label() + " " + plan.setup().contract().symbol() + " of "
                + DAY.format(plan.createdAt());
    }
}
