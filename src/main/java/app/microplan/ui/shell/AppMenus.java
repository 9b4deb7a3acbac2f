package app.microplan.ui.shell;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.LaterIcons;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The menu bar. Other features add their File items (Export checklist…, Print…) with {@link #addToFileMenu},
 * which places them after Save, where people look for them.
 */
public final class AppMenus {
    private final MenuBar bar = new MenuBar();
    private final Menu file = new Menu(Messages.text("menu.file"));
    private final SeparatorMenuItem afterSave = new SeparatorMenuItem();
    private final Menu view = new Menu(Messages.text("menu.view"));
    private final SeparatorMenuItem beforeThemes = new SeparatorMenuItem();
    private final LaterIcons icons = new LaterIcons();

    /** What the menus ask the window to do beyond the view model's commands. */
    interface WindowActions {
        void openJournalFolder();

        void preferences();

        void about();

        void shortcuts();

        void quit();

        void focusSearch();
    }

    AppMenus(MainViewModel vm, WindowActions window) {
        MenuItem newPlan = item(Messages.text("menu.newPlan"), "Shortcut+N", vm::newPlan);
        icon(newPlan, Material2AL.ADD);
        newPlan.setId("menu-new");
        MenuItem open = item(Messages.text("menu.openJournal"), "Shortcut+O", window::openJournalFolder);
        icon(open, Material2AL.FOLDER_OPEN);
        MenuItem save = item(Messages.text("menu.save"), "Shortcut+S", vm::saveAll);
        icon(save, Material2MZ.SAVE);
        save.setId("menu-save");
        MenuItem preferences = item(Messages.text("menu.preferences"), "Shortcut+Comma", window::preferences);
        icon(preferences, Material2MZ.SETTINGS);
        preferences.setId("menu-preferences");
        MenuItem quit = item(Messages.text("menu.quit"), "Shortcut+Q", window::quit);
        file.getItems().addAll(newPlan, open, save, afterSave, preferences, new SeparatorMenuItem(), quit);

        Menu edit = new Menu(Messages.text("menu.edit"));
        MenuItem duplicate = item(Messages.text("menu.duplicate"), "Shortcut+D", vm::duplicateSelected);
        icon(duplicate, Material2AL.CONTENT_COPY);
        MenuItem delete = item(Messages.text("menu.delete"), null, vm::deleteSelected);
        icon(delete, Material2AL.DELETE);
        delete.setId("menu-delete");
        MenuItem undo = item(Messages.text("menu.undoDelete"), null, vm::undoDelete);
        icon(undo, Material2MZ.UNDO);
        undo.setId("menu-undo-delete");
        // A listener, not bind(…not()): the first use of Bindings loads some 80 classes, which the first frame
        // (these menus are in it) is better off without.
        undo.setDisable(!vm.canUndoDeleteProperty().get());
        vm.canUndoDeleteProperty().addListener((obs, old, now) -> undo.setDisable(!now));
        MenuItem find = item(Messages.text("menu.find"), "Shortcut+F", window::focusSearch);
        icon(find, Material2MZ.SEARCH);
        edit.getItems().addAll(duplicate, delete, undo, new SeparatorMenuItem(), find);

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(Messages.text("menu.themeLight"));
        RadioMenuItem dark = new RadioMenuItem(Messages.text("menu.themeDark"));
        light.setId("menu-theme-light");
        dark.setId("menu-theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setOnAction(e -> vm.setTheme("light"));
        dark.setOnAction(e -> vm.setTheme("dark"));
        Runnable showTheme = () -> themes.selectToggle("dark".equals(vm.themeProperty().get()) ? dark : light);
        showTheme.run();
        vm.themeProperty().addListener((obs, old, now) -> showTheme.run());
        view.getItems().addAll(beforeThemes, light, dark);

        Menu help = new Menu(Messages.text("menu.help"));
        MenuItem shortcuts = item(Messages.text("menu.shortcuts"), "F1", window::shortcuts);
        icon(shortcuts, Material2AL.KEYBOARD);
        MenuItem about = item(Messages.text("menu.about"), null, window::about);
        icon(about, Material2AL.INFO);
        help.getItems().addAll(shortcuts, about);

        bar.getMenus().addAll(file, edit, view, help);
    }

    /**
     * Gives {@code item} its icon with the others (showIcons), once the plan's numbers are drawn: the icon font is
     * slow to load the first time.
     */
    void icon(MenuItem item, Ikon ikon) {
        icons.set(item::setGraphic, ikon);
    }

    /** Gives the menu items their icons; until then they show text and shortcuts only. */
    public void showIcons() {
        icons.show();
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    public MenuBar bar() {
        return bar;
    }

    /** Adds items (Export checklist…, Print…) to the File menu after Save. */
    public void addToFileMenu(MenuItem... items) {
        int at = file.getItems().indexOf(afterSave);
        file.getItems().addAll(at, java.util.List.of(items));
    }

    /** Adds items (Journal review) to the View menu, above the themes. */
    public void addToViewMenu(MenuItem... items) {
        int at = view.getItems().indexOf(beforeThemes);
        view.getItems().addAll(at, java.util.List.of(items));
    }
}
