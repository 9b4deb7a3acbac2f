package app.microplan.checklist;

import app.microplan.domain.RuleState;
import app.microplan.domain.ChecklistItem;
import app.microplan.domain.LadderLevel;
import app.microplan.domain.LadderText;
import java.util.List;
import java.util.Objects;

/**
 * A plan as the sheet the trader keeps beside the screen: what is traded, the numbers, every rule with its
 * state, the written plan and the boxes to tick before entering. Every text is already formatted for people,
 * so Markdown, PDF and the printed node show the same words.
 *
 * @param title     "Pre-trade checklist: BTC-MICRO-0.01 Long"
 * @param header    contract, side, status, date, account
 * @param numbers   entries, stop, targets, size, risk, margin, liquidation, funding, reward:risk
 * @param sizeNote  why the size is what it is, in words
 * @param verdict   whether the plan may be marked ready, in one sentence
 * @param ready     every blocking rule holds
 * @param rules     every rule of the rule book, in the rule strip's order
 * @param sections  the written plan
 * @param items     the pre-trade boxes, ticked or not
 * @param reference what the footer names the plan by
 * @param ladder    the price ladder of the sized position, highest price first (empty while nothing is sized)
 */
public record Checklist(
        String title,
        List<Field> header,
        List<Field> numbers,
        String sizeNote,
        String verdict,
        boolean ready,
        List<RuleLine> rules,
        List<Section> sections,
        List<ChecklistItem> items,
        String reference,
        List<LadderLine> ladder,
        SheetWords words) {

    public Checklist {
        Objects.requireNonNull(title, "title");
        header = List.copyOf(header);
        numbers = List.copyOf(numbers);
        Objects.requireNonNull(sizeNote, "size note");
        Objects.requireNonNull(verdict, "verdict");
        rules = List.copyOf(rules);
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        Objects.requireNonNull(reference, "reference");
        ladder = ladder == null ? List.of() : List.copyOf(ladder);
        words = words == null ? SheetWords.english() : words;
    }

    public Checklist(String title, List<Field> header, List<Field> numbers, String sizeNote, String verdict,
                     boolean ready, List<RuleLine> rules, List<Section> sections, List<ChecklistItem> items,
                     String reference, List<LadderLine> ladder) {
        this(title, header, numbers, sizeNote, verdict, ready, rules, sections, items, reference, ladder, null);
    }

    /** A checklist without a ladder, as before the ladder existed. */
    public Checklist(String title, List<Field> header, List<Field> numbers, String sizeNote, String verdict,
                     boolean ready, List<RuleLine> rules, List<Section> sections, List<ChecklistItem> items,
                     String reference) {
        this(title, header, numbers, sizeNote, verdict, ready, rules, sections, items, reference, List.of());
    }

    /**
     * One ladder row in words, with its kind (the stop and breakeven rows are marked) and whether the position is
     * liquidated before its price (the row is muted); {@code detail} is the row's account line in the sheet's language
     * ("equity $4,953.82 · margin ratio 5.56 % · liquidation 8.59 % away").
     */
    public record LadderLine(LadderLevel kind, LadderText text, boolean liquidated, String detail) {
    }

    /** A labelled value: "Stop" → "69,300". */
    public record Field(String label, String value) {
    }

    /** One rule checked: its state, its short name and the message carrying the numbers. */
    public record RuleLine(RuleState state, String title, String message) {
    }

    /** One written section; {@code written} is false when the trader left it blank (the text then says so). */
    public record Section(String title, String text, boolean written) {
    }
}
