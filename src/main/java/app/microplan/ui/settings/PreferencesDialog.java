package app.microplan.ui.settings;

import app.microplan.ui.common.DialogFit;
import app.microplan.ui.common.Messages;
import app.microplan.store.Settings;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.NumberField;
import app.microplan.ui.common.RowPool;
import app.microplan.ui.common.Styling;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;

/** The Preferences dialog; OK stays disabled while a field is invalid. */
public final class PreferencesDialog extends Dialog<Settings> {
    private final BindingScope scope = new BindingScope();

    public PreferencesDialog(Window owner, PreferencesViewModel vm, Path journalFolder, Runnable openAnotherFolder) {
        initOwner(owner);
        DialogFit.install(this);
        setTitle(Messages.text("prefs.title"));
        setHeaderText(Messages.text("prefs.title"));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Styling.addStylesheet(getDialogPane(), "shell/shell.css");
        Styling.addStylesheet(getDialogPane(), "settings/settings.css");
        getDialogPane().getStyleClass().add("preferences");

        VBox accountRows = new VBox();
        accountRows.getStyleClass().add("account-rows");
        RowPool<AccountRow, AccountInput> accounts = new RowPool<>(accountRows, AccountRow::new,
                (row, account, index, rowScope) -> bindAccount(row, account, index, vm, rowScope));
        accounts.bind(vm.accounts(), scope);
        Button addAccount = new Button(Messages.text("prefs.addAccount"), Icons.of(Material2AL.ADD));
        addAccount.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        addAccount.setOnAction(e -> vm.addAccount());
        ComboBox<String> active = new ComboBox<>(vm.accountNames());
        active.setId("active-account");
        scope.bindBidirectional(active.valueProperty(), vm.activeAccountProperty());

        NumberField riskCap = field(Messages.text("prefs.riskCap"), "%", vm.riskCapPercent(), "pref-risk-cap");
        NumberField marginCap = field(Messages.text("prefs.marginCap"), "%", vm.marginCapPercent(), "pref-margin-cap");
        NumberField leverage = field(Messages.text("prefs.defaultLeverage"), "×", vm.defaultLeverage(), "pref-leverage");
        NumberField buffer = field(Messages.text("prefs.liquidationBuffer"),
                Messages.text("prefs.unitStopDistance"), vm.liquidationBuffer(), "pref-liq-buffer");
        NumberField breakeven = field(Messages.text("prefs.breakevenBand"), "R", vm.breakevenBand(), "pref-breakeven");
        GridPane numbers = new GridPane();
        numbers.getStyleClass().add("field-grid");
        numbers.addRow(0, riskCap, marginCap, breakeven);
        numbers.addRow(1, leverage, buffer);
        CheckBox requireTakeProfit = new CheckBox(Messages.text("prefs.requireTakeProfit"));
        requireTakeProfit.setId("pref-require-take-profit");
        requireTakeProfit.setWrapText(true);
        scope.bindBidirectional(requireTakeProfit.selectedProperty(), vm.requireTakeProfitProperty());
        CheckBox fundingInRisk = new CheckBox(Messages.text("prefs.fundingInRisk"));
        fundingInRisk.setId("pref-funding-in-risk");
        scope.bindBidirectional(fundingInRisk.selectedProperty(), vm.fundingInRiskProperty());

        TextArea template = new TextArea();
        template.setPrefRowCount(5);
        template.setId("pref-checklist");
        scope.bindBidirectional(template.textProperty(), vm.checklistTemplateProperty());

        ComboBox<String> theme = new ComboBox<>();
        theme.getItems().setAll("light", "dark");
        theme.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : Messages.text("prefs.theme." + value);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        theme.setId("pref-theme");
        scope.bindBidirectional(theme.valueProperty(), vm.themeProperty());

        ComboBox<String> language = new ComboBox<>(vm.languageChoices());
        language.setId("pref-language");
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : vm.languageName(code);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        scope.bindBidirectional(language.valueProperty(), vm.languageProperty());

        TextField folder = new TextField(journalFolder.toString());
        folder.setEditable(false);
        folder.setId("pref-journal-folder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Hyperlink openAnother = new Hyperlink(Messages.text("prefs.openAnother"));
        openAnother.setOnAction(e -> {
            close();
            openAnotherFolder.run();
        });

        VBox content = new VBox(
                Styling.sectionTitle(Messages.text("prefs.accounts")), accountRows, addAccount,
                labelled(Messages.text("prefs.newPlansUse"), active),
                Styling.caption(Messages.text("prefs.accountLimits")),
                Styling.caption(Messages.text("prefs.feeRates")),
                Styling.sectionTitle(Messages.text("prefs.rulesAndDefaults")), numbers, requireTakeProfit, fundingInRisk,
                Styling.sectionTitle(Messages.text("prefs.checklistTemplate")), template,
                Styling.sectionTitle(Messages.text("prefs.appearance")), labelled(Messages.text("prefs.theme"), theme),
                labelled(Messages.text("prefs.language"), language), Styling.caption(Messages.text("prefs.languageNextStart")),
                labelled(Messages.text("prefs.journalFolder"), new HBox(folder)), openAnother);
        content.getStyleClass().add("preferences-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.FLAT);
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefSize(680, 700);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vm.validProperty().not());
        setResultConverter(button -> button == ButtonType.OK ? vm.toSettings() : null);
        setOnHidden(e -> scope.close());
    }

    private NumberField field(String label, String unit, app.microplan.ui.common.DecimalInput input, String id) {
        NumberField field = new NumberField(label, unit);
        field.field().setId(id);
        field.bind(input, scope);
        return field;
    }

    private static VBox labelled(String text, javafx.scene.Node node) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        VBox box = new VBox(label, node);
        box.getStyleClass().add("text-section");
        return box;
    }

