package app.microplan.ui.stats;

import app.microplan.ui.common.Messages;
import app.microplan.domain.JournalEntry;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The journal review: the filter along the top, the table of plans beside the statistics, the charts below.
 * Layout and bindings only.
 */
public final class JournalReviewView extends BorderPane {
    /** About ten rows of the table in view; the rest scroll inside it. */
    private static final double TABLE_HEIGHT = 300;
    private static final double CHARTS_HEIGHT = 420;
    private final FilterBar filters = new FilterBar();
    private final JournalTable table;
    private final StatisticsPanel statistics = new StatisticsPanel();
    private final ChartsPanel charts = new ChartsPanel();
    private final Label summary = new Label();
    private final Label notice = new Label();
    private final Label notCounted = new Label();
    private final ProgressIndicator updating = new ProgressIndicator();
    private final Button export = new Button(Messages.text("review.exportCsv"), Icons.of(Material2AL.GET_APP));
    private final Button back = new Button(Messages.text("review.plans"), Icons.of(Material2AL.ARROW_BACK));

    /**
     * @param open   opens a plan of the table (double-click) in the plan view
     * @param export asks where to save the CSV of the rows shown, in the table's order
     * @param back   returns to the plans
     */
    public JournalReviewView(ZoneId zone, Consumer<JournalEntry> open, Runnable export, Runnable back) {
        getStyleClass().add("journal-review");
        setId("journal-review");
        table = new JournalTable(zone, open);
        Label title = new Label(Messages.text("review.title"));
        title.getStyleClass().addAll(Styles.TITLE_3);
        summary.setId("review-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        notice.setId("review-export-notice");
        notice.getStyleClass().add("fills-notice");
        updating.getStyleClass().add("filter-progress");
        updating.setMaxSize(16, 16);
        this.export.setId("export-journal");
        this.export.setOnAction(e -> export.run());
        this.back.setId("back-to-plans");
        this.back.getStyleClass().add(Styles.FLAT);
        this.back.setOnAction(e -> back.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(this.back, title, summary, updating, spacer, notice, this.export);
        header.getStyleClass().add("journal-review-header");
        header.setAlignment(Pos.CENTER_LEFT);
        notCounted.setId("review-not-counted");
        notCounted.getStyleClass().add(Styles.WARNING);
        notCounted.setWrapText(true);
        notCounted.managedProperty().bind(notCounted.textProperty().isNotEmpty());
        VBox top = new VBox(header, notCounted, filters);
        top.getStyleClass().add("journal-review-top");

        // Stacked rather than side by side: at laptop widths the table needs the whole width for its columns and
        // the figures for their values. The tab scrolls the stack as a whole (ReviewTabs).
        table.setPrefHeight(TABLE_HEIGHT);
        table.setMinHeight(TABLE_HEIGHT);
        charts.setPrefHeight(CHARTS_HEIGHT);
        charts.setMinHeight(CHARTS_HEIGHT);
        statistics.setMinHeight(Region.USE_PREF_SIZE);
        VBox body = new VBox(table, statistics, charts);
        body.getStyleClass().add("journal-review-body");
        setTop(top);
        setCenter(body);
        statistics.getStyleClass().add(Styles.TEXT_SMALL);
    }

    public void bind(JournalReviewViewModel vm, BindingScope scope) {
        filters.bind(vm, scope);
        table.show(vm.rows());
        scope.onClose(() -> table.setItems(null));
        statistics.bind(vm, scope);
        charts.bind(vm, scope);
        scope.bind(summary.textProperty(), vm.summaryProperty());
        scope.bind(notice.textProperty(), vm.noticeProperty());
        scope.bind(notCounted.textProperty(), vm.notCountedProperty());
        scope.bind(updating.visibleProperty(), vm.updatingProperty());
    }

    /** The rows in the order the table shows them (what Export writes). */
    public List<JournalEntry> shownRows() {
        return table.getItems() == null ? List.of() : table.getItems();
    }
}
