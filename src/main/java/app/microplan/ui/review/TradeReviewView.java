package app.microplan.ui.review;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.Styling;
import app.microplan.ui.common.TextAreas;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Review tab: the closed trade's outcome beside the review form. Layout and bindings only; built once and
 * bound to each selected plan's {@link TradeReviewViewModel}.
 */
public final class TradeReviewView extends StackPane {
    private static final String[] FIGURE_NAMES = {"Risk taken", "Planned risk", "Planned R", "Gross P&L",
        "Fees", "Funding", "Contracts",
        "Average entry", "Average exit", "Entry slippage", "Stop slippage", "Target slippage", "Holding time"};

    private final Label unavailable = new Label();
    private final VBox placeholder;
    private final HBox content;
    private final Label realized = new Label();
    private final Label rMultiple = new Label();
    private final Label verdict = new Label();
    private final GridPane figures = new GridPane();
    private final Label[] figureValues = new Label[FIGURE_NAMES.length];
    private final VBox adherence = new VBox();
    private final VBox history = new VBox();
    private final VBox historyBeforeTheTrade = new VBox();
    private final TextArea wentToPlan = TextAreas.prose("went-to-plan", Messages.text("review.wentToPlanPrompt"), 3);
    private final TextArea mistakes = TextAreas.prose("mistakes", Messages.text("review.mistakesPrompt"), 3);
    private final TextArea lessons = TextAreas.prose("lessons",
            Messages.text("review.lessonsPrompt"), 3);
    private final ToggleGroup ratingGroup = new ToggleGroup();
    private final ToggleButton[] ratingButtons = new ToggleButton[5];
    private final Label ratingWords = new Label();
    private final FlowPane emotions = new FlowPane();
    private final TextField otherEmotions = new TextField();
    private final VBox checklist = new VBox();
    private final Label problem = new Label();
    private final Button save = new Button(Messages.text("review.save"), Icons.of(Material2AL.CHECK_CIRCLE));
    private final Label notice = new Label();
    private boolean syncingRating;

    public TradeReviewView() {
        getStyleClass().add("trade-review-view");
        unavailable.setWrapText(true);
        unavailable.setId("review-unavailable");
        Label title = new Label(Messages.text("tab.review"));
        title.getStyleClass().add(Styles.TITLE_3);
        historyBeforeTheTrade.getStyleClass().add("status-history");
        placeholder = new VBox(Icons.of(Material2MZ.RATE_REVIEW), title, unavailable, historyBeforeTheTrade);
        placeholder.getStyleClass().add("plan-empty");
        placeholder.setAlignment(Pos.CENTER);
        content = new HBox(scroll(outcomeColumn(), "outcome-column"), formPane());
        content.getStyleClass().add("review-columns");
        getChildren().addAll(placeholder, content);
    }

    private VBox outcomeColumn() {
        realized.setId("outcome-pnl");
        realized.getStyleClass().add("outcome-pnl");
        rMultiple.setId("outcome-r");
        rMultiple.getStyleClass().add("outcome-r");
        verdict.setId("outcome-verdict");
        verdict.getStyleClass().add("outcome-verdict");
        // The two key figures keep their width; the verdict beside them wraps when the column is narrow.
        realized.setMinWidth(Region.USE_PREF_SIZE);
        rMultiple.setMinWidth(Region.USE_PREF_SIZE);
        verdict.setWrapText(true);
        verdict.setMinWidth(0);
        HBox headline = new HBox(keyFigure(Messages.text("review.realized"), realized),
                keyFigure(Messages.text("review.rMultiple"), rMultiple), verdict);
        headline.getStyleClass().add("outcome-headline");
        headline.setAlignment(Pos.BOTTOM_LEFT);
        figures.getStyleClass().add("figures");
        ColumnConstraints names = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setHalignment(HPos.RIGHT);
        figures.getColumnConstraints().addAll(names, values);
        for (int i = 0; i < FIGURE_NAMES.length; i++) {
            String id = FIGURE_NAMES[i].toLowerCase().replace("&", "").replace(' ', '-');
            Label name = new Label(Messages.text("review.figure." + id));
            name.getStyleClass().add("figure-name");
            figureValues[i] = new Label();
            figureValues[i].getStyleClass().add("figure-value");
            figureValues[i].setId("outcome-" + id);
            // A long value ("0.25 worse than planned (cost $0.03)") wraps in a narrow column rather than end in "…".
            figureValues[i].setWrapText(true);
            figureValues[i].setMinHeight(Region.USE_PREF_SIZE);
            figureValues[i].setMinWidth(0);
            figures.addRow(i, name, figureValues[i]);
        }
        adherence.getStyleClass().add("adherence");
        adherence.setId("adherence");
        history.getStyleClass().add("status-history");
        history.setId("status-history");
        Label rule = Styling.caption(Messages.text("review.rCaption"));
        rule.setWrapText(true);
        VBox column = new VBox(Styling.sectionTitle(Messages.text("review.outcome")), headline, figures, rule,
                Styling.sectionTitle(Messages.text("review.keptToPlan")), adherence,
                Styling.sectionTitle(Messages.text("review.statusHistory")), history);
        column.getStyleClass().addAll("panel", "outcome-view");
        return column;
    }

