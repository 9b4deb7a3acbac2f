package app.microplan.checklist;

import app.microplan.domain.ExitValuation;
import app.microplan.domain.LadderText;
import app.microplan.domain.PriceLadder;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradePlan;
import java.util.List;
import java.util.Optional;

/** The breakeven and the price ladder of a plan as the checklist words them. */
record LadderFigures(Optional<Checklist.Field> breakeven, List<Checklist.LadderLine> lines) {

    static LadderFigures of(TradePlan plan, SizingResult sizing, SheetWords words) {
        Optional<ExitValuation> position = ExitValuation.of(plan.setup(), plan.policy(), plan.account(), sizing);
        if (position.isEmpty()) {
            return new LadderFigures(Optional.empty(), List.of());
        }
        ExitValuation valued = position.get();
        Optional<Checklist.Field> breakeven = LadderText.breakeven(valued)
                .map(text -> new Checklist.Field(words.text("sheet.breakeven"), text));
        List<Checklist.LadderLine> lines = PriceLadder.of(valued, plan.account(), List.of()).stream()
                .map(row -> new Checklist.LadderLine(row.kind(), LadderText.of(row, sizing.quoteCurrency()))).toList();
        return new LadderFigures(breakeven, lines);
    }
}
