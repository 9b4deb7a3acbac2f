package app.microplan.ui.playbooks;

import app.microplan.domain.Decimals;
import app.microplan.domain.Playbook;
import app.microplan.domain.RiskPolicy;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.common.TradeFormats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The playbook editor: a working copy of the journal's playbooks, the selected one's fields as typed (one
 * checklist item or prompt a line, tags separated by commas), what is wrong with them in words, and Save,
 * which writes them all to {@code playbooks.json} through the library. Nothing is saved until Save; an edit
 * that does not make a valid playbook leaves the working copy as it was and says why.
 */
public final class PlaybookEditorViewModel {
    private final PlaybookLibrary library;
    private final ObservableList<Playbook> drafts = FXCollections.observableArrayList();
    private final ObjectProperty<Playbook> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty checklist = new SimpleStringProperty(this, "checklist", "");
    private final StringProperty prompts = new SimpleStringProperty(this, "prompts", "");
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final DecimalInput minRewardRisk;
    private final DecimalInput riskPercent;
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final javafx.collections.ListChangeListener<Playbook> libraryChanged = change -> libraryChanged();
    private boolean loading;

    public PlaybookEditorViewModel(PlaybookLibrary library, LocaleNumbers numbers) {
        this.library = library;
        this.minRewardRisk = new DecimalInput(Messages.text("playbook.minRewardRisk"), numbers, false, DecimalInput.positive());
        BigDecimal most = Decimals.percent(RiskPolicy.MAX_RISK_CAP);
        this.riskPercent = new DecimalInput(Messages.text("playbook.riskPerTrade"), numbers, true, v -> v.signum() <= 0
                ? Messages.text("input.aboveZero") : v.compareTo(most) > 0
                ? Messages.text("playbook.atMost", Messages.current().figures().percent(RiskPolicy.MAX_RISK_CAP)) : null);
        drafts.setAll(library.playbooks());
        library.playbooks().addListener(libraryChanged);
        // While an edit replaces the selected playbook, its fields already show it: re-showing would move the caret.
        selected.addListener((obs, old, now) -> {
            if (!loading) {
                showSelected();
            }
        });
        // Change listeners, not invalidation listeners: a field set while loading is never read, and an unread
        // property stays invalid and would not report the trader's next edit.
        for (javafx.beans.value.ObservableValue<String> field : List.of(name, description, checklist, prompts, tags,
                minRewardRisk.textProperty(), riskPercent.textProperty())) {
            field.addListener((obs, old, now) -> formEdited());
        }
        status.bind(library.problemProperty().map(p -> p).orElse(""));
        if (!drafts.isEmpty()) {
            selected.set(drafts.get(0));
        } else {
            showSelected();
        }
    }

    // ---- Properties ---------------------------------------------------------------------------------------

    /** The working copy, in order: what Save writes. */
    public ObservableList<Playbook> playbooks() {
        return drafts;
    }

    public ObjectProperty<Playbook> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The checklist items, one a line. */
    public StringProperty checklistProperty() {
        return checklist;
    }

    /** The written-plan prompts, one a line. */
    public StringProperty promptsProperty() {
        return prompts;
    }

    /** Tags, separated by commas. */
    public StringProperty tagsProperty() {
        return tags;
    }

    public DecimalInput minRewardRisk() {
        return minRewardRisk;
    }

    public DecimalInput riskPercent() {
        return riskPercent;
    }

    /** What keeps the selected playbook's fields from making a playbook, one sentence each. */
    public ObservableList<String> errors() {
        return errors;
    }

    /** Edits not yet saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** "Saved", or why the playbooks could not be read or saved. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    /** A new playbook at the end, named so it can be told apart, and selected for editing. */
    public void add() {
        String base = Messages.text("playbook.newName");
        String candidate = base;
        for (int n = 2; nameTaken(candidate, null); n++) {
            candidate = base + " " + n;
        }
        Playbook fresh = Playbook.create(candidate, "", List.of(), List.of(), null, List.of(), RiskPolicy.DEFAULT_RISK_CAP);
        drafts.add(fresh);
        dirty.set(true);
        selected.set(fresh);
    }

    public void deleteSelected() {
        Playbook gone = selected.get();
        if (gone == null) {
            return;
        }
        int index = drafts.indexOf(gone);
        drafts.remove(gone);
        dirty.set(true);
        selected.set(drafts.isEmpty() ? null : drafts.get(Math.min(index, drafts.size() - 1)));
    }

    /** Writes the working copy to {@code playbooks.json}; refused while the selected playbook's fields are wrong. */
    public void save() {
        if (!errors.isEmpty()) {
            return;
        }
        library.save(drafts, () -> dirty.set(false));
    }

    /** Stops following the library (the editor is closed). */
    public void dispose() {
        library.playbooks().removeListener(libraryChanged);
    }

    // ---- Between the fields and the working copy ----------------------------------------------------------

    /*
     * The library may finish reading playbooks.json after the editor opened (on a slow disk, or a busy
     * machine): without edits of its own, the editor shows what was read.
     */
    private void libraryChanged() {
        if (dirty.get()) {
            return;
        }
        String keep = selected.get() == null ? null : selected.get().id();
        drafts.setAll(library.playbooks());
        selected.set(drafts.stream().filter(p -> p.id().equals(keep)).findFirst()
                .orElse(drafts.isEmpty() ? null : drafts.get(0)));
    }

    private void showSelected() {
        Playbook playbook = selected.get();
        loading = true;
        try {
            name.set(playbook == null ? "" : playbook.name());
            description.set(playbook == null ? "" : playbook.description());
            checklist.set(playbook == null ? "" : String.join("\n", playbook.checklist()));
            prompts.set(playbook == null ? "" : String.join("\n", playbook.prompts()));
            tags.set(playbook == null ? "" : String.join(", ", playbook.tags()));
            if (playbook == null || playbook.minRewardRisk() == null) {
                minRewardRisk.setText("");
            } else {
                minRewardRisk.setValue(playbook.minRewardRisk());
            }
            riskPercent.setValue(Decimals.percent(playbook == null ? RiskPolicy.DEFAULT_RISK_CAP : playbook.riskCap())
                    .stripTrailingZeros());
        } finally {
            loading = false;
        }
        errors.clear();
    }

    private void formEdited() {
        Playbook current = selected.get();
        if (loading || current == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        minRewardRisk.describeError().ifPresent(problems::add);
        riskPercent.describeError().ifPresent(problems::add);
        if (name.get().isBlank()) {
            problems.add(Messages.text("playbook.nameMissing"));
        } else if (nameTaken(name.get(), current)) {
            problems.add(Messages.text("playbook.nameTaken", name.get().strip()));
        }
        Playbook edited = null;
        if (problems.isEmpty()) {
            try {
                edited = new Playbook(current.id(), name.get(), description.get(), lines(checklist.get()),
                        lines(prompts.get()), minRewardRisk.getValue(), commaSeparated(tags.get()),
                        Decimals.fromPercent(riskPercent.getValue()));
            } catch (IllegalArgumentException e) {
                problems.add(TradeFormats.sentence(e.getMessage()));
            }
        }
        errors.setAll(problems);
        if (edited != null && !edited.equals(current)) {
            loading = true;
            try {
                drafts.set(drafts.indexOf(current), edited);
                selected.set(edited);
            } finally {
                loading = false;
            }
            dirty.set(true);
        }
    }

    private boolean nameTaken(String candidate, Playbook except) {
        return drafts.stream().anyMatch(p -> p != except && p.isNamed(candidate));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> commaSeparated(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
