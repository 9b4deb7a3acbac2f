package app.microplan.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.HBox;

/**
 * The menu bar in the window's first frame: the menus' titles as plain labels, styled as the theme styles a menu
 * bar. The real bar replaces it right after that frame: its skin makes a button and a popup per menu, which was
 * measured at a fifth of the first frame's own work (decision 0018).
 */
final class MenuBarPlaceholder extends HBox {
    MenuBarPlaceholder(MenuBar bar) {
        getStyleClass().addAll("menu-bar", "menu-bar-placeholder");
        HBox container = new HBox();
        container.getStyleClass().add("container");
        for (Menu menu : bar.getMenus()) {
            Label title = new Label(menu.getText());
            title.setMnemonicParsing(true);
            title.getStyleClass().add("menu-button");
            container.getChildren().add(title);
        }
        getChildren().add(container);
    }
}
