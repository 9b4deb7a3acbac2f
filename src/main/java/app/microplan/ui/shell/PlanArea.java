package app.microplan.ui.shell;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.LaterIcons;
import app.microplan.ui.common.Styling;
import app.microplan.ui.conflict.ConflictView;
import app.microplan.ui.conflict.ConflictViewModel;
import app.microplan.ui.gauge.MarginGaugeView;
import app.microplan.ui.plan.PlanHeaderView;
import app.microplan.ui.playbooks.PlaybookPromptsView;
import app.microplan.ui.plan.PlanViewModel;
import app.microplan.ui.plan.WrittenPlanView;
import app.microplan.ui.rules.RuleStripView;
import app.microplan.ui.sizing.ComparisonView;
import app.microplan.ui.sizing.InstrumentsView;
import app.microplan.ui.sizing.PositionView;
import app.microplan.ui.sizing.SizingView;
import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The selected plan: header, then written plan, sizing inputs and position (with the margin gauge) side by side,
 * the rule strip with Mark ready along the bottom; a Review tab for closed trades beside it. Every panel binds to
 * the same PlanViewModel, and all bindings go when another plan is selected.
 */
public final class PlanArea extends StackPane {
    private PlanHeaderView header;
    private WrittenPlanView written;
    private PlaybookPromptsView prompts;
    private SizingView sizing;
    private PositionView position;
    private MarginGaugeView gauge;
    private ComparisonView comparison;
    private InstrumentsView instruments;
    private RuleStripView rules;
    private final TabPane tabs = new TabPane();
    /** The tabs with, above them, the banner of a plan that waits for a conflict choice. */
    private final BorderPane shown = new BorderPane(tabs);
    private final Tab planTab = new Tab(Messages.text("tab.plan"));
    private final Tab reviewTab = new Tab(Messages.text("tab.review"));
    private final VBox reviewPlaceholder = placeholder(Messages.text("tab.review"),
            Messages.text("plan.reviewPlaceholder"));
    private final Button create = new Button(Messages.text("plan.newPlan"));
    private final VBox empty = new VBox();
    private final TradeTabs trade;
    /*
     * Every icon of the plan area (tabs, empty state, header notices, sizing buttons), shown when a plan's panels are
     * complete or the empty state shows, not when the area is made: at the app's start the first icon (Ikonli's
     * resolver and font) would otherwise be on the way to the plan's numbers (decision 0020).
     */
    private final LaterIcons icons = new LaterIcons();
    private BindingScope scope = new BindingScope();
    private Runnable onEditAccount;
    private boolean numbersFirst;
    /** With numbersFirst: builds the other panels and puts them in the scene (bound by the caller); null once done. */
    private Runnable restOfPanels;
    private PlanViewModel shownPlan;
    private final ReadOnlyBooleanWrapper panelsComplete = new ReadOnlyBooleanWrapper();

