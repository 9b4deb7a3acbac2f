package app.microplan.ui.playbooks;

import static app.microplan.ui.common.TextColumns.of;

import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Messages;
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
    private final Label criteriaTitle = Styling.sectionTitle(Messages.text("playbookResults.criteria"));
    private final TableView<PlaybookResultsViewModel.PlaybookRow> playbooks = TextColumns.table("playbook-results",
            Messages.text("playbookResults.empty"),
            of(Messages.text("report.col.playbook"), PlaybookResultsViewModel.PlaybookRow::name, false),
            of(Messages.text("stats.col.trades"), r -> Integer.toString(r.trades()), true),
            of(Messages.text("stats.win-rate"), PlaybookResultsViewModel.PlaybookRow::winRate, true),
            of(Messages.text("playbookResults.col.expectancyR"), PlaybookResultsViewModel.PlaybookRow::expectancyR, true),
            of(Messages.text("stats.expectancy"), PlaybookResultsViewModel.PlaybookRow::expectancy, true),
            of(Messages.text("stats.profit-factor"), PlaybookResultsViewModel.PlaybookRow::profitFactor, true),
            of(Messages.text("stats.net"), PlaybookResultsViewModel.PlaybookRow::netPnl, true));
    private final TableView<PlaybookResultsViewModel.CriterionRow> criteria = TextColumns.table("playbook-criteria",
            Messages.text("playbookResults.noCriteria"),
            of(Messages.text("playbookResults.col.criterion"), PlaybookResultsViewModel.CriterionRow::criterion, false),
            of(Messages.text("report.col.ticked"), PlaybookResultsViewModel.CriterionRow::ticked, true),
            of(Messages.text("report.col.notTicked"), PlaybookResultsViewModel.CriterionRow::notTicked, true),
            of(Messages.text("playbookResults.col.verdict"), PlaybookResultsViewModel.CriterionRow::verdict, false));

    public PlaybookResultsView() {
        getStyleClass().add("insight-tab");
        summary.setId("playbook-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Label caption = Styling.caption(Messages.text("playbookResults.caption"));
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
