package app.microplan.ui.sizing;

import app.microplan.ui.common.Messages;

import app.microplan.domain.ExitValuation;
import app.microplan.domain.LadderLevel;
import app.microplan.domain.LadderRow;
import app.microplan.domain.LadderText;
import app.microplan.domain.LocaleFigures;
import app.microplan.domain.WordingText;
import app.microplan.ui.common.ReasonText;
import app.microplan.ui.common.Figures;
import app.microplan.domain.PriceLadder;
import app.microplan.domain.ReturnTarget;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradePlan;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.plan.PlanViewModel;
import app.microplan.ui.plan.SetupInputs;
import app.microplan.ui.plan.TargetInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The price ladder of the selected plan as text rows, the trader's own levels on it, and the take-profit price for
 * a wanted return with the command that adds it to the plan. {@link LadderView} only shows what is here.
 */
public final class LadderViewModel {
    /** What a wanted return is measured against. */
    public enum ReturnBasis {
        ON_MARGIN("ladder.basis.margin"), IN_R("ladder.basis.r");

        private final String messageKey;

        ReturnBasis(String messageKey) {
            this.messageKey = messageKey;
        }

        /** In the window's language: the combo box shows it. */
        @Override
        public String toString() {
            return Messages.text(messageKey);
        }
    }

    /**
     * One ladder row in words, with its kind (the view styles the stop and breakeven rows); {@code detail} holds
     * the columns a narrow panel shows on a second line: equity after, margin ratio, distance to liquidation.
     */
    public record Line(LadderLevel kind, LadderText text, boolean liquidated, String detail) {
        static Line of(LadderRow row, String quoteCurrency) {
            Messages messages = Messages.current();
            WordingText words = messages.wordingText();
            LadderText text = LadderText.of(row, quoteCurrency, words, new LocaleFigures(messages.numberLocale()));
            String detail = words.render(LadderText.detailWording(row, quoteCurrency))
                    .orElseGet(() -> LadderText.of(row, quoteCurrency).detail());
            return new Line(row.kind(), text, row.liquidated(), detail);
        }
    }

    private final PlanViewModel plan;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final DecimalInput level;
    private final ReadOnlyStringWrapper levelError = new ReadOnlyStringWrapper(this, "levelError", "");
    private final List<BigDecimal> levels = new ArrayList<>();
    private final ObjectProperty<ReturnBasis> basis = new SimpleObjectProperty<>(this, "basis", ReturnBasis.ON_MARGIN);
    private final DecimalInput wantedReturn;
    private final ReadOnlyStringWrapper targetText = new ReadOnlyStringWrapper(this, "targetText", "");
    private final ReadOnlyBooleanWrapper canAddTarget = new ReadOnlyBooleanWrapper(this, "canAddTarget");
    private ExitValuation position;
    private ReturnTarget target;

    public LadderViewModel(PlanViewModel plan, BindingScope scope) {
        this.plan = plan;
        level = new DecimalInput("Ladder level", plan.numbers(), false, DecimalInput.positive());
        wantedReturn = new DecimalInput("Wanted return", plan.numbers(), false, DecimalInput.positive());
        scope.listen(plan.sizingProperty(), (obs, old, now) -> update());
        scope.listen(wantedReturn.valueProperty(), (obs, old, now) -> updateTarget());
        scope.listen(basis, (obs, old, now) -> updateTarget());
        update();
    }

    // ---- Properties ----------------------------------------------------------------------------------------

    public ObservableList<Line> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public DecimalInput level() {
        return level;
    }

    public ReadOnlyStringProperty levelErrorProperty() {
        return levelError.getReadOnlyProperty();
    }

    public ObjectProperty<ReturnBasis> basisProperty() {
        return basis;
    }

    public DecimalInput wantedReturn() {
        return wantedReturn;
    }