    public PlanArea(Runnable newPlan) {
        getStyleClass().add("plan-area");
        planTab.setClosable(false);
        reviewTab.setClosable(false);
        reviewTab.setContent(reviewPlaceholder);
        reviewTab.setId("review-tab");
        tabs.getTabs().addAll(planTab, reviewTab);
        trade = new TradeTabs(tabs, reviewTab, icons);
        icons.set(planTab::setGraphic, Material2AL.EDIT);
        icons.set(reviewTab::setGraphic, Material2MZ.RATE_REVIEW);
        icons.set(icon -> reviewPlaceholder.getChildren().add(0, icon), Material2MZ.RATE_REVIEW);
        tabs.getStyleClass().add(Styles.TABS_CLASSIC);

        Label emptyTitle = new Label(Messages.text("plan.noneSelected"));
        emptyTitle.getStyleClass().add(Styles.TITLE_3);
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> newPlan.run());
        empty.getChildren().addAll(emptyTitle, Styling.caption(Messages.text("plan.pickOrCreate")), create);
        icons.set(icon -> empty.getChildren().add(0, icon), Material2AL.ASSIGNMENT);
        icons.set(create, Material2AL.ADD);
        empty.getStyleClass().add("plan-empty");
        empty.setAlignment(Pos.CENTER);
        empty.setId("plan-empty");
        getChildren().addAll(empty, shown);
        shown.setVisible(false);
        // Not while the journal is read: there is nothing to pick yet (showEmptyUnlessAPlan).
        empty.setVisible(false);
    }

    /**
     * "No plan selected" with a New plan button where no plan is shown once the journal is open (an empty journal,
     * one that could not be opened); while it is read the area stays blank.
     */
    public void showEmptyUnlessAPlan() {
        if (shownPlan == null) {
            empty.setVisible(true);
            icons.show();
        }
    }

    /*
     * The plan panels are built when the first plan is shown, not with the window: a journal-less start never pays
     * for them. At the app's start (numbersFirst, prepareNumbersFirst) only the header and the position (its size,
     * risk, liquidation) are built, ahead of the plan, and the other panels are built, joined and bound right after
     * the first frame that shows a plan: styling and laying out the inputs is most of a first plan's cost
     * (decision 0018), and the size is what a trader looks for. Where the position sits under the inputs (two
     * columns, PlanColumns), the inputs come with it: shown alone first, the position would jump down below them a
     * moment later.
     */
    private void buildPanels(boolean positionUnderInputs) {
        header = new PlanHeaderView(icons);
        position = new PositionView();
        if (positionUnderInputs) {
            sizing = sizingView();
        }
        VBox writtenStack = new VBox();
        VBox sizingStack = positionUnderInputs ? new VBox(sizing) : new VBox();
        VBox positionStack = new VBox(position);
        PlanColumns columns = new PlanColumns(writtenStack, sizingStack, positionStack);
        BorderPane planPane = new BorderPane(columns, header, null, null, null);
        planPane.getStyleClass().add("plan-pane");
        planTab.setContent(planPane);
        restOfPanels = () -> {
            restOfPanels = null;
            written = new WrittenPlanView();
            prompts = new PlaybookPromptsView();
            gauge = new MarginGaugeView();
            comparison = new ComparisonView();
            instruments = new InstrumentsView();
            rules = new RuleStripView();
            if (sizing == null) {
                sizing = sizingView();
                sizingStack.getChildren().add(sizing);
            }
            writtenStack.getChildren().setAll(prompts, written);
            positionStack.getChildren().addAll(gauge, comparison, instruments);
            planPane.setBottom(rules);
            icons.show();
            panelsComplete.set(true);
        };
        if (!numbersFirst) {
            restOfPanels.run();
        }
    }

    /* With numbersFirst: the other panels join once the plan's numbers are drawn, bound to the plan shown then. */
    private void attachTheRestAfterThisFrame() {
        AfterNextFrame.run(getScene(), () -> {
            if (restOfPanels == null) {
                return;   // already there (two plans shown within one frame)
            }
            boolean sizingBound = sizing != null;
            restOfPanels.run();
            if (shownPlan != null) {
                if (!sizingBound) {
                    sizing.bind(shownPlan, scope);
                }
                bindTheRest(shownPlan);
            }
        });
    }

    private SizingView sizingView() {
        SizingView view = new SizingView(icons);
        view.setOnEditAccount(onEditAccount);
        return view;
    }

    /**
     * The app's start: builds the panels that show a plan's numbers before any plan is read, so they are styled and
     * laid out (hidden) while the journal is read and its first plan's numbers cost one binding and one frame.
     *
     * @param expectedWidth the width the plan area will have (it is not laid out yet): whether the position sits
     *                      under the inputs
     */
    void prepareNumbersFirst(double expectedWidth) {
        numbersFirst = true;
        buildPanels(expectedWidth < PlanColumns.THREE_COLUMNS_FROM);
    }

    /** True once every plan panel is in the scene (at once, or a frame after the numbers with numbersFirst). */
    public ReadOnlyBooleanProperty panelsCompleteProperty() {
        return panelsComplete.getReadOnlyProperty();
    }

    private static VBox placeholder(String title, String text) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        VBox box = new VBox(heading, Styling.caption(text));
        box.getStyleClass().add("plan-empty");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** Shows {@code vm} (or the empty state for null), undoing every binding to the plan shown before. */
    public void show(PlanViewModel vm) {
        scope.close();
        scope = new BindingScope();
        shownPlan = vm;
        shown.setVisible(vm != null);
        empty.setVisible(vm == null);
        if (vm == null) {
            trade.bind(null, scope);
            icons.show();
            return;
        }
        if (header == null) {
            buildPanels(getWidth() < PlanColumns.THREE_COLUMNS_FROM);
        }
        if (restOfPanels != null && getScene() == null) {
            restOfPanels.run();   // not on screen: no frame to put the numbers in first
        }
        header.bind(vm, scope);
        position.bind(vm, scope);
        trade.bind(vm, scope);
        if (sizing != null) {
            sizing.bind(vm, scope);   // with the numbers where the inputs come with them
        }
        if (restOfPanels == null) {
            bindTheRest(vm);
        } else {
            attachTheRestAfterThisFrame();
        }
        reviewTab.setDisable(false);
    }

    private void bindTheRest(PlanViewModel vm) {
        prompts.bind(vm, scope);
        written.bind(vm, scope);
        gauge.bind(vm, scope);
        comparison.bind(vm, scope);
        instruments.bind(vm, scope);
        rules.bind(vm, scope);
    }

    /** Shows the choice the plan waits for above it, or nothing for null. */
    public void showConflict(ConflictViewModel conflict) {
        shown.setTop(conflict == null ? null : new ConflictView(conflict));
    }

    /** What a click on the sizing panel's equity does. */
    public void setOnEditAccount(Runnable action) {
        onEditAccount = action;
        if (sizing != null) {
            sizing.setOnEditAccount(action);
        }
    }

    /** Whether the Fills and Review tabs' views exist yet: they are built when their tab is first selected. */
    public boolean tradeTabsBuilt() {
        return trade.fillsBuilt() || trade.reviewBuilt();
    }

    /** How many bindings the shown plan holds: constant however often plans are switched. */
    public int bindingCount() {
        return scope.size();
    }
}
