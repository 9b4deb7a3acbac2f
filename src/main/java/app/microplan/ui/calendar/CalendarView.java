package app.microplan.ui.calendar;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.Styling;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The journal review's Calendar tab: the month as a heat map of daily P&L (green days stronger the better,
 * red the worse), the selected day's trades, plans not taken and rules hit beside it, and the review reports.
 * Layout and bindings only.
 */
public final class CalendarView extends BorderPane {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass OUTSIDE = PseudoClass.getPseudoClass("outside");
    private static final PseudoClass RULE_HIT = PseudoClass.getPseudoClass("rule-hit");
    /** A day's three-figure P&L in bold, the German way too ("+115,29 $"), with the day's padding. */
    private static final double DAY_MIN_WIDTH = 96;
    private final Label title = new Label();
    private final Label summary = new Label();
    private final GridPane grid = new GridPane();
    private final Label dayTitle = new Label();
    private final VBox details = new VBox();
    private final Button previous = new Button(null, Icons.of(Material2AL.CHEVRON_LEFT));
    private final Button next = new Button(null, Icons.of(Material2AL.CHEVRON_RIGHT));
    private final Button monthReport = new Button(Messages.text("calendar.monthReport"), Icons.of(Material2MZ.PICTURE_AS_PDF));
    private final Button weekReport = new Button(Messages.text("calendar.weekReport"), Icons.of(Material2MZ.PICTURE_AS_PDF));
    private final Label notice = new Label();
    private final VBox[] days = new VBox[42];

    public CalendarView() {
        getStyleClass().addAll("insight-tab", "calendar-tab");
        title.setId("calendar-title");
        title.getStyleClass().add(Styles.TITLE_3);
        summary.setId("calendar-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        previous.setId("calendar-previous");
        next.setId("calendar-next");
        for (Button button : List.of(previous, next)) {
            button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        }
        monthReport.setId("month-report");
        weekReport.setId("week-report");
        notice.setId("calendar-notice");
        notice.getStyleClass().add("fills-notice");
        notice.setWrapText(true);
        HBox header = new HBox(8, previous, title, next, summary);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("calendar-header");

        grid.setId("calendar-grid");
        grid.getStyleClass().add("calendar-grid");
        for (int column = 0; column < 7; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            // Equal columns that never get narrower than a day's P&L; below that the tab scrolls.
            constraints.setMinWidth(DAY_MIN_WIDTH);
            constraints.setPrefWidth(DAY_MIN_WIDTH);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
            Label weekday = new Label(DayOfWeek.of(column + 1).getDisplayName(TextStyle.SHORT, Messages.current().textLocale()));
            weekday.getStyleClass().add("calendar-weekday");
            grid.add(weekday, column, 0);
        }
        grid.getRowConstraints().add(new RowConstraints());
        for (int row = 0; row < 6; row++) {
            RowConstraints constraints = new RowConstraints();
            constraints.setVgrow(Priority.ALWAYS);
            constraints.setFillHeight(true);
            grid.getRowConstraints().add(constraints);
        }
        for (int i = 0; i < days.length; i++) {
            VBox cell = new VBox();
            cell.getStyleClass().add("calendar-day");
            cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            days[i] = cell;
            grid.add(cell, i % 7, 1 + i / 7);
        }

        dayTitle.setId("calendar-day-title");
        dayTitle.getStyleClass().add(Styles.TITLE_4);
        dayTitle.setWrapText(true);
        details.setId("calendar-day-details");
        details.getStyleClass().add("calendar-day-details");
        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        detailsScroll.getStyleClass().add(Styles.FLAT);
        // The buttons keep their labels whole and go onto two lines when the side column is narrow.
        monthReport.setMinWidth(Region.USE_PREF_SIZE);
        weekReport.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane reports = new FlowPane(8, 8, monthReport, weekReport);
        VBox side = new VBox(8, dayTitle, detailsScroll, Styling.sectionTitle(Messages.text("calendar.reportTitle")),
                Styling.caption(Messages.text("calendar.reportCaption")), reports, notice);
        side.getStyleClass().add("calendar-side");
        VBox.setVgrow(detailsScroll, Priority.ALWAYS);
        setTop(header);
        setCenter(grid);
        setRight(side);
    }

    /**
     * @param chooseFile asks where to save a report, given a suggested file name
     * @param journalName the open journal's name, printed on the report
     */
    public void bind(CalendarViewModel vm, BindingScope scope, Function<String, Optional<Path>> chooseFile,
                     java.util.function.Supplier<String> journalName) {
        scope.bind(title.textProperty(), vm.titleProperty());
        scope.bind(summary.textProperty(), vm.summaryProperty());
        scope.bind(dayTitle.textProperty(), vm.dayTitleProperty());
        scope.bind(notice.textProperty(), vm.noticeProperty());
        showDetails(vm.dayDetails());
        scope.listenList(vm.dayDetails(), change -> showDetails(vm.dayDetails()));
        previous.setOnAction(e -> vm.previousMonth());
        next.setOnAction(e -> vm.nextMonth());
        monthReport.setOnAction(e -> chooseFile.apply(vm.suggestedName(false))
                .ifPresent(file -> vm.saveMonthReport(file, journalName.get())));
        weekReport.setOnAction(e -> chooseFile.apply(vm.suggestedName(true))
                .ifPresent(file -> vm.saveWeekReport(file, journalName.get())));
        showCells(vm);
        scope.listenList(vm.cells(), change -> showCells(vm));
        scope.listen(vm.selectedDayProperty(), (obs, old, now) -> showCells(vm));
        scope.onClose(() -> details.getChildren().clear());
    }

    private void showDetails(List<String> lines) {
        details.getChildren().setAll(lines.stream().map(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add("calendar-detail");
            return label;
        }).toList());
    }

    private void showCells(CalendarViewModel vm) {
        List<DayCell> cells = vm.cells();
        for (int i = 0; i < days.length; i++) {
            VBox box = days[i];
            box.getChildren().clear();
            box.getStyleClass().removeIf(c -> c.startsWith("heat-"));
            if (i >= cells.size()) {
                continue;
            }
            DayCell cell = cells.get(i);
            box.setId("calendar-day-" + (cell.inMonth() ? cell.date() : "outside-" + i));
            Label number = new Label(cell.day());
            number.getStyleClass().add("calendar-day-number");
            box.getChildren().add(number);
            if (!cell.pnl().isEmpty()) {
                Label pnl = new Label(cell.pnl());
                pnl.getStyleClass().add("calendar-day-pnl");
                box.getChildren().addAll(pnl, new Label(cell.trades()));
            }
            if (!cell.notes().isEmpty()) {
                Label notes = new Label(cell.notes());
                notes.getStyleClass().add("calendar-day-notes");
                notes.setWrapText(true);
                box.getChildren().add(notes);
            }
            box.getStyleClass().add(cell.heat() == 0 ? "heat-none"
                    : cell.heat() > 0 ? "heat-plus-" + cell.heat() : "heat-minus-" + -cell.heat());
            box.pseudoClassStateChanged(OUTSIDE, !cell.inMonth());
            box.pseudoClassStateChanged(RULE_HIT, cell.ruleHit());
            box.pseudoClassStateChanged(SELECTED, cell.date().equals(vm.selectedDayProperty().get()));
            box.setOnMouseClicked(cell.inMonth() ? e -> vm.selectedDayProperty().set(cell.date()) : null);
        }
    }
}
