package app.microplan.ui.playbooks;

import static app.microplan.ui.common.TextColumns.of;

import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Styling;
import app.microplan.ui.common.TextColumns;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The journal review's Playbooks tab: each playbook's results, and which of its criteria pay. */
public final class PlaybookResultsView extends VBox {
    private final Label summary = new Label();
    private final Label criteriaTitle = Styling.sectionTitle("Which criteria pay");
    private final TableView<PlaybookResultsViewModel.PlaybookRow> playbooks = TextColumns.table("playbook-results",
            "No closed trade matches the filter.",
            of("Playbook", PlaybookResultsViewModel.PlaybookRow::name, false),
            of("Trades", r -> Integer.toString(r.trades()), true),
            of("Win rate", PlaybookResultsViewModel.PlaybookRow::winRate, true),
            of("Expectancy R", PlaybookResultsViewModel.PlaybookRow::expectancyR, true),
            of("Expectancy", PlaybookResultsViewModel.PlaybookRow::expectancy, true),
            of("Profit factor", PlaybookResultsViewModel.PlaybookRow::profitFactor, true),
            of("Net P&L", PlaybookResultsViewModel.PlaybookRow::netPnl, true));
    private final TableView<PlaybookResultsViewModel.CriterionRow> criteria = TextColumns.table("playbook-criteria",
            "This playbook has no checklist criteria.",
            of("Criterion", PlaybookResultsViewModel.CriterionRow::criterion, false),
            of("Ticked", PlaybookResultsViewModel.CriterionRow::ticked, true),
            of("Not ticked", PlaybookResultsViewModel.CriterionRow::notTicked, true),
            of("Verdict", PlaybookResultsViewModel.CriterionRow::verdict, false));

    public PlaybookResultsView() {
        getStyleClass().add("insight-tab");
        summary.setId("playbook-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Label caption = Styling.caption("Ticked means ticked on the plan's checklist before the trade was entered.");
        getChildren().addAll(summary, playbooks, criteriaTitle, caption, criteria);
        VBox.setVgrow(playbooks, Priority.ALWAYS);
        VBox.setVgrow(criteria, Priority.ALWAYS);
    }

    public void bind(PlaybookResultsViewModel vm, BindingScope scope) {
        playbooks.setItems(vm.rows());
        criteria.setItems(vm.criteria());
        scope.onClose(() -> {
            playbooks.setItems(null);
            criteria.setItems(null);
        });
        scope.bind(summary.textProperty(), vm.summaryProperty());
        playbooks.getSelectionModel().select(vm.selectedProperty().get());
        scope.listen(playbooks.getSelectionModel().selectedItemProperty(), (obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        scope.listen(vm.selectedProperty(), (obs, old, now) -> playbooks.getSelectionModel().select(now));
        scope.bind(criteriaTitle.textProperty(), vm.criteriaTitleProperty());
    }
}
