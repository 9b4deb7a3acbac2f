package app.microplan.ui.shell;

import app.microplan.ui.common.Messages;
import app.microplan.domain.Playbook;
import app.microplan.domain.PlaybookStart;
import app.microplan.ui.journal.JournalSession;
import app.microplan.ui.playbooks.PlaybookEditorDialog;
import app.microplan.ui.playbooks.PlaybookEditorViewModel;
import app.microplan.ui.playbooks.PlaybookLibrary;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * File ▸ New plan from playbook (one item per playbook, read when the menu opens) and View ▸ Playbooks…, the
 * editor. A plan started from a playbook gets its criteria, tags, risk and prompts ({@link PlaybookStart}).
 */
final class PlaybookMenus {
    private final MainViewModel vm;
    private final Stage stage;
    private final SessionPlaybooks playbooks;

    private PlaybookMenus(MainViewModel vm, Stage stage, SessionPlaybooks playbooks) {
        this.vm = vm;
        this.stage = stage;
        this.playbooks = playbooks;
    }

    static void install(MainWindow window, Stage stage, SessionPlaybooks playbooks) {
        new PlaybookMenus(window.viewModel(), stage, playbooks).addItems(window.menus());
    }

    private void addItems(AppMenus menus) {
        Menu fromPlaybook = new Menu(Messages.text("menu.newFromPlaybook"));
        fromPlaybook.setId("menu-new-from-playbook");
        MenuItem none = new MenuItem(Messages.text("menu.noPlaybooks"));
        none.setDisable(true);
        fromPlaybook.getItems().add(none);
        fromPlaybook.setOnShowing(e -> fillPlaybooks(fromPlaybook));
        fromPlaybook.disableProperty().bind(vm.sessionProperty().isNull());
        menus.addToFileMenu(fromPlaybook);

        MenuItem editor = new MenuItem(Messages.text("menu.playbooks"));
        menus.icon(editor, Material2MZ.MENU_BOOK);
        editor.setId("menu-playbooks");
        editor.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+B"));
        editor.setOnAction(e -> openEditor());
        editor.disableProperty().bind(vm.sessionProperty().isNull());
        menus.addToViewMenu(editor);
    }

    private void fillPlaybooks(Menu menu) {
        PlaybookLibrary library = playbooks.get();
        if (library == null || library.playbooks().isEmpty()) {
            return;
        }
        menu.getItems().clear();
        int n = 0;
        for (Playbook playbook : library.playbooks()) {
            MenuItem item = new MenuItem(playbook.name());
            item.setMnemonicParsing(false);
            item.setId("new-from-playbook-" + ++n);
            item.setOnAction(e -> newPlanFrom(playbook));
            menu.getItems().add(item);
        }
    }

    void newPlanFrom(Playbook playbook) {
        JournalSession session = vm.getSession();
        if (session != null && vm.getJournal() != null) {
            vm.getJournal().select(session.newPlan(plan -> PlaybookStart.apply(plan, playbook)));
        }
    }

    private void openEditor() {
        PlaybookLibrary library = playbooks.get();
        if (library != null) {
            new PlaybookEditorDialog(stage, new PlaybookEditorViewModel(library, vm.context().numbers())).show();
        }
    }
}
