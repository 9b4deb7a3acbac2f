package app.microplan.ui.shell;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.LaterIcons;
import app.microplan.ui.fills.CorrectionsViewModel;
import app.microplan.ui.fills.FillsView;
import app.microplan.ui.fills.FillsViewModel;
import app.microplan.ui.plan.PlanViewModel;
import app.microplan.ui.review.TradeReviewView;
import app.microplan.ui.review.TradeReviewViewModel;
import java.time.ZoneId;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The plan area's Fills and Review tabs: recording the trade and reviewing it. Each view is built the first time
 * its tab is selected, not with the first plan: at start-up the Plan tab's numbers are what the trader waits for,
 * and building, styling and laying out two hidden tabs delayed them (decision 0017). Once built, a view is bound to
 * every plan shown; each plan gets its own fills and review models on top of its PlanViewModel.
 */
final class TradeTabs {
    private final TabPane tabs;
    private final Tab fillsTab = new Tab(Messages.text("tab.fills"));
    private final Tab reviewTab;
    private FillsView fills;
    private TradeReviewView review;
    /** The plan shown and the scope its bindings live in; null while no plan is shown. */
    private PlanViewModel shownPlan;
    private BindingScope shownScope;
    /** The scope each view was last bound in: a view is bound once per plan shown, however often it is selected. */
    private BindingScope fillsScope;
    private BindingScope reviewScope;

    TradeTabs(TabPane tabs, Tab reviewTab, LaterIcons icons) {
        this.tabs = tabs;
        this.reviewTab = reviewTab;
        fillsTab.setClosable(false);
        fillsTab.setId("fills-tab");
        icons.set(fillsTab::setGraphic, Material2MZ.RECEIPT_LONG);
        tabs.getTabs().add(tabs.getTabs().indexOf(reviewTab), fillsTab);
        fillsTab.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                showFills();
            }
        });
        reviewTab.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                showReview();
            }
        });
    }

    /** Shows {@code vm} (null: no plan) in the tabs built so far; the others follow when first selected. */
    void bind(PlanViewModel vm, BindingScope scope) {
        shownPlan = vm;
        shownScope = scope;
        if (vm == null) {
            return;
        }
        if (fills != null || fillsTab.isSelected()) {
            showFills();
        }
        if (review != null || reviewTab.isSelected()) {
            showReview();
        }
    }

    /** Whether the Fills and the Review views exist yet (tests: they are built on first selection). */
    boolean fillsBuilt() {
        return fills != null;
    }

    boolean reviewBuilt() {
        return review != null;
    }

    private void showFills() {
        if (shownPlan == null || fillsScope == shownScope) {
            return;
        }
        fillsScope = shownScope;
        if (fills == null) {
            fills = new FillsView(() -> tabs.getSelectionModel().select(reviewTab));
            fillsTab.setContent(fills);
        }
        ZoneId zone = ZoneId.systemDefault();
        fills.bind(new FillsViewModel(shownPlan, zone), new CorrectionsViewModel(shownPlan, zone), shownScope);
    }

    private void showReview() {
        if (shownPlan == null || reviewScope == shownScope) {
            return;
        }
        reviewScope = shownScope;
        if (review == null) {
            review = new TradeReviewView();
            reviewTab.setContent(review);
        }
        review.bind(new TradeReviewViewModel(shownPlan), shownScope);
    }
}
