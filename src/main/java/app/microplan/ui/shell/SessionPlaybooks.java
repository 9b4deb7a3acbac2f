package app.microplan.ui.shell;

import app.microplan.store.PlaybookStore;
import app.microplan.ui.journal.JournalSession;
import app.microplan.ui.playbooks.PlaybookLibrary;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The playbooks of whichever journal is open: a new library, read from its folder, each time one opens. */
final class SessionPlaybooks {
    private final ReadOnlyObjectWrapper<PlaybookLibrary> library = new ReadOnlyObjectWrapper<>(this, "library");

    SessionPlaybooks(MainViewModel vm) {
        vm.sessionProperty().addListener((obs, old, now) -> open(vm, now));
        open(vm, vm.getSession());
    }

    private void open(MainViewModel vm, JournalSession session) {
        if (session == null) {
            library.set(null);
            return;
        }
        PlaybookLibrary opened = new PlaybookLibrary(PlaybookStore.in(session.folder()), vm.context().tasks());
        library.set(opened);
        opened.load();
    }

    ReadOnlyObjectProperty<PlaybookLibrary> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    PlaybookLibrary get() {
        return library.get();
    }
}
