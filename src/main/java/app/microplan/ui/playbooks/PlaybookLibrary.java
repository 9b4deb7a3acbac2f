package app.microplan.ui.playbooks;

import app.microplan.domain.Playbook;
import app.microplan.store.PlaybookStore;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.TaskRunner;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open journal's playbooks, as every screen sees them: read from {@code playbooks.json} and saved back
 * through the task runner (never on the FX thread), with what went wrong in words. One library per journal,
 * shared by the playbook editor, the review's playbook results and File ▸ New plan from playbook.
 */
public final class PlaybookLibrary {
    private final PlaybookStore store;
    private final TaskRunner tasks;
    private final ObservableList<Playbook> playbooks = FXCollections.observableArrayList();
    private final ObservableList<Playbook> playbooksView = FXCollections.unmodifiableObservableList(playbooks);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

    public PlaybookLibrary(PlaybookStore store, TaskRunner tasks) {
        this.store = store;
        this.tasks = tasks;
    }

    /** The playbooks as last read or saved, in the trader's order. */
    public ObservableList<Playbook> playbooks() {
        return playbooksView;
    }

    /** Why the playbooks could not be read or saved; null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String getProblem() {
        return problem.get();
    }

    public void load() {
        tasks.submit(Messages.text("playbook.reading"), progress -> store.load(), read -> {
            problem.set(null);
            playbooks.setAll(read);
        }, error -> problem.set(message(error)));
    }

    /** Saves {@code edited} in place of every playbook; shown once saved, the old list kept if the save fails. */
    public void save(List<Playbook> edited, Runnable onSaved) {
        List<Playbook> copy = List.copyOf(edited);
        tasks.submit(Messages.text("playbook.saving"), progress -> {
            store.save(copy);
            return copy;
        }, saved -> {
            problem.set(null);
            playbooks.setAll(saved);
            onSaved.run();
        }, error -> problem.set(message(error)));
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? Messages.text("playbook.failed") : error.getMessage();
    }
}
