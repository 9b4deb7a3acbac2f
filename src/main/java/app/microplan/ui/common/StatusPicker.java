package app.microplan.ui.common;

import app.microplan.domain.PlanStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A status filter: a menu button whose menu ticks any statuses (Ready and Open, say); none ticked means all. Its text
 * names what is ticked, so the closed picker says what the list shows. The menu stays open while statuses are ticked,
 * by mouse or by keyboard (arrows, then Space or Enter). The view model's list of statuses is the state; the picker
 * only mirrors it and edits it.
 * <p>
 * A menu, not ControlsFX's check combo box: a combo box styles and lays out its drop-down list (a list view with a
 * cell and a check box per status) in the first frame that shows it, some 60 ms of the FX thread on the way to the
 * journal list at the app's start (decision 0029); a menu's content is made when it is first opened.
 */
public final class StatusPicker {
    private final MenuButton button = new MenuButton();
    private final Map<PlanStatus, CheckBox> ticks = new EnumMap<>(PlanStatus.class);
    private final List<Region> rows = new ArrayList<>();
    private ObservableList<PlanStatus> shown;

    public StatusPicker(String id) {
        button.setId(id);
        button.getStyleClass().add("status-picker");
        for (PlanStatus status : PlanStatus.values()) {
            button.getItems().add(item(status, id));
        }
        button.setText(title(List.of()));
        button.setOnShown(e -> widenRows());
    }

    /*
     * A menu lays each item's content out at its own width: every row as wide as the widest, so a click anywhere along
     * a row ticks it, not only on its words. Known once the menu has laid its rows out for the first time.
     */
    private void widenRows() {
        double widest = 0;
        for (Region row : rows) {
            row.setPrefWidth(Region.USE_COMPUTED_SIZE);
            widest = Math.max(widest, row.prefWidth(-1));
        }
        for (Region row : rows) {
            row.setPrefWidth(widest);
        }
    }

    /*
     * The check box only shows the tick: the item, clicked or chosen with the keyboard, ticks it. A check box taking
     * the click itself would be ticked once more by the item's own action, which the keyboard fires too.
     */
    private CustomMenuItem item(PlanStatus status, String id) {
        CheckBox tick = new CheckBox(Messages.text("status." + status.name()));
        tick.setMouseTransparent(true);
        tick.setFocusTraversable(false);
        ticks.put(status, tick);
        StackPane content = new StackPane(tick);
        // Its whole area takes the click: a region with no background is otherwise picked only where its children
        // are, and the check box lets clicks through.
        content.setPickOnBounds(true);
        rows.add(content);
        content.setAlignment(Pos.CENTER_LEFT);
        content.getStyleClass().add("status-picker-item");
        content.setId(id + "-" + status.name().toLowerCase(Locale.ROOT));
        CustomMenuItem item = new CustomMenuItem(content, false);
        item.setOnAction(e -> toggle(status));
        return item;
    }

    public MenuButton control() {
        return button;
    }

    /** Shows and edits {@code statuses} until {@code scope} closes. */
    public void bind(ObservableList<PlanStatus> statuses, BindingScope scope) {
        shown = statuses;
        show(statuses);
        scope.listenList(statuses, (ListChangeListener<PlanStatus>) c -> show(statuses));
        // A journal's list binds its statuses before the preview's scope closes: only the list bound last stays.
        scope.onClose(() -> {
            if (shown == statuses) {
                shown = null;
            }
        });
    }

    private void toggle(PlanStatus status) {
        if (shown == null) {
            return;
        }
        if (shown.contains(status)) {
            shown.remove(status);
        } else {
            // In the statuses' own order, so the title reads the same whichever was ticked first.
            int at = 0;
            while (at < shown.size() && shown.get(at).ordinal() < status.ordinal()) {
                at++;
            }
            shown.add(at, status);
        }
    }

    private void show(List<PlanStatus> chosen) {
        button.setText(title(chosen));
        for (Map.Entry<PlanStatus, CheckBox> tick : ticks.entrySet()) {
            tick.getValue().setSelected(chosen.contains(tick.getKey()));
        }
    }

    private static String title(List<PlanStatus> chosen) {
        return chosen.isEmpty() ? Messages.text("filter.allStatuses")
                : String.join(", ", chosen.stream().map(s -> Messages.text("status." + s.name())).toList());
    }
}
