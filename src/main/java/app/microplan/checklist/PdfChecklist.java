package app.microplan.checklist;

import app.microplan.domain.RuleState;
import app.microplan.checklist.PdfFonts.Style;
import app.microplan.domain.ChecklistItem;
import app.microplan.domain.LadderLevel;
import app.microplan.domain.LadderText;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The checklist as a PDF for A4 or Letter: title and verdict, the numbers, every rule with a coloured state,
 * the written plan wrapped across as many pages as it needs, and drawn boxes to tick with a pen (ticked when
 * the plan says so). Every page carries "Page n of m".
 */
public final class PdfChecklist {
    static final Color INK = new Color(0x1f2328);
    static final Color MUTED = new Color(0x59636e);
    static final Color HAIRLINE = new Color(0xd0d7de);
    static final Color HEADING = new Color(0x0b3d62);
    static final Color PASS = new Color(0x1a7f37);
    static final Color FAIL = new Color(0xcf222e);
    static final Color WARN = new Color(0x9a6700);
    private static final Color READY_FILL = new Color(0xdafbe1);
    private static final Color BLOCKED_FILL = new Color(0xffebe9);

    private static final float BODY = 9.5f;
    private static final float LABEL_COLUMN = 130f;
    private static final float BADGE_WIDTH = 34f;
    private static final float RULE_TITLE_X = BADGE_WIDTH + 8;
    private static final float RULE_MESSAGE_X = RULE_TITLE_X + 165f;
    private static final float HEADING_SIZE = 12f;
    /** Space a heading takes: the gap above, its line and the gap below. */
    private static final float HEADING_HEIGHT = 14 + PdfPages.lineHeight(HEADING_SIZE) + 5;
    private static final float BOX = 11f;

    private final PdfPages pages;
    private final PdfCheckBoxes checkBoxes;

    private PdfChecklist(PdfPages pages, PdfCheckBoxes checkBoxes) {
        this.pages = pages;
        this.checkBoxes = checkBoxes;
    }

