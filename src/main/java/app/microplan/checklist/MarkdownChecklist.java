package app.microplan.checklist;

import app.microplan.domain.ChecklistItem;
import app.microplan.domain.LadderText;

/**
 * The checklist as Markdown that also reads as plain text: list items rather than tables (a table's columns
 * do not line up in a text editor once CJK text is in them), and GitHub-style task boxes for the items to tick.
 */
public final class MarkdownChecklist {
    private static final String NL = "\n";

    private MarkdownChecklist() {
    }

    public static String render(Checklist checklist) {
        SheetWords words = checklist.words();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(oneLine(checklist.title())).append(NL).append(NL);
        fields(out, checklist.header());
        out.append(NL).append("## ").append(words.text("sheet.numbers")).append(NL).append(NL);
        fields(out, checklist.numbers());
        out.append(NL).append(oneLine(checklist.sizeNote())).append(NL);
        ladder(out, checklist.ladder(), words);
        out.append(NL).append("## ").append(words.text("sheet.rules")).append(NL).append(NL);
        out.append("**").append(oneLine(checklist.verdict())).append("**").append(NL).append(NL);
        for (Checklist.RuleLine rule : checklist.rules()) {
            out.append("- ").append(rule.state()).append(" · ").append(rule.title()).append(": ")
                    .append(oneLine(rule.message())).append(NL);
        }
        for (Checklist.Section section : checklist.sections()) {
            out.append(NL).append("## ").append(section.title()).append(NL).append(NL);
            out.append(section.written() ? section.text() : "_" + section.text() + "_").append(NL);
        }
        out.append(NL).append("## ").append(words.text("sheet.beforeYouEnter")).append(NL).append(NL);
        for (ChecklistItem item : checklist.items()) {
            out.append(item.checked() ? "- [x] " : "- [ ] ").append(oneLine(item.text())).append(NL);
        }
        out.append(NL).append("---").append(NL).append("Microplan · ").append(checklist.reference()).append(NL);
        return out.toString();
    }

    /** One list item a price, highest first: the ladder reads in a text editor as well as rendered. */
    private static void ladder(StringBuilder out, java.util.List<Checklist.LadderLine> ladder, SheetWords words) {
        if (ladder.isEmpty()) {
            return;
        }
        out.append(NL).append("## ").append(words.text("sheet.priceLadder")).append(NL).append(NL);
        for (Checklist.LadderLine line : ladder) {
            LadderText text = line.text();
            out.append("- ").append(text.price()).append(" · ").append(text.label()).append(": ")
                    .append(words.text("sheet.ladder.net", text.netPnl(), text.r())).append(" · ")
                    .append(line.detail()).append(NL);
        }
        out.append(NL).append(SheetLadder.note(words)).append(NL);
    }

    private static void fields(StringBuilder out, Iterable<Checklist.Field> fields) {
        for (Checklist.Field field : fields) {
            out.append("- ").append(field.label()).append(": ").append(oneLine(field.value())).append(NL);
        }
    }

    /** A list item must stay on one line, or the text after the break leaves the list. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
