package app.microplan.ui.common;

import app.microplan.domain.JournalEntry;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ObservableList;

/**
 * Work over the journal entries a screen shows (the review's filtered rows), done again on the task runner when
 * they change while the screen is on view, the latest result only: what each of the review's tabs needs.
 *
 * @param <T> what the work produces for the screen
 */
public final class ShownEntriesWork<T> {
    private final LatestRun<T> runs;
    private final ActiveRefresh refresh = new ActiveRefresh(this::run);
    private final Function<List<JournalEntry>, TaskRunner.Work<T>> prepare;
    private final Consumer<? super T> publish;
    private final Consumer<Throwable> failed;
    private ObservableList<JournalEntry> shown;

    /**
     * @param prepare on the FX thread, given the entries as they are now: the work to run, or null when there is
     *                nothing to run (inputs that are wrong say so themselves)
     * @param publish on the FX thread, the result
     */
    public ShownEntriesWork(TaskRunner tasks, String title, Function<List<JournalEntry>, TaskRunner.Work<T>> prepare,
                            Consumer<? super T> publish, Consumer<Throwable> failed) {
        this.runs = new LatestRun<>(tasks, title);
        this.prepare = prepare;
        this.publish = publish;
        this.failed = failed;
    }

    /** Follows these entries, and whatever else the work depends on. */
    public void follow(ObservableList<JournalEntry> entries, Observable... more) {
        shown = entries;
        Observable[] all = new Observable[more.length + 1];
        all[0] = entries;
        System.arraycopy(more, 0, all, 1, more.length);
        refresh.follow(all);
    }

    public void setActive(boolean active) {
        refresh.setActive(active);
    }

    /** Something the work depends on changed (an input of the screen): run again when on view. */
    public void changed() {
        refresh.changed();
    }

    /** Runs now, on view or not: the screen's Run button. */
    public void run() {
        runs.request(() -> shown == null ? null : prepare.apply(List.copyOf(shown)), publish, failed);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return runs.runningProperty();
    }
}
