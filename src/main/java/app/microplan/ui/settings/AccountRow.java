package app.microplan.ui.settings;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.NumberField;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One account in Preferences: name, equity, remove; whether equity follows the journal; the account rules; the
 * account's own fee rates.
 */
final class AccountRow extends VBox {
    final TextField name = new TextField();
    final NumberField equity;
    final ComboBox<String> equityCurrency = new ComboBox<>(
            FXCollections.observableArrayList(AccountInput.equityCurrencies()));
    final Button remove = new Button(null, Icons.of(Material2MZ.REMOVE_CIRCLE_OUTLINE));
    final CheckBox followsJournal = new CheckBox(Messages.text("prefs.followsJournal"));
    final NumberField openRiskCap;
    final NumberField dailyLossCap;
    final NumberField coolDownLosses;
    final NumberField coolDownMinutes;
    final NumberField makerFee;
    final NumberField takerFee;

    AccountRow() {
        getStyleClass().add("account-row-box");
        name.setPromptText(Messages.text("prefs.accountName"));
        equity = new NumberField(Messages.text("prefs.equity"), null);
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "row-remove");
        remove.setTooltip(new Tooltip(Messages.text("prefs.removeAccount")));
        Label nameLabel = new Label(Messages.text("prefs.name"));
        nameLabel.getStyleClass().add("field-label");
        VBox nameBox = new VBox(nameLabel, name);
        nameBox.getStyleClass().add("number-field");
        Label currencyLabel = new Label(Messages.text("prefs.equityCurrency"));
        currencyLabel.getStyleClass().add("field-label");
        VBox currencyBox = new VBox(currencyLabel, equityCurrency);
        currencyBox.getStyleClass().add("number-field");
        HBox top = new HBox(nameBox, equity, currencyBox, remove);
        top.getStyleClass().add("input-row");
        HBox.setHgrow(nameBox, Priority.ALWAYS);
        HBox.setHgrow(equity, Priority.ALWAYS);
        followsJournal.setWrapText(true);
        openRiskCap = new NumberField(Messages.text("prefs.openRiskCap"), "%");
        dailyLossCap = new NumberField(Messages.text("prefs.dailyLossCap"), "%");
        coolDownLosses = new NumberField(Messages.text("prefs.coolDownAfter"), Messages.text("prefs.unitLosses"));
        coolDownMinutes = new NumberField(Messages.text("prefs.coolDownFor"), "min");
        HBox limits = new HBox(openRiskCap, dailyLossCap, coolDownLosses, coolDownMinutes);
        limits.getStyleClass().add("input-row");
        for (NumberField field : new NumberField[] {openRiskCap, dailyLossCap, coolDownLosses, coolDownMinutes}) {
            HBox.setHgrow(field, Priority.ALWAYS);
        }
        makerFee = new NumberField(Messages.text("prefs.makerFee"), "%");
        takerFee = new NumberField(Messages.text("prefs.takerFee"), "%");
        HBox fees = new HBox(makerFee, takerFee);
        fees.getStyleClass().add("input-row");
        getChildren().addAll(top, followsJournal, limits, fees);
    }
}
