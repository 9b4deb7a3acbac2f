package app.microplan.checklist;

import app.microplan.domain.ExitValuation;
import app.microplan.domain.LadderRow;
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
        // The sheet's language, or the domain's English where a wording has no text (decision 15).
        Optional<Checklist.Field> breakeven = LadderText.breakeven(valued)
                .map(english -> LadderText.breakevenWording(valued).flatMap(words.wordings()::render).orElse(english))
                .map(text -> new Checklist.Field(words.text("sheet.breakeven"), text));
        List<Checklist.LadderLine> lines = PriceLadder.of(valued, plan.account(), List.of()).stream()
                .map(row -> line(row, sizing.quoteCurrency(), words)).toList();
        return new LadderFigures(breakeven, lines);
    }

    private static Checklist.LadderLine line(LadderRow row, String currency, SheetWords words) {
        LadderText text = LadderText.of(row, currency, words.wordings(), words.figures());
        String detail = words.isEnglish() ? text.detail()
                : words.wordings().render(LadderText.detailWording(row, currency)).orElse(text.detail());
        return new Checklist.LadderLine(row.kind(), text, row.liquidated(), detail);
    }
}
