package app.microplan.ui.sizing;

import app.microplan.ui.common.Messages;
import app.microplan.domain.Direction;
import app.microplan.domain.Money;
import app.microplan.domain.SizingResult;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.LaterIcons;
import app.microplan.ui.common.NumberField;
import app.microplan.ui.common.RowPool;
import app.microplan.ui.common.Styling;
import app.microplan.ui.plan.ContractTermsInputs;
import app.microplan.ui.plan.EntryLegInput;
import app.microplan.ui.plan.PlanViewModel;
import app.microplan.ui.plan.SetupInputs;
import app.microplan.ui.plan.TargetInput;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** The sizing panel's inputs: contract, side, entries, stop, targets, leverage, risk, size, fees, funding. */
public final class SizingView extends VBox {
    private final ComboBox<String> account = new ComboBox<>();
    /* The equity sizing uses, one click from where it is changed (Preferences, the account's row). */
    private final Hyperlink equity = new Hyperlink();
    private Runnable onEditAccount = () -> { };
    private final ComboBox<app.microplan.ui.plan.ContractOption> contract = new ComboBox<>();
    private final NumberField customSize = new NumberField(Messages.text("sizing.contractSize"), null);
    private final NumberField customTick = new NumberField(Messages.text("sizing.tickSize"), null);
    private final HBox customRow = new HBox(customSize, customTick);
    private final ToggleGroup sideGroup = new ToggleGroup();
    private final ToggleButton longSide = new ToggleButton(Messages.text("sizing.long"));
    private final ToggleButton shortSide = new ToggleButton(Messages.text("sizing.short"));
    /** The Add and remove buttons' icons, given with the plan area's others. */
    private final LaterIcons icons;
    private final VBox entryRows = new VBox();
    private final RowPool<EntryRow, EntryLegInput> entries = new RowPool<>(entryRows, this::newEntryRow,
            this::bindEntry);
    private final Button addEntry = new Button(Messages.text("sizing.addEntry"));
    private final NumberField stop = new NumberField(Messages.text("sizing.stop"), null);
    private final NumberField leverage = new NumberField(Messages.text("sizing.leverage"), "×");
    private final VBox targetRows = new VBox();
    private final RowPool<TargetRow, TargetInput> targets = new RowPool<>(targetRows, this::newTargetRow,
            this::bindTarget);
    private final Button addTarget = new Button(Messages.text("sizing.addTarget"));
    private final NumberField risk = new NumberField(Messages.text("sizing.risk"), "%");
    private final NumberField size = new NumberField(Messages.text("sizing.size"),
            Messages.text("sizing.unitContracts"));
    private final NumberField entryFee = new NumberField(Messages.text("sizing.entryFee"), "%");
    private final NumberField exitFee = new NumberField(Messages.text("sizing.exitFee"), "%");
    private final NumberField funding = new NumberField(Messages.text("sizing.fundingRate"),
            Messages.text("sizing.unitPerInterval"));
    private final NumberField holding = new NumberField(Messages.text("sizing.holdingTime"), "h");
    private final NumberField fundingInterval = new NumberField(Messages.text("sizing.fundingEvery"), "h");
    private final NumberField initialMargin = new NumberField(Messages.text("sizing.initialMargin"),
            Messages.text("sizing.unitPerContract"));
    private final NumberField maintenanceMargin = new NumberField(Messages.text("sizing.maintenanceMargin"),
            Messages.text("sizing.unitPerContract"));
    private final NumberField feePerContract = new NumberField(Messages.text("sizing.feePerContract"),
            Messages.text("sizing.unitPerSide"));
    private PlanViewModel current;

