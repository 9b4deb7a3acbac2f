package app.microplan.ui.settings;

import app.microplan.store.Settings;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.NumberField;
import app.microplan.ui.common.RowPool;
import app.microplan.ui.common.Styling;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
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
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Preferences dialog; OK stays disabled while a field is invalid. */
public final class PreferencesDialog extends Dialog<Settings> {
    private final ValidationSupport validation = new ValidationSupport();
    private final BindingScope scope = new BindingScope();

    public PreferencesDialog(Window owner, PreferencesViewModel vm, Path journalFolder, Runnable openAnotherFolder) {
        initOwner(owner);
        setTitle("Preferences");
        setHeaderText("Preferences");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Styling.addStylesheet(getDialogPane(), "shell/shell.css");
        Styling.addStylesheet(getDialogPane(), "settings/settings.css");
        getDialogPane().getStyleClass().add("preferences");

        VBox accountRows = new VBox();
        accountRows.getStyleClass().add("account-rows");
        RowPool<HBox, AccountInput> accounts = new RowPool<>(accountRows, this::accountRow,
                (row, account, index, rowScope) -> bindAccount(row, account, index, vm, rowScope));
        accounts.bind(vm.accounts(), scope);
        Button addAccount = new Button("Add account", Icons.of(Material2AL.ADD));
        addAccount.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        addAccount.setOnAction(e -> vm.addAccount());
        ComboBox<String> active = new ComboBox<>(vm.accountNames());
        active.setId("active-account");
        scope.bindBidirectional(active.valueProperty(), vm.activeAccountProperty());

        NumberField riskCap = field("Risk cap per trade", "%", vm.riskCapPercent(), "pref-risk-cap");
        NumberField marginCap = field("Margin cap", "%", vm.marginCapPercent(), "pref-margin-cap");
        NumberField leverage = field("Default leverage", "×", vm.defaultLeverage(), "pref-leverage");
        NumberField entryFee = field("Entry fee", "%", vm.entryFeePercent(), "pref-entry-fee");
        NumberField exitFee = field("Exit fee", "%", vm.exitFeePercent(), "pref-exit-fee");
        NumberField breakeven = field("Breakeven below |R| of", "R", vm.breakevenBand(), "pref-breakeven");
        GridPane numbers = new GridPane();
        numbers.getStyleClass().add("field-grid");
        numbers.addRow(0, riskCap, marginCap, breakeven);
        numbers.addRow(1, leverage, entryFee, exitFee);

        TextArea template = new TextArea();
        template.setPrefRowCount(5);
        template.setId("pref-checklist");
        scope.bindBidirectional(template.textProperty(), vm.checklistTemplateProperty());

        ComboBox<String> theme = new ComboBox<>();
        theme.getItems().setAll("light", "dark");
        theme.setId("pref-theme");
        scope.bindBidirectional(theme.valueProperty(), vm.themeProperty());

        TextField folder = new TextField(journalFolder.toString());
        folder.setEditable(false);
        folder.setId("pref-journal-folder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Hyperlink openAnother = new Hyperlink("Open another journal folder…");
        openAnother.setOnAction(e -> {
            close();
            openAnotherFolder.run();
        });

        VBox content = new VBox(
                Styling.sectionTitle("Accounts"), accountRows, addAccount,
                labelled("New plans use the account", active),
                Styling.caption("Risk at most 2 % and margin at most 10 % of equity: you may set them lower, never higher."),
                Styling.sectionTitle("Rules and defaults"), numbers,
                Styling.sectionTitle("Pre-trade checklist for new plans (one item a line)"), template,
                Styling.sectionTitle("Appearance and journal"), labelled("Theme", theme),
                labelled("Journal folder", new HBox(folder)), openAnother);
        content.getStyleClass().add("preferences-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.FLAT);
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefSize(620, 640);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vm.validProperty().not());
        setResultConverter(button -> button == ButtonType.OK ? vm.toSettings() : null);
        setOnHidden(e -> scope.close());
    }

    private NumberField field(String label, String unit, app.microplan.ui.common.DecimalInput input, String id) {
        NumberField field = new NumberField(label, unit, validation);
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

    private HBox accountRow() {
        TextField name = new TextField();
        name.setPromptText("Account name");
        NumberField equity = new NumberField("Equity", "USD", validation);
        Button remove = new Button(null, Icons.of(Material2MZ.REMOVE_CIRCLE_OUTLINE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "row-remove");
        remove.setTooltip(new javafx.scene.control.Tooltip("Remove this account"));
        Label nameLabel = new Label("Name");
        nameLabel.getStyleClass().add("field-label");
        VBox nameBox = new VBox(nameLabel, name);
        nameBox.getStyleClass().add("number-field");
        HBox row = new HBox(nameBox, equity, remove);
        row.getStyleClass().add("input-row");
        HBox.setHgrow(nameBox, Priority.ALWAYS);
        HBox.setHgrow(equity, Priority.ALWAYS);
        return row;
    }

    private static void bindAccount(HBox row, AccountInput account, int index, PreferencesViewModel vm,
                                    BindingScope rowScope) {
        TextField name = (TextField) ((VBox) row.getChildren().get(0)).getChildren().get(1);
        NumberField equity = (NumberField) row.getChildren().get(1);
        Button remove = (Button) row.getChildren().get(2);
        name.setId("account-name-" + (index + 1));
        equity.field().setId("account-equity-" + (index + 1));
        rowScope.bindBidirectional(name.textProperty(), account.nameProperty());
        equity.bind(account.equity(), rowScope);
        remove.setOnAction(e -> vm.removeAccount(account));
    }
}