    private VBox formColumn() {
        for (int i = 0; i < ratingButtons.length; i++) {
            ToggleButton button = new ToggleButton(Integer.toString(i + 1));
            button.setToggleGroup(ratingGroup);
            button.setId("rating-" + (i + 1));
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == 4 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            ratingButtons[i] = button;
        }
        ratingWords.getStyleClass().add("caption");
        ratingWords.setWrapText(true);
        ratingWords.setMinHeight(Region.USE_PREF_SIZE);
        HBox rating = new HBox(new HBox(ratingButtons), ratingWords);
        rating.getStyleClass().add("rating-row");
        rating.setAlignment(Pos.CENTER_LEFT);
        emotions.getStyleClass().add("emotion-chips");
        otherEmotions.setPromptText(Messages.text("review.otherEmotions"));
        otherEmotions.setId("other-emotions");
        checklist.getStyleClass().add("checklist");
        checklist.setId("review-checklist");
        problem.getStyleClass().add("fills-problem");
        problem.setId("review-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        save.setId("save-review");
        save.getStyleClass().add(Styles.SUCCESS);
        notice.getStyleClass().add("fills-notice");
        notice.setId("review-notice");
        VBox column = new VBox(Styling.sectionTitle(Messages.text("review.yourReview")),
                labelled(Messages.text("review.wentToPlan"), wentToPlan), labelled(Messages.text("review.mistakes"), mistakes),
                labelled(Messages.text("review.lessons"), lessons), Styling.sectionTitle(Messages.text("review.execution")),
                rating, Styling.sectionTitle(Messages.text("review.emotions")), emotions, otherEmotions,
                Styling.sectionTitle(Messages.text("review.followedChecklist")), checklist);
        column.getStyleClass().addAll("panel", "review-form");
        return column;
    }

    /* The form scrolls; Save stays in sight below it. */
    private BorderPane formPane() {
        ScrollPane form = scroll(formColumn(), "review-form-column");
        HBox actions = new HBox(save, notice);
        actions.getStyleClass().add("fills-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(problem, actions);
        bar.getStyleClass().add("action-bar");
        BorderPane pane = new BorderPane(form, null, null, bar, null);
        pane.getStyleClass().add("review-form-pane");
        HBox.setHgrow(pane, Priority.ALWAYS);
        return pane;
    }

    public void bind(TradeReviewViewModel vm, BindingScope scope) {
        showOutcome(vm.getOutcome());
        scope.listen(vm.outcomeProperty(), (obs, old, now) -> showOutcome(now));
        scope.bind(unavailable.textProperty(), vm.unavailableProperty());
        showHistory(vm.statusHistory());
        scope.listenList(vm.statusHistory(), (ListChangeListener<String>) c -> showHistory(vm.statusHistory()));
        scope.bindBidirectional(wentToPlan.textProperty(), vm.wentToPlanProperty());
        scope.bindBidirectional(mistakes.textProperty(), vm.mistakesProperty());
        scope.bindBidirectional(lessons.textProperty(), vm.lessonsProperty());
        scope.bindBidirectional(otherEmotions.textProperty(), vm.otherEmotionsProperty());
        showRating(vm.ratingProperty().get());
        scope.listen(vm.ratingProperty(), (obs, old, now) -> showRating(now.intValue()));
        scope.listen(ratingGroup.selectedToggleProperty(), (obs, old, now) -> {
            if (!syncingRating) {
                vm.ratingProperty().set(now == null ? 0 : indexOf(now) + 1);
            }
        });
        BindingScope emotionScope = scope.child();
        showChoices(emotions, vm.emotions(), emotionScope, true);
        scope.listenList(vm.emotions(), (ListChangeListener<Choice>) c -> showChoices(emotions, vm.emotions(),
                emotionScope, true));
        BindingScope checklistScope = scope.child();
        showChoices(checklist, vm.checklist(), checklistScope, false);
        scope.listenList(vm.checklist(), (ListChangeListener<Choice>) c -> showChoices(checklist, vm.checklist(),
                checklistScope, false));
        scope.bind(problem.textProperty(), vm.problemProperty());
        scope.bind(problem.visibleProperty(), vm.problemProperty().isNotNull());
        scope.bind(save.textProperty(), vm.saveLabelProperty());
        scope.bind(save.disableProperty(), vm.canSaveProperty().not());
        scope.bind(notice.textProperty(), vm.noticeProperty());
        save.setOnAction(e -> vm.save());
        scope.onClose(() -> save.setOnAction(null));
    }

    private void showOutcome(OutcomeFigures figuresShown) {
        placeholder.setVisible(figuresShown == null);
        content.setVisible(figuresShown != null);
        if (figuresShown == null) {
            return;
        }
        realized.setText(figuresShown.realizedPnl());
        rMultiple.setText(figuresShown.rMultiple());
        for (Label label : new Label[] {realized, rMultiple}) {
            Styling.setOneOf(label, figuresShown.win() ? "outcome-win" : "outcome-loss", "outcome-win", "outcome-loss");
        }
        verdict.setText(figuresShown.verdict());
        verdict.setGraphic(Icons.of(figuresShown.followedPlan() ? Material2AL.CHECK_CIRCLE : Material2MZ.WARNING));
        Styling.setOneOf(verdict, figuresShown.followedPlan() ? "verdict-followed" : "verdict-departed",
                "verdict-followed", "verdict-departed");
        String[] values = {figuresShown.riskTaken(), figuresShown.plannedRisk(), figuresShown.plannedR(),
            figuresShown.grossPnl(), figuresShown.fees(),
            figuresShown.funding(), figuresShown.contracts(), figuresShown.averageEntry(), figuresShown.averageExit(),
            figuresShown.entrySlippage(), figuresShown.stopSlippage(), figuresShown.targetSlippage(),
            figuresShown.holdingTime()};
        for (int i = 0; i < values.length; i++) {
            figureValues[i].setText(values[i]);
        }
        adherence.getChildren().clear();
        for (AdherenceFact fact : figuresShown.adherence()) {
            Label title = new Label(fact.title(), Icons.of(fact.holds() ? Material2AL.CHECK : Material2AL.CLOSE));
            title.getStyleClass().addAll("adherence-title", fact.holds() ? "fact-held" : "fact-broken");
            Label sentence = Styling.caption(fact.sentence());
            VBox box = new VBox(title, sentence);
            box.getStyleClass().add("adherence-fact");
            adherence.getChildren().add(box);
        }
    }

    private void showHistory(List<String> lines) {
        for (VBox box : new VBox[] {history, historyBeforeTheTrade}) {
            box.getChildren().setAll(lines.stream().map(line -> {
                Label label = Styling.caption(line);
                label.getStyleClass().add("status-history-line");
                return label;
            }).toList());
        }
    }

    private void showRating(int value) {
        syncingRating = true;
        try {
            ratingGroup.selectToggle(value >= 1 && value <= 5 ? ratingButtons[value - 1] : null);
            ratingWords.setText(value >= 1 && value <= 5 ? Messages.text("review.rating." + value)
                    : Messages.text("review.ratingScale"));
        } finally {
            syncingRating = false;
        }
    }

    private int indexOf(Object toggle) {
        for (int i = 0; i < ratingButtons.length; i++) {
            if (ratingButtons[i] == toggle) {
                return i;
            }
        }
        return -1;
    }

    /* Choices are rebuilt as a whole (a new plan's checklist): a dozen controls, no pooling needed. */
    private static void showChoices(Pane box, List<Choice> choices, BindingScope scope,
                                    boolean chips) {
        scope.close();
        box.getChildren().clear();
        int index = 0;
        for (Choice choice : choices) {
            index++;
            if (chips) {
                // The journal keeps the English name; the chip says it in the window's language.
                ToggleButton chip = new ToggleButton(Messages.current().getOr("emotion." + choice.name(), choice.name()));
                chip.getStyleClass().addAll("emotion-chip", Styles.SMALL);
                chip.setId("emotion-" + choice.name());
                scope.bindBidirectional(chip.selectedProperty(), choice.chosenProperty());
                box.getChildren().add(chip);
            } else {
                CheckBox check = new CheckBox(choice.name());
                check.setWrapText(true);
                check.setId("followed-" + index);
                scope.bindBidirectional(check.selectedProperty(), choice.chosenProperty());
                box.getChildren().add(check);
            }
        }
        if (!chips && choices.isEmpty()) {
            box.getChildren().add(Styling.caption(Messages.text("review.noChecklist")));
        }
    }

    private static VBox labelled(String text, TextArea area) {
        Label label = new Label(text);
        // No mnemonics here: Alt+letters already go to the plan's fields (Alt+M marks ready, Alt+L is leverage).
        label.setLabelFor(area);
        label.getStyleClass().add("field-label");
        VBox box = new VBox(label, area);
        box.getStyleClass().add("text-section");
        return box;
    }

    private static VBox keyFigure(String name, Label value) {
        Label label = new Label(name);
        label.getStyleClass().add("figure-name");
        VBox box = new VBox(label, value);
        box.getStyleClass().add("key-figure");
        return box;
    }

    private static ScrollPane scroll(VBox column, String styleClass) {
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("plan-column", styleClass, Styles.FLAT);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        return scroll;
    }
}
