package app.microplan.ui.plan;

import app.microplan.domain.ChecklistItem;
import app.microplan.domain.TradePlan;
import app.microplan.domain.WrittenPlan;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The written part of a plan as the editor edits it: the sections, the pre-trade checklist and the tags. */
public final class WrittenInputs {
    private final StringProperty thesis = new SimpleStringProperty(this, "thesis", "");
    private final StringProperty entryCriteria = new SimpleStringProperty(this, "entryCriteria", "");
    private final StringProperty exitStrategy = new SimpleStringProperty(this, "exitStrategy", "");
    private final StringProperty riskRules = new SimpleStringProperty(this, "riskRules", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final ObservableList<ChecklistItemInput> checklist = FXCollections.observableArrayList();
    private final InvalidationListener changed;

    WrittenInputs(InvalidationListener changed) {
        this.changed = changed;
        for (ObservableValue<?> o : List.of(thesis, entryCriteria, exitStrategy, riskRules, notes, tags)) {
            watch(o);
        }
        checklist.addListener(changed);
    }

    public StringProperty thesisProperty() {
        return thesis;
    }

    public StringProperty entryCriteriaProperty() {
        return entryCriteria;
    }

    public StringProperty exitStrategyProperty() {
        return exitStrategy;
    }

    public StringProperty riskRulesProperty() {
        return riskRules;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** Tags typed as one line, separated by commas. */
    public StringProperty tagsProperty() {
        return tags;
    }

    public ObservableList<ChecklistItemInput> checklist() {
        return checklist;
    }

    public ChecklistItemInput addChecklistItem(String text) {
        ChecklistItemInput item = new ChecklistItemInput(new ChecklistItem(text, false));
        watch(item);
        checklist.add(item);
        return item;
    }

    public void removeChecklistItem(ChecklistItemInput item) {
        checklist.remove(item);
    }

    void load(TradePlan plan) {
        WrittenPlan written = plan.written();
        thesis.set(written.thesis());
        entryCriteria.set(written.entryCriteria());
        exitStrategy.set(written.exitStrategy());
        riskRules.set(written.riskRules());
        notes.set(written.notes());
        tags.set(String.join(", ", plan.tags()));
        checklist.clear();
        for (ChecklistItem item : plan.checklist()) {
            ChecklistItemInput input = new ChecklistItemInput(item);
            watch(input);
            checklist.add(input);
        }
    }

    WrittenPlan toWritten() {
        return new WrittenPlan(thesis.get(), entryCriteria.get(), exitStrategy.get(), riskRules.get(), notes.get());
    }

    List<ChecklistItem> toChecklist() {
        return checklist.stream().map(ChecklistItemInput::toItem).filter(Objects::nonNull).toList();
    }

    List<String> toTags() {
        return Arrays.stream(tags.get() == null ? new String[0] : tags.get().split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    private void watch(ChecklistItemInput item) {
        watch(item.textProperty());
        watch(item.checkedProperty());
    }

    /* A change listener, not an invalidation listener: a property nobody reads stops telling of changes. */
    private void watch(ObservableValue<?> value) {
        value.addListener((obs, old, now) -> changed.invalidated(obs));
    }
}
