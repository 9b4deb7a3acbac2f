package app.microplan.ui.fills;

import app.microplan.ui.common.Messages;
import app.microplan.domain.ExitReason;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.NumberField;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2MZ;

/** One fill: (for an exit) why, then time, price, contracts, fee, and remove. */
final class FillRow extends HBox {
    private final VBox reasonBox;
    private final ComboBox<ExitReason> reason = new ComboBox<>();
    private final TimeField time = new TimeField(Messages.text("fills.col.time"));
    private final NumberField price;
    private final NumberField contracts;
    private final NumberField fee;
    private final Button remove = new Button(null, Icons.of(Material2MZ.REMOVE_CIRCLE_OUTLINE));

    FillRow(boolean exit) {
        getStyleClass().addAll("input-row", "fill-row");
        setAlignment(Pos.TOP_LEFT);
        price = new NumberField(Messages.text("fills.col.price"), null);
        contracts = new NumberField(Messages.text("fills.col.contracts"), null);
        fee = new NumberField(Messages.text("fills.fee"), null);
        fee.setPrompt("0");
        contracts.getStyleClass().add("narrow");
        fee.getStyleClass().add("narrow");
        reason.getItems().setAll(ExitReason.values());
        reason.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExitReason value) {
                return value == null ? "" : Messages.current().getOr("exitReason." + value.name(), value.label());
            }

            @Override
            public ExitReason fromString(String text) {
                return ExitReason.MANUAL;
            }
        });
        reason.getStyleClass().add("exit-reason");
        Label reasonLabel = new Label(Messages.text("fills.exitBy"));
        reasonLabel.getStyleClass().add("field-label");
        reasonBox = new VBox(reasonLabel, reason);
        reasonBox.getStyleClass().add("number-field");
        reasonBox.setVisible(exit);
        reasonBox.managedProperty().bind(reasonBox.visibleProperty());
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "row-remove");
        remove.setTooltip(new Tooltip(Messages.text(exit ? "fills.removeExit" : "fills.removeEntry")));
        price.getStyleClass().add("fill-price");
        getChildren().addAll(reasonBox, time, price, contracts, fee, remove);
    }

    /** Shows {@code input} as fill number {@code number} of its kind ("entry", "exit"), for ids and mnemonics. */
    void bind(FillInput input, String kind, int number, Runnable onRemove, BindingScope scope) {
        String prefix = "fill-" + kind + "-";
        time.field().setId(prefix + "time-" + number);
        price.field().setId(prefix + "price-" + number);
        contracts.field().setId(prefix + "contracts-" + number);
        fee.field().setId(prefix + "fee-" + number);
        reason.setId(prefix + "reason-" + number);
        remove.setId(prefix + "remove-" + number);
        time.bind(input.time(), scope);
        price.bind(input.price(), scope);
        contracts.bind(input.contracts(), scope);
        fee.bind(input.fee(), scope);
        if (reasonBox.isVisible()) {
            scope.bindBidirectional(reason.valueProperty(), input.reasonProperty());
        }
        remove.setOnAction(e -> onRemove.run());
        scope.onClose(() -> remove.setOnAction(null));
    }
}
