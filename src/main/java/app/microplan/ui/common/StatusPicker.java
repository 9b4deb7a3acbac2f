package app.microplan.ui.common;

import app.microplan.domain.PlanStatus;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * A status filter as ControlsFX's check combo box: tick any statuses (Ready and Open, say), none means all. Its
 * title names what is ticked, so the closed picker says what the list shows. The view model's list of statuses is
 * the state; the picker only mirrors it and edits it.
 */
public final class StatusPicker {
    private final CheckComboBox<PlanStatus> box = new CheckComboBox<>();
    private boolean syncing;

    public StatusPicker(String id) {
        box.getItems().setAll(PlanStatus.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanStatus status) {
                return status == null ? "" : Messages.text("status." + status.name());
            }

            @Override
            public PlanStatus fromString(String text) {
                return null;
            }
        });
        box.setTitle(title(List.of()));
        box.setId(id);
    }

    public CheckComboBox<PlanStatus> control() {
        return box;
    }

    /** Shows and edits {@code statuses} until {@code scope} closes. */
    public void bind(ObservableList<PlanStatus> statuses, BindingScope scope) {
        show(statuses);
        scope.listenList(statuses, (ListChangeListener<PlanStatus>) c -> show(statuses));
        scope.listenList(box.getCheckModel().getCheckedItems(), (ListChangeListener<PlanStatus>) c -> {
            if (!syncing) {
                statuses.setAll(box.getCheckModel().getCheckedItems());
            }
        });
    }

    private void show(List<PlanStatus> chosen) {
        box.setTitle(title(chosen));
        syncing = true;
        try {
            for (PlanStatus status : PlanStatus.values()) {
                if (chosen.contains(status)) {
                    box.getCheckModel().check(status);
                } else {
                    box.getCheckModel().clearCheck(status);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static String title(List<PlanStatus> chosen) {
        return chosen.isEmpty() ? Messages.text("filter.allStatuses")
                : String.join(", ", chosen.stream().map(s -> Messages.text("status." + s.name())).toList());
    }
}
