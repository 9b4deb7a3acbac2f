package app.microplan.ui.review;

import app.microplan.ui.common.Messages;
import app.microplan.domain.ChecklistAdherence;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradeExecution;
import app.microplan.domain.TradeLifecycle;
import app.microplan.domain.TradeOutcome;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeReview;
import app.microplan.ui.plan.PlanViewModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Review tab of a closed trade: its outcome measured against the plan, and the trader's review — what
 * went to plan, mistakes, lessons, a 1–5 rating of the execution, the emotions felt, and for every checklist
 * item whether it was followed. Saving moves CLOSED → REVIEWED; a reviewed trade takes a revised review.
 */
public final class TradeReviewViewModel {
    private final PlanViewModel plan;
    private final StringProperty wentToPlan = new SimpleStringProperty(this, "wentToPlan", "");
    private final StringProperty mistakes = new SimpleStringProperty(this, "mistakes", "");
    private final StringProperty lessons = new SimpleStringProperty(this, "lessons", "");
    private final IntegerProperty rating = new SimpleIntegerProperty(this, "rating", 0);
    private final ObservableList<Choice> emotions = FXCollections.observableArrayList();
    private final StringProperty otherEmotions = new SimpleStringProperty(this, "otherEmotions", "");
    private final ObservableList<Choice> checklist = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<OutcomeFigures> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ReadOnlyStringWrapper saveLabel = new ReadOnlyStringWrapper(this, "saveLabel", Messages.text("review.save"));
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper(this, "unavailable", "");
    private PlanStatus shownStatus;
    private TradeReview shownReview;
    private TradeExecution shownExecution;

    public TradeReviewViewModel(PlanViewModel plan) {
        this.plan = plan;
        rating.addListener(o -> check());
        plan.planProperty().addListener((obs, old, now) -> planChanged(now));
        planChanged(plan.getPlan());
    }

    // ---- Inputs -------------------------------------------------------------------------------------------

    public StringProperty wentToPlanProperty() {
        return wentToPlan;
    }

    public StringProperty mistakesProperty() {
        return mistakes;
    }

    public StringProperty lessonsProperty() {
        return lessons;
    }

    /** How well the plan was executed, 1 (poorly) to 5 (to the letter); 0 while not yet rated. */
    public IntegerProperty ratingProperty() {
        return rating;
    }

    /** The common emotion tags, each ticked or not, followed by any others this review named. */
    public ObservableList<Choice> emotions() {
        return emotions;
    }

    /** Further emotions in the trader's words, separated by commas. */
    public StringProperty otherEmotionsProperty() {
        return otherEmotions;
    }

    /** The plan's pre-trade checklist, each item answered "followed" or not. */
    public ObservableList<Choice> checklist() {
        return checklist;
    }

    // ---- Derived, read-only -------------------------------------------------------------------------------

    /** The closed trade's figures, or null while the plan is not a closed trade. */
    public ReadOnlyObjectProperty<OutcomeFigures> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public OutcomeFigures getOutcome() {
        return outcome.get();
    }

    /** The plan's overrides and status history, newest first (from the plan's model, which keeps it current). */
    public ObservableList<String> statusHistory() {
        return plan.statusHistory();
    }

