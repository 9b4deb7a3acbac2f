package app.microplan.ui.sizing;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.LaterIcons;
import app.microplan.ui.common.NumberField;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.material2.Material2MZ;

/** One take-profit: price and the share of the position closed there. */
final class TargetRow extends HBox {
    final NumberField price;
    final NumberField share;
    final Button remove = new Button();

    TargetRow(LaterIcons icons) {
        icons.set(remove, Material2MZ.REMOVE_CIRCLE_OUTLINE);
        getStyleClass().add("input-row");
        setAlignment(Pos.TOP_LEFT);
        price = new NumberField(Messages.text("sizing.targetPrice"), null);
        share = new NumberField(Messages.text("sizing.share"), "%");
        share.setPrompt(Messages.text("sizing.restPrompt"));
        share.getStyleClass().add("narrow");
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "row-remove");
        remove.setTooltip(new Tooltip(Messages.text("sizing.removeTarget")));
        HBox.setHgrow(price, Priority.ALWAYS);
        getChildren().addAll(price, share, remove);
    }
}