    public SizingView(LaterIcons icons) {
        this.icons = icons;
        getStyleClass().addAll("panel", "sizing-view");

        account.getStyleClass().add("account-picker");
        equity.getStyleClass().add("equity");
        equity.setId("equity-link");
        equity.setTooltip(new Tooltip(Messages.text("sizing.equityTip")));
        equity.setOnAction(e -> onEditAccount.run());
        Label accountLabel = fieldLabel(Messages.text("sizing.account"), account);
        HBox accountRow = new HBox(account, equity);
        accountRow.getStyleClass().add("account-row");

        contract.setMaxWidth(Double.MAX_VALUE);
        Label contractLabel = fieldLabel(Messages.text("sizing.contract"), contract);
        customRow.getStyleClass().add("input-row");
        customRow.managedProperty().bind(customRow.visibleProperty());
        HBox.setHgrow(customSize, Priority.ALWAYS);
        HBox.setHgrow(customTick, Priority.ALWAYS);

        longSide.setToggleGroup(sideGroup);
        shortSide.setToggleGroup(sideGroup);
        longSide.getStyleClass().addAll(Styles.LEFT_PILL, "side-long");
        shortSide.getStyleClass().addAll(Styles.RIGHT_PILL, "side-short");
        HBox side = new HBox(longSide, shortSide);
        side.getStyleClass().add("side-toggle");

        addEntry.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "add-row");
        addTarget.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "add-row");
        icons.set(addEntry, Material2AL.ADD);
        icons.set(addTarget, Material2AL.ADD);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("field-grid");
        grid.addRow(0, stop, leverage);
        grid.addRow(1, risk, size);
        grid.addRow(2, entryFee, exitFee);
        grid.addRow(3, funding, holding);
        grid.addRow(4, fundingInterval);
        // A CME future shows its dollar margin and fee where a perpetual shows leverage-free funding figures.
        grid.add(initialMargin, 0, 3);
        grid.add(maintenanceMargin, 1, 3);
        grid.add(feePerContract, 0, 2);
        grid.getColumnConstraints().addAll(Layout.halfColumn(), Layout.halfColumn());
        for (NumberField field : new NumberField[] {leverage, entryFee, exitFee, funding, holding, fundingInterval,
                initialMargin, maintenanceMargin, feePerContract}) {
            field.managedProperty().bind(field.visibleProperty());
        }

        stop.field().setId("stop");
        leverage.field().setId("leverage");
        risk.field().setId("risk-percent");
        size.field().setId("size");
        entryFee.field().setId("entry-fee");
        exitFee.field().setId("exit-fee");
        funding.field().setId("funding-rate");
        holding.field().setId("holding-hours");
        fundingInterval.field().setId("funding-interval");
        initialMargin.field().setId("initial-margin-per-contract");
        maintenanceMargin.field().setId("maintenance-margin-per-contract");
        feePerContract.field().setId("fee-per-contract");
        customSize.field().setId("custom-contract-size");
        customTick.field().setId("custom-tick-size");
        contract.setId("contract");
        account.setId("account");
        longSide.setId("side-long");
        shortSide.setId("side-short");
        getChildren().addAll(Styling.sectionTitle(Messages.text("sizing.title")),
                accountLabel, accountRow, contractLabel, contract, customRow,
                fieldLabel(Messages.text("sizing.side"), side), side,
                Styling.sectionTitle(Messages.text("sizing.entries")), entryRows, addEntry,
                grid,
                Styling.sectionTitle(Messages.text("sizing.targets")), targetRows, addTarget);
    }

    private static Label fieldLabel(String text, javafx.scene.Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.getStyleClass().add("field-label");
        return label;
    }

    /** What a click on the equity does: the window opens Preferences at the accounts. */
    public void setOnEditAccount(Runnable action) {
        onEditAccount = action == null ? () -> { } : action;
    }

    private EntryRow newEntryRow() {
        return new EntryRow(icons);
    }

    private TargetRow newTargetRow() {
        return new TargetRow(icons);
    }

    /** Edits the plan's numbers until {@code scope} closes. */
    public void bind(PlanViewModel vm, BindingScope scope) {
        current = vm;
        scope.onClose(() -> current = null);
        SetupInputs inputs = vm.setup();
        account.setItems(vm.accountNames());
        scope.bindBidirectional(account.valueProperty(), vm.accountNameProperty());
        scope.bind(equity.textProperty(), vm.equityTextProperty());
        contract.setItems(inputs.contractOptions());
        scope.bindBidirectional(contract.valueProperty(), inputs.contractProperty());
        scope.bind(customRow.visibleProperty(), Bindings.createBooleanBinding(
                () -> inputs.contractProperty().get() != null && inputs.contractProperty().get().custom(),
                inputs.contractProperty()));
        customSize.bind(inputs.customContractSize(), scope);
        customTick.bind(inputs.customTickSize(), scope);
        bindSide(inputs, scope);
        entries.bind(inputs.entries(), scope);
        stop.bind(inputs.stop(), scope);
        targets.bind(inputs.targets(), scope);
        leverage.bind(inputs.leverage(), scope);
        risk.bind(inputs.riskPercent(), scope);
        size.bind(inputs.contracts(), scope);
        scope.bind(size.field().promptTextProperty(), Bindings.createStringBinding(() -> largestPrompt(vm.getSizing()),
                vm.sizingProperty()));
        entryFee.bind(inputs.entryFeePercent(), scope);
        exitFee.bind(inputs.exitFeePercent(), scope);
        funding.bind(inputs.fundingRatePercent(), scope);
        holding.bind(inputs.holdingHours(), scope);
        bindContractTerms(vm, inputs, scope);
        bindEditable(vm, scope);
    }

    /** A CME future hides leverage, fee rates and funding and shows its dollar margin and fee; prompts say the rates. */
    private void bindContractTerms(PlanViewModel vm, SetupInputs inputs, BindingScope scope) {
        ContractTermsInputs terms = inputs.terms();
        fundingInterval.bind(terms.fundingIntervalHours(), scope);
        initialMargin.bind(terms.initialMargin(), scope);
        maintenanceMargin.bind(terms.maintenanceMargin(), scope);
        feePerContract.bind(terms.feePerContract(), scope);
        // A CME fee is dollars a contract, not a rate: the rate fields give way to it.
        for (NumberField perpetualOnly : new NumberField[] {leverage, entryFee, exitFee, funding, holding,
                fundingInterval}) {
            scope.bind(perpetualOnly.visibleProperty(), terms.datedFutureProperty().not());
        }
        for (NumberField cmeOnly : new NumberField[] {initialMargin, maintenanceMargin, feePerContract}) {
            scope.bind(cmeOnly.visibleProperty(), terms.datedFutureProperty());
        }
        scope.bind(entryFee.field().promptTextProperty(), Bindings.createStringBinding(inputs::entryFeePrompt,
                vm.planProperty()));
        scope.bind(exitFee.field().promptTextProperty(), Bindings.createStringBinding(inputs::exitFeePrompt,
                vm.planProperty()));
    }

    private static String largestPrompt(SizingResult sizing) {
        return sizing.isComplete() ? Messages.text("sizing.largest", Money.contracts(sizing.maxContracts())) : Messages.text("sizing.largestAllowed");
    }

    private void bindSide(SetupInputs inputs, BindingScope scope) {
        Runnable showSide = () -> sideGroup.selectToggle(inputs.directionProperty().get() == Direction.SHORT
                ? shortSide : longSide);
        showSide.run();
        scope.listen(inputs.directionProperty(), (obs, old, now) -> showSide.run());
        scope.listen(sideGroup.selectedToggleProperty(), (obs, old, now) -> {
            if (now == null) {
                showSide.run();
            } else {
                inputs.directionProperty().set(now == shortSide ? Direction.SHORT : Direction.LONG);
            }
        });
        addEntry.setOnAction(e -> {
            inputs.addEntry();
            lastVisible(entries).ifPresent(row -> row.price.field().requestFocus());
        });
        addTarget.setOnAction(e -> {
            inputs.addTarget();
            lastVisible(targets).ifPresent(row -> row.price.field().requestFocus());
        });
        scope.onClose(() -> {
            addEntry.setOnAction(null);
            addTarget.setOnAction(null);
        });
    }

    private static <R extends javafx.scene.Node> java.util.Optional<R> lastVisible(RowPool<R, ?> pool) {
        return pool.rows().stream().filter(javafx.scene.Node::isVisible).reduce((a, b) -> b);
    }

    private void bindEntry(EntryRow row, EntryLegInput leg, int index, BindingScope scope) {
        row.price.label().setText(index == 0 ? Messages.text("sizing.firstEntryPrice")
                : Messages.text("sizing.nthEntryPrice", index + 1));
        row.price.field().setId("entry-price-" + (index + 1));
        row.contracts.field().setId("entry-contracts-" + (index + 1));
        scope.bindBidirectional(row.orderType.valueProperty(), leg.orderTypeProperty());
        row.price.bind(leg.price(), scope);
        row.contracts.bind(leg.contracts(), scope);
        scope.bind(row.remove.disableProperty(), Bindings.size(current.setup().entries()).lessThan(2)
                .or(current.editableProperty().not()));
        PlanViewModel vm = current;
        row.remove.setOnAction(e -> vm.setup().removeEntry(leg));
        scope.onClose(() -> row.remove.setOnAction(null));
        scope.bind(row.orderType.disableProperty(), vm.editableProperty().not());
        scope.bind(row.price.field().editableProperty(), vm.editableProperty());
        scope.bind(row.contracts.field().editableProperty(), vm.editableProperty());
    }

    private void bindTarget(TargetRow row, TargetInput target, int index, BindingScope scope) {
        row.price.label().setText(index == 0 ? Messages.text("sizing.firstTargetPrice")
                : Messages.text("sizing.nthTargetPrice", index + 1));
        row.price.field().setId("target-price-" + (index + 1));
        row.share.field().setId("target-share-" + (index + 1));
        row.price.bind(target.price(), scope);
        row.share.bind(target.sharePercent(), scope);
        PlanViewModel vm = current;
        row.remove.setOnAction(e -> vm.setup().removeTarget(target));
        scope.onClose(() -> row.remove.setOnAction(null));
        scope.bind(row.remove.disableProperty(), vm.editableProperty().not());
        scope.bind(row.price.field().editableProperty(), vm.editableProperty());
        scope.bind(row.share.field().editableProperty(), vm.editableProperty());
    }

    private void bindEditable(PlanViewModel vm, BindingScope scope) {
        for (NumberField field : new NumberField[] {customSize, customTick, stop, leverage, risk, size, entryFee, exitFee,
                funding, holding, fundingInterval, initialMargin, maintenanceMargin, feePerContract}) {
            scope.bind(field.field().editableProperty(), vm.editableProperty());
        }
        for (javafx.scene.Node node : new javafx.scene.Node[] {account, contract, longSide, shortSide, addEntry,
                addTarget}) {
            scope.bind(node.disableProperty(), vm.editableProperty().not());
        }
    }
}