    /** Why there is nothing to review yet, in words; empty once the trade is closed. */
    public ReadOnlyStringProperty unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String getProblem() {
        return problem.get();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public boolean canSave() {
        return canSave.get();
    }

    /** "Save review" for a closed trade, "Update review" for one already reviewed. */
    public ReadOnlyStringProperty saveLabelProperty() {
        return saveLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    public void save() {
        if (!canSave.get()) {
            return;
        }
        boolean revised = plan.getPlan().status() == PlanStatus.REVIEWED;
        plan.applyTradeStep(TradeLifecycle.review(plan.getPlan(), toReview(), plan.clock().instant()));
        notice.set(Messages.text(revised ? "review.updated" : "review.reviewed"));
    }

    TradeReview toReview() {
        List<String> felt = new ArrayList<>();
        emotions.stream().filter(Choice::isChosen).map(Choice::name).forEach(felt::add);
        Arrays.stream(otherEmotions.get().split(",")).map(e -> e.strip().toLowerCase(Locale.ROOT))
                .filter(e -> !e.isEmpty()).forEach(felt::add);
        List<ChecklistAdherence> answers = checklist.stream()
                .map(c -> new ChecklistAdherence(c.name(), c.isChosen())).toList();
        return new TradeReview(wentToPlan.get(), mistakes.get(), lessons.get(), rating.get(), felt, answers);
    }

    // ---- Following the plan -------------------------------------------------------------------------------

    /*
     * The outcome is measured again whenever the fills change (a correction on the Fills tab); the form starts over
     * only when the status or the review changes, so an edit elsewhere keeps what is being typed.
     */
    private void planChanged(TradePlan now) {
        boolean sameForm = now.status() == shownStatus && now.review() == shownReview;
        if (sameForm && now.execution() == shownExecution) {
            return;
        }
        shownExecution = now.execution();
        if (sameForm) {
            measure(now);
            check();
            return;
        }
        shownStatus = now.status();
        shownReview = now.review();
        measure(now);
        saveLabel.set(Messages.text(now.status() == PlanStatus.REVIEWED ? "review.update" : "review.save"));
        load(now);
        check();
    }

    private void measure(TradePlan now) {
        TradeOutcome measured = TradeOutcome.of(now).orElse(null);
        OutcomeFigures figures = measured == null ? null : OutcomeFigures.of(measured, now.setup(), plan.getSizing());
        // An inverse trade reads its P&L and R in its coin and in dollars.
        outcome.set(figures == null ? null : app.microplan.domain.InverseFills.both(now)
                .map(both -> figures.withInverse(both, measured.quoteCurrency())).orElse(figures));
        unavailable.set(measured != null ? "" : switch (now.status()) {
            case DRAFT, READY -> Messages.text("review.notEntered");
            case OPEN -> Messages.text("review.stillOpen");
            case CANCELLED -> Messages.text("review.cancelled");
            default -> Messages.text("review.notMeasurable");
        });
    }

    private void load(TradePlan now) {
        TradeReview review = now.review();
        wentToPlan.set(review == null ? "" : review.wentToPlan());
        mistakes.set(review == null ? "" : review.mistakes());
        lessons.set(review == null ? "" : review.lessons());
        rating.set(review == null ? 0 : review.executionRating());
        List<String> felt = review == null ? List.of() : review.emotions();
        List<Choice> choices = new ArrayList<>();
        TradeReview.COMMON_EMOTIONS.forEach(e -> choices.add(new Choice(e, felt.contains(e))));
        emotions.setAll(choices);
        otherEmotions.set(String.join(", ", felt.stream().filter(e -> !TradeReview.COMMON_EMOTIONS.contains(e))
                .toList()));
        // A fresh review asks: nothing is ticked until the trader says it was followed. A box ticked for them would be
        // saved as "followed" by a trader who only skimmed the list. A review saved before checklists were answered
        // keeps what it was saved with.
        List<ChecklistAdherence> answers = review != null && !review.checklist().isEmpty() ? review.checklist()
                : review == null ? now.checklist().stream().map(i -> new ChecklistAdherence(i.text(), false)).toList()
                : TradeReview.allFollowed(now.checklist());
        checklist.setAll(answers.stream().map(a -> new Choice(a.item(), a.followed())).toList());
    }

    private void check() {
        String reason;
        if (outcome.get() == null) {
            reason = "";
        } else if (rating.get() < TradeReview.LOWEST_RATING || rating.get() > TradeReview.HIGHEST_RATING) {
            reason = Messages.text("review.rate");
        } else {
            reason = null;
        }
        problem.set(reason == null || reason.isEmpty() ? null : reason);
        canSave.set(reason == null && !plan.isReadOnly());
    }
}
