package app.microplan.ui.plan;

import app.microplan.ui.common.Messages;
import app.microplan.domain.PlanStatus;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.LaterIcons;
import app.microplan.ui.common.Styling;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The selected plan's title, status badge and life-cycle actions, and the notices that must not be missed. */
public final class PlanHeaderView extends VBox {
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label status = new Label();
    private final MenuButton lifecycle = new MenuButton(Messages.text("header.status"));
    private final MenuItem draft = new MenuItem(Messages.text("header.backToDraft"));
    private final MenuItem cancel = new MenuItem(Messages.text("header.cancelPlan"));
    /* The notices' icons come when the plan area gives its icons (LaterIcons). */
    private final Message backToDraft = new Message(Messages.text("header.backToDraft"), "");
    private final Message frozen = new Message(Messages.text("header.numbersFrozen"), "");
    private final Message readOnly = new Message(Messages.text("header.readOnly"), Messages.text("header.readOnlyText"));

    public PlanHeaderView(LaterIcons icons) {
        getStyleClass().add("plan-header");
        title.getStyleClass().addAll(Styles.TITLE_3, "plan-title");
        title.setId("plan-title");
        subtitle.getStyleClass().addAll(Styles.TEXT_MUTED, "plan-subtitle");
        status.getStyleClass().add("status-badge");
        status.setId("plan-status");
        lifecycle.getItems().addAll(draft, cancel);
        lifecycle.getStyleClass().addAll(Styles.FLAT, "lifecycle-menu");
        lifecycle.setId("lifecycle-menu");
        backToDraft.getStyleClass().add(Styles.WARNING);
        backToDraft.setId("back-to-draft");
        frozen.getStyleClass().add(Styles.WARNING);
        frozen.setId("edit-refused");
        readOnly.getStyleClass().add(Styles.ACCENT);
        icons.set(backToDraft::setGraphic, Material2MZ.WARNING);
        icons.set(frozen::setGraphic, Material2AL.LOCK);
        icons.set(readOnly::setGraphic, Material2AL.LOCK);
        for (Message message : new Message[] {backToDraft, frozen, readOnly}) {
            message.managedProperty().bind(message.visibleProperty());
            message.setVisible(false);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox titles = new VBox(title, subtitle);
        titles.getStyleClass().add("plan-titles");
        HBox top = new HBox(titles, status, spacer, lifecycle);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("plan-header-row");
        getChildren().addAll(top, backToDraft, frozen, readOnly);
    }

    public void bind(PlanViewModel vm, BindingScope scope) {
        scope.bind(title.textProperty(), Bindings.createStringBinding(() -> PlanHeaderText.title(vm.getPlan()), vm.planProperty()));
        scope.bind(subtitle.textProperty(), Bindings.createStringBinding(
                () -> PlanHeaderText.subtitle(vm.getPlan(), ZoneId.systemDefault()), vm.planProperty()));
        scope.bind(status.textProperty(), Bindings.createStringBinding(() -> statusText(vm.getStatus()),
                vm.statusProperty()));
        showStatus(vm.getStatus());
        scope.listen(vm.statusProperty(), (obs, old, now) -> showStatus(now));
        scope.bind(backToDraft.visibleProperty(), vm.backToDraftProperty());
        scope.bind(backToDraft.descriptionProperty(), vm.backToDraftReasonProperty());
        backToDraft.setOnClose(e -> vm.dismissBackToDraft());
        scope.bind(frozen.visibleProperty(), vm.editRefusedProperty().isNotEmpty());
        scope.bind(frozen.descriptionProperty(), vm.editRefusedProperty());
        readOnly.setVisible(vm.isReadOnly());
        readOnly.setDescription(vm.readOnlyReason());
        bindMove(draft, PlanStatus.DRAFT, vm, scope);
        bindMove(cancel, PlanStatus.CANCELLED, vm, scope);
        scope.onClose(() -> {
            backToDraft.setOnClose(null);
            readOnly.setVisible(false);
        });
    }

    private static void bindMove(MenuItem item, PlanStatus target, PlanViewModel vm, BindingScope scope) {
        scope.bind(item.disableProperty(), Bindings.createBooleanBinding(() -> !vm.canMoveTo(target),
                vm.statusProperty()));
        item.setOnAction(e -> vm.moveTo(target));
        scope.onClose(() -> item.setOnAction(null));
    }

    private void showStatus(PlanStatus value) {
        for (PlanStatus s : PlanStatus.values()) {
            status.getStyleClass().remove(styleClass(s));
        }
        status.getStyleClass().add(styleClass(value));
    }

    /** The status as the badge says it: "Draft", "Entwurf". */
    public static String statusText(PlanStatus value) {
        return Messages.text("status." + value.name());
    }

    /** "status-draft", "status-ready", …: the badge colours live in the stylesheet. */
    public static String styleClass(PlanStatus value) {
        return "status-" + value.name().toLowerCase();
    }
}
