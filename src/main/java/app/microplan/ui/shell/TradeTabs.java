package app.microplan.ui.shell;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
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
 * The plan area's Fills and Review tabs: recording the trade and reviewing it. Their views are built the first
 * time a plan is shown; each selected plan gets its own fills and review models on top of its PlanViewModel.
 */
final class TradeTabs {
    private final TabPane tabs;
    private final Tab fillsTab = new Tab(Messages.text("tab.fills"));
    private final Tab reviewTab;
    private FillsView fills;
    private TradeReviewView review;

    TradeTabs(TabPane tabs, Tab reviewTab) {
        this.tabs = tabs;
        this.reviewTab = reviewTab;
        fillsTab.setClosable(false);
        fillsTab.setId("fills-tab");
        fillsTab.setGraphic(Icons.of(Material2MZ.RECEIPT_LONG));
        tabs.getTabs().add(tabs.getTabs().indexOf(reviewTab), fillsTab);
    }

    void bind(PlanViewModel vm, BindingScope scope) {
        if (fills == null) {
            fills = new FillsView(() -> tabs.getSelectionModel().select(reviewTab));
            fillsTab.setContent(fills);
            review = new TradeReviewView();
            reviewTab.setContent(review);
        }
        ZoneId zone = ZoneId.systemDefault();
        fills.bind(new FillsViewModel(vm, zone), new CorrectionsViewModel(vm, zone), scope);
        review.bind(new TradeReviewViewModel(vm), scope);
    }
}