    public ReadOnlyStringProperty targetTextProperty() {
        return targetText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAddTargetProperty() {
        return canAddTarget.getReadOnlyProperty();
    }

    // ---- Commands ------------------------------------------------------------------------------------------

    /** Puts the typed price on the ladder, or says why it cannot go there. */
    public void addLevel() {
        BigDecimal price = level.getValue();
        if (price == null || position == null) {
            levelError.set(Messages.text(price == null ? "ladder.vm.typePrice" : "ladder.vm.enterFirst"));
            return;
        }
        Optional<String> problem = PriceLadder.problemWording(price, position.averageEntry())
                .flatMap(ReasonText::render).or(() -> PriceLadder.problemWith(price, position.averageEntry()));
        if (problem.isEmpty() && levels.size() >= PriceLadder.MOST_EXTRA_LEVELS) {
            problem = Optional.of(Messages.text("ladder.vm.mostLevels", PriceLadder.MOST_EXTRA_LEVELS));
        }
        if (problem.isPresent()) {
            levelError.set(problem.get());
            return;
        }
        levelError.set("");
        levels.add(price);
        level.setText("");
        update();
    }

    public void clearLevels() {
        levels.clear();
        levelError.set("");
        update();
    }

    /** Adds the target price as a take-profit of the plan: into an empty target row, else a new one. */
    public void addTargetAsTakeProfit() {
        if (!canAddTarget.get()) {
            return;
        }
        SetupInputs inputs = plan.setup();
        TargetInput row = inputs.targets().stream().filter(t -> t.price().isBlank()).findFirst()
                .orElseGet(inputs::addTarget);
        row.price().setValue(target.orderPrice());
    }

    // ---- Derived -------------------------------------------------------------------------------------------

    /** "70,070.04 (fees of both sides)" for the position panel, in the window's language; "—" until the plan is complete. */
    public static String breakevenText(TradePlan plan, SizingResult sizing) {
        Optional<ExitValuation> position = ExitValuation.of(plan.setup(), plan.policy(), plan.account(), sizing);
        return position.flatMap(LadderText::breakevenWording).flatMap(ReasonText::render)
                .or(() -> position.flatMap(LadderText::breakeven)).orElse(PositionFigures.NONE);
    }

    private void update() {
        TradePlan current = plan.getPlan();
        SizingResult sizing = plan.getSizing();
        position = ExitValuation.of(current.setup(), current.policy(), current.account(), sizing).orElse(null);
        List<Line> shown = new ArrayList<>();
        if (position == null) {
            note.set(Messages.text("ladder.vm.enterToSee"));
        } else if (!position.isHeld()) {
            note.set(Messages.text("ladder.vm.noPosition"));
        } else {
            levels.removeIf(l -> PriceLadder.problemWith(l, position.averageEntry()).isPresent());
            for (LadderRow row : PriceLadder.of(position, current.account(), levels)) {
                shown.add(Line.of(row, sizing.quoteCurrency()));
            }
            note.set(Messages.current().getOr("ladder.note", LadderText.NOTE));
        }
        lines.setAll(shown);
        updateTarget();
    }

    private void updateTarget() {
        target = null;
        BigDecimal wanted = wantedReturn.getValue();
        if (position == null || wanted == null) {
            targetText.set(position == null ? "" : Messages.text("ladder.vm.typeReturn"));
        } else {
            try {
                target = (basis.get() == ReturnBasis.ON_MARGIN
                        ? ReturnTarget.onMargin(position, wanted.movePointLeft(2))
                        : ReturnTarget.inR(position, wanted)).orElse(null);
                Figures figures = Messages.current().figures();
                targetText.set(target == null ? Messages.text("ladder.vm.noPrice")
                        : Messages.text("ladder.vm.target", figures.price(target.price()),
                        figures.money(target.wanted(), position.sizing().quoteCurrency()),
                        figures.price(target.orderPrice())));
            } catch (IllegalArgumentException e) {
                targetText.set(Messages.text(basis.get() == ReturnBasis.ON_MARGIN ? "ladder.vm.returnOnMargin"
                        : "ladder.vm.returnInR"));
            }
        }
        canAddTarget.set(target != null && plan.isEditable());
    }
}
