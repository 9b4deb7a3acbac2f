package app.microplan.ui.sizing;

import app.microplan.ui.common.Messages;
import app.microplan.domain.OrderType;
import app.microplan.ui.common.LaterIcons;
import app.microplan.ui.common.NumberField;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.material2.Material2MZ;

/** One entry leg: order type, price, its own contracts (only when scaling in with fixed sizes), remove. */
final class EntryRow extends HBox {
    final ComboBox<OrderType> orderType = new ComboBox<>();
    final NumberField price;
    final NumberField contracts;
    final Button remove = new Button();

    EntryRow(LaterIcons icons) {
        icons.set(remove, Material2MZ.REMOVE_CIRCLE_OUTLINE);
        getStyleClass().add("input-row");
        setAlignment(Pos.TOP_LEFT);
        orderType.getItems().setAll(OrderType.values());
        orderType.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(OrderType type) {
                return type == null ? "" : Messages.text("orderType." + type.name());
            }

            @Override
            public OrderType fromString(String text) {
                return java.util.Arrays.stream(OrderType.values()).filter(t -> t.label().equalsIgnoreCase(text))
                        .findFirst().orElse(OrderType.LIMIT);
            }
        });
        orderType.getStyleClass().add("order-type");
        price = new NumberField(Messages.text("sizing.entryPrice"), null);
        contracts = new NumberField(Messages.text("sizing.contracts"), null);
        contracts.setPrompt(Messages.text("sizing.splitPrompt"));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "row-remove");
        remove.setTooltip(new Tooltip(Messages.text("sizing.removeEntry")));
        HBox.setHgrow(price, Priority.ALWAYS);
        contracts.getStyleClass().add("narrow");
        HBox typeBox = new HBox(orderType);
        typeBox.getStyleClass().add("row-lead");
        getChildren().addAll(typeBox, price, contracts, remove);
    }
}
