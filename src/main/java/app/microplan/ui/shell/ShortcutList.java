package app.microplan.ui.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * The rows of the keyboard-shortcut list (F1): the keys written out by hand (those no menu shows: Delete in the
 * list, the Alt keys of the fields), then every menu accelerator the window has that they do not already name, in
 * the menu's own words — so a shortcut added to a menu is listed without anyone remembering to.
 */
final class ShortcutList {
    private ShortcutList() {
    }

    static List<String[]> rows(String[][] written, List<Menu> menus) {
        List<String[]> rows = new ArrayList<>(Arrays.asList(written));
        Set<String> named = new HashSet<>();
        for (String[] row : written) {
            for (String key : row[0].split(" / ")) {
                named.add(key.strip());
            }
        }
        for (Menu menu : menus) {
            addAccelerators(menu, rows, named);
        }
        return rows;
    }

    private static void addAccelerators(Menu menu, List<String[]> rows, Set<String> named) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                addAccelerators(sub, rows, named);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                String keys = item.getAccelerator().getDisplayText();
                if (named.add(keys)) {
                    // "Export checklist…" names an action here, not a menu item that asks more: no dots.
                    rows.add(new String[] {keys, item.getText().replace("_", "").replaceAll("…$", "")});
                }
            }
        }
    }
}