    /** Writes the PDF and returns its page count. */
    public static int write(Checklist checklist, PaperSize paper, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            describe(document, checklist);
            try (PdfPages pages = new PdfPages(document, fonts, paper)) {
                pages.newPage();
                new PdfChecklist(pages, new PdfCheckBoxes(document)).draw(checklist);
            }
            PdfFooters.draw(document, fonts, "Microplan · " + checklist.reference(), checklist.words());
            // Fonts are subset when the document is saved, so they must still be open here.
            document.save(out);
            return document.getNumberOfPages();
        }
    }

    private static void describe(PDDocument document, Checklist checklist) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(checklist.title());
        info.setCreator("Microplan");
        info.setSubject(checklist.words().text("sheet.subject"));
    }

    private void draw(Checklist checklist) throws IOException {
        pages.paragraph(checklist.title(), Style.BOLD, 17f, pages.left(), pages.width(), INK);
        pages.down(6);
        headerTable(checklist.header());
        pages.down(10);
        verdict(checklist);
        heading(checklist.words().text("sheet.numbers"));
        for (Checklist.Field field : checklist.numbers()) {
            fieldRow(field);
        }
        pages.down(4);
        pages.paragraph(checklist.sizeNote(), Style.REGULAR, 8.5f, pages.left(), pages.width(), MUTED);
        if (!checklist.ladder().isEmpty()) {
            ladder(checklist.ladder(), checklist.words());
        }
        heading(checklist.words().text("sheet.beforeYouEnter"));
        for (ChecklistItem item : checklist.items()) {
            box(item);
        }
        // The heading never leaves its rules behind: it moves on unless at least the first three fit under it.
        pages.keepRoom(HEADING_HEIGHT + (float) checklist.rules().stream().limit(3).mapToDouble(this::ruleHeight).sum());
        heading(checklist.words().text("sheet.rules"));
        for (Checklist.RuleLine rule : checklist.rules()) {
            rule(rule);
        }
        heading(checklist.words().text("sheet.writtenPlan"));
        for (Checklist.Section section : checklist.sections()) {
            pages.keepRoom(3 * PdfPages.lineHeight(10f));
            pages.down(3);
            pages.line(section.title(), Style.BOLD, 10f, pages.left(), INK);
            pages.paragraph(section.text(), Style.REGULAR, 10f, pages.left(), pages.width(),
                    section.written() ? INK : MUTED);
            pages.down(4);
        }
    }

    /**
     * The price ladder as a table across the page: price, level, net P&L, R, equity after, margin ratio, distance
     * to liquidation; the stop row in red, breakeven in green, prices beyond liquidation muted.
     */
    private void ladder(List<Checklist.LadderLine> ladder, SheetWords words) throws IOException {
        float size = 8.5f;
        float row = PdfPages.lineHeight(size) + 2;
        pages.keepRoom(HEADING_HEIGHT + 4 * row);
        heading(words.text("sheet.priceLadder"));
        float[] widths = ladderColumns();
        tableRow(LadderText.HEADINGS, widths, Style.BOLD, size, MUTED);
        for (Checklist.LadderLine line : ladder) {
            Color color = switch (line.kind()) {
                case STOP, LIQUIDATION -> FAIL;
                case BREAKEVEN -> PASS;
                default -> "liquidated".equals(line.text().marginRatio()) ? MUTED : INK;
            };
            Style style = line.kind() == LadderLevel.STOP || line.kind() == LadderLevel.BREAKEVEN ? Style.BOLD
                    : Style.REGULAR;
            tableRow(line.text().cells(), widths, style, size, color);
        }
        pages.down(3);
        pages.paragraph(LadderText.NOTE, Style.REGULAR, 8f, pages.left(), pages.width(), MUTED);
    }

    /** Column widths of the ladder, the level's column taking what the figures leave. */
    private float[] ladderColumns() {
        float[] widths = {62f, 0f, 70f, 36f, 74f, 62f, 70f};
        float figures = 0;
        for (float width : widths) {
            figures += width;
        }
        widths[1] = pages.width() - figures;
        return widths;
    }

    /** One line of a table: the second column (a name) left-aligned, the figures right-aligned in theirs. */
    private void tableRow(List<String> cells, float[] widths, Style style, float size, Color color)
            throws IOException {
        float height = PdfPages.lineHeight(size) + 2;
        pages.keepRoom(height);
        float baseline = pages.y() - PdfPages.ascent(size);
        float x = pages.left();
        for (int c = 0; c < cells.size(); c++) {
            String text = c == 1 ? pages.wrap(cells.get(c), style, size, widths[c] - 10).get(0) : cells.get(c);
            float textX = c == 1 ? x + 10 : x + widths[c] - pages.textWidth(text, style, size);
            pages.text(text, style, size, textX, baseline, color);
            x += widths[c];
        }
        pages.down(height);
        pages.strokeLine(pages.left(), pages.y() + 1, pages.left() + pages.width(), pages.y() + 1, 0.2f, HAIRLINE);
    }

    /** The header in two columns of label and value. */
    private void headerTable(List<Checklist.Field> fields) throws IOException {
        float gap = 16f;
        float columnWidth = (pages.width() - gap) / 2;
        for (int i = 0; i < fields.size(); i += 2) {
            Checklist.Field leftField = fields.get(i);
            Checklist.Field rightField = i + 1 < fields.size() ? fields.get(i + 1) : null;
            List<String> left = pages.wrap(leftField.value(), Style.BOLD, BODY, columnWidth - 62);
            List<String> right = rightField == null ? List.of()
                    : pages.wrap(rightField.value(), Style.BOLD, BODY, columnWidth - 62);
            float height = Math.max(left.size(), right.size()) * PdfPages.lineHeight(BODY);
            pages.keepRoom(height);
            float top = pages.y();
            labelledLines(leftField.label(), left, pages.left(), top, 62, Style.BOLD, BODY);
            if (rightField != null) {
                labelledLines(rightField.label(), right, pages.left() + columnWidth + gap, top, 62, Style.BOLD, BODY);
            }
            pages.down(height);
        }
    }

    private void verdict(Checklist checklist) throws IOException {
        float padding = 7f;
        float size = 10.5f;
        List<String> lines = pages.wrap(checklist.verdict(), Style.BOLD, size, pages.width() - 2 * padding - 6);
        float height = lines.size() * PdfPages.lineHeight(size) + 2 * padding - 3;
        pages.keepRoom(height);
        float bottom = pages.y() - height;
        pages.fillRect(pages.left(), bottom, pages.width(), height, checklist.ready() ? READY_FILL : BLOCKED_FILL);
        pages.fillRect(pages.left(), bottom, 4f, height, checklist.ready() ? PASS : FAIL);
        pages.down(padding - 1);
        for (String line : lines) {
            pages.line(line, Style.BOLD, size, pages.left() + padding + 6, INK);
        }
        pages.down(padding - 2);
    }

    private void heading(String title) throws IOException {
        // A heading never sits alone at the foot of a page: keep room for it and two lines of what follows.
        pages.keepRoom(HEADING_HEIGHT + 2 * PdfPages.lineHeight(BODY));
        pages.down(14);
        pages.line(title, Style.BOLD, HEADING_SIZE, pages.left(), HEADING);
        float underline = pages.y() + 2;
        pages.strokeLine(pages.left(), underline, pages.left() + pages.width(), underline, 0.6f, HAIRLINE);
        pages.down(5);
    }

    private void fieldRow(Checklist.Field field) throws IOException {
        List<String> lines = pages.wrap(field.value(), Style.REGULAR, BODY + 0.5f, pages.width() - LABEL_COLUMN);
        float height = lines.size() * PdfPages.lineHeight(BODY + 0.5f);
        pages.keepRoom(height + 3);
        float top = pages.y();
        labelledLines(field.label(), lines, pages.left(), top, LABEL_COLUMN, Style.REGULAR, BODY + 0.5f);
        pages.down(height + 1);
        pages.strokeLine(pages.left(), pages.y(), pages.left() + pages.width(), pages.y(), 0.3f, HAIRLINE);
        pages.down(2);
    }

    /** A muted label with its value lines beside it, tops aligned at {@code top}. */
    private void labelledLines(String label, List<String> lines, float x, float top, float labelWidth,
                               Style valueStyle, float valueSize) throws IOException {
        pages.text(label, Style.REGULAR, BODY - 0.5f, x, top - PdfPages.ascent(BODY), MUTED);
        float lineTop = top;
        for (String line : lines) {
            pages.text(line, valueStyle, valueSize, x + labelWidth, lineTop - PdfPages.ascent(BODY), INK);
            lineTop -= PdfPages.lineHeight(valueSize);
        }
    }

    /** Badge, rule name and message side by side, so the whole rule book fits in a few lines. */
    private void rule(Checklist.RuleLine rule) throws IOException {
        float height = ruleHeight(rule);
        pages.keepRoom(height);
        float top = pages.y();
        badge(rule.state(), top);
        drawLines(ruleTitle(rule), Style.BOLD, pages.left() + RULE_TITLE_X, top, INK);
        drawLines(ruleMessage(rule), Style.REGULAR, pages.left() + RULE_MESSAGE_X, top, INK);
        pages.down(height);
    }

    private float ruleHeight(Checklist.RuleLine rule) {
        return PdfPages.lineHeight(BODY) * Math.max(ruleTitle(rule).size(), ruleMessage(rule).size()) + 4;
    }

    private List<String> ruleTitle(Checklist.RuleLine rule) {
        return pages.wrap(rule.title(), Style.BOLD, BODY, RULE_MESSAGE_X - RULE_TITLE_X - 8);
    }

    private List<String> ruleMessage(Checklist.RuleLine rule) {
        return pages.wrap(rule.message(), Style.REGULAR, BODY, pages.width() - RULE_MESSAGE_X);
    }

    private void drawLines(List<String> lines, Style style, float x, float top, Color color) throws IOException {
        float lineTop = top;
        for (String line : lines) {
            pages.text(line, style, BODY, x, lineTop - PdfPages.ascent(BODY), color);
            lineTop -= PdfPages.lineHeight(BODY);
        }
    }

    private void badge(RuleState state, float top) throws IOException {
        Color color = switch (state) {
            case PASS -> PASS;
            case FAIL -> FAIL;
            case WARN -> WARN;
        };
        float height = 12f;
        float size = 7.5f;
        float bottom = top - height - 0.5f;
        pages.fillRect(pages.left(), bottom, BADGE_WIDTH, height, color);
        String text = state.name();
        float x = pages.left() + (BADGE_WIDTH - pages.textWidth(text, Style.BOLD, size)) / 2;
        pages.text(text, Style.BOLD, size, x, bottom + 3.5f, Color.WHITE);
    }

    /** A square to tick with a pen (or in a PDF viewer); a box the plan already ticked carries a drawn tick. */
    private void box(ChecklistItem item) throws IOException {
        float size = 10.5f;
        float indent = BOX + 9;
        List<String> lines = pages.wrap(item.text(), Style.REGULAR, size, pages.width() - indent);
        pages.keepRoom(lines.size() * PdfPages.lineHeight(size) + 6);
        float boxBottom = pages.y() - 1.5f - BOX;
        PDPageContentStream stream = pages.stream();
        stream.setStrokingColor(INK);
        stream.setLineWidth(0.9f);
        stream.addRect(pages.left(), boxBottom, BOX, BOX);
        stream.stroke();
        if (item.checked()) {
            tick(stream, pages.left(), boxBottom);
        } else {
            checkBoxes.add(pages.page(), pages.left(), boxBottom, BOX);
        }
        for (String line : lines) {
            pages.line(line, Style.REGULAR, size, pages.left() + indent, INK);
        }
        pages.down(6);
    }

    private static void tick(PDPageContentStream stream, float x, float bottom) throws IOException {
        stream.setStrokingColor(PASS);
        stream.setLineWidth(1.6f);
        stream.moveTo(x + 2.2f, bottom + 5.6f);
        stream.lineTo(x + 4.6f, bottom + 2.8f);
        stream.lineTo(x + 9.0f, bottom + 8.8f);
        stream.stroke();
    }

    /** "Page n of m" and the plan's name at the foot of every page, drawn once the page count is known. */
    static final class PdfFooters {
        private PdfFooters() {
        }

        static void draw(PDDocument document, PdfFonts fonts, String reference) throws IOException {
            draw(document, fonts, reference, SheetWords.english());
        }

        static void draw(PDDocument document, PdfFonts fonts, String reference, SheetWords words) throws IOException {
            int count = document.getNumberOfPages();
            for (int index = 0; index < count; index++) {
                PDPage page = document.getPage(index);
                float right = page.getMediaBox().getWidth() - PdfPages.MARGIN;
                try (PDPageContentStream stream = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    stream.setStrokingColor(HAIRLINE);
                    stream.setLineWidth(0.5f);
                    stream.moveTo(PdfPages.MARGIN, 46);
                    stream.lineTo(right, 46);
                    stream.stroke();
                    stream.setNonStrokingColor(MUTED);
                    fonts.show(stream, reference, Style.REGULAR, 8f, PdfPages.MARGIN, 33);
                    String number = words.text("sheet.page", index + 1, count);
                    fonts.show(stream, number, Style.REGULAR, 8f, right - fonts.width(number, Style.REGULAR, 8f), 33);
                }
            }
        }
    }
}
