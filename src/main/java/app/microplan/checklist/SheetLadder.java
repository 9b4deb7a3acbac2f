package app.microplan.checklist;

import app.microplan.domain.LadderText;
import java.util.List;

/** The price ladder's headings and note in the sheet's language (the domain's English for the CLI). */
public final class SheetLadder {
    private SheetLadder() {
    }

    /** Price, Level, Net P&L, R, Equity after, Margin ratio, To liquidation — in the order of {@link LadderText#cells}. */
    public static List<String> headings(SheetWords words) {
        SheetWords sheet = words == null ? SheetWords.english() : words;
        List<String> keys = List.of("ladder.price", "ladder.level", "ladder.netPnl", "ladder.r",
                "sheet.ladder.equityAfter", "sheet.ladder.marginRatio", "sheet.ladder.toLiquidation");
        List<String> english = LadderText.HEADINGS;
        return java.util.stream.IntStream.range(0, keys.size())
                .mapToObj(i -> sheet.textOr(keys.get(i), english.get(i))).toList();
    }

    public static String note(SheetWords words) {
        return words == null ? LadderText.NOTE : words.textOr("ladder.note", LadderText.NOTE);
    }
}