    private static void bindAccount(AccountRow row, AccountInput account, int index, PreferencesViewModel vm,
                                    BindingScope rowScope) {
        int number = index + 1;
        row.name.setId("account-name-" + number);
        row.equity.field().setId("account-equity-" + number);
        row.followsJournal.setId("account-follows-journal-" + number);
        row.openRiskCap.field().setId("account-open-risk-cap-" + number);
        row.dailyLossCap.field().setId("account-daily-loss-cap-" + number);
        row.coolDownLosses.field().setId("account-cool-down-losses-" + number);
        row.coolDownMinutes.field().setId("account-cool-down-minutes-" + number);
        row.makerFee.field().setId("account-maker-fee-" + number);
        row.takerFee.field().setId("account-taker-fee-" + number);
        rowScope.bindBidirectional(row.name.textProperty(), account.nameProperty());
        row.equity.bind(account.equity(), rowScope);
        rowScope.bind(row.equity.label().textProperty(), Bindings.when(account.equityFollowsJournalProperty())
                .then(Messages.text("prefs.startingBalance")).otherwise(Messages.text("prefs.equity")));
        rowScope.bindBidirectional(row.followsJournal.selectedProperty(), account.equityFollowsJournalProperty());
        row.equityCurrency.setId("account-equity-currency-" + number);
        rowScope.bindBidirectional(row.equityCurrency.valueProperty(), account.equityCurrencyProperty());
        row.openRiskCap.bind(account.openRiskCapPercent(), rowScope);
        row.dailyLossCap.bind(account.dailyLossCapPercent(), rowScope);
        row.coolDownLosses.bind(account.coolDownLosses(), rowScope);
        row.coolDownMinutes.bind(account.coolDownMinutes(), rowScope);
        row.makerFee.bind(account.makerFeePercent(), rowScope);
        row.takerFee.bind(account.takerFeePercent(), rowScope);
        row.remove.setOnAction(e -> vm.removeAccount(account));
        rowScope.onClose(() -> row.remove.setOnAction(null));
    }
}
