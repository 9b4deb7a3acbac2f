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
 *
 * <p>Laid out densely (8.5 pt body, the numbers and the rules in two columns, the ladder as a compact table) so a
 * typical plan's sheet is one page to keep beside the screen; long written sections still flow onto more pages.
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

    /** Body text: the smallest size that still reads well on paper, so a typical plan fits on one page. */
    private static final float BODY = 8.5f;
    /** Side and top margin: tighter than the review report's, the footer keeps its own band below. */
    private static final float MARGIN = 28f;
    /** Content stops here, above the footer's hairline at 46 pt. */
    private static final float FOOTER_ROOM = 50f;
    private static final float COLUMN_GAP = 14f;
    private static final float BADGE_WIDTH = 26f;
    private static final float HEADING_SIZE = 10f;
    private static final float HEADING_ABOVE = 5f;
    private static final float HEADING_BELOW = 3f;
    /** Space a heading takes: the gap above, its line and the gap below. */
    private static final float HEADING_HEIGHT = HEADING_ABOVE + dense(HEADING_SIZE) + HEADING_BELOW;
    private static final float BOX = 9f;

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
            try (PdfPages pages = new PdfPages(document, fonts, paper, MARGIN, FOOTER_ROOM)) {
                pages.newPage();
                new PdfChecklist(pages, new PdfCheckBoxes(document)).draw(checklist);
            }
            PdfFooters.draw(document, fonts, "Microplan · " + checklist.reference(), checklist.words(), MARGIN);
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

    /** Line height of the dense blocks: closer than {@link PdfPages#lineHeight} so more fits, still not cramped. */
    private static float dense(float size) {
        return size * 1.15f;
    }

    private void draw(Checklist checklist) throws IOException {
        for (String line : pages.wrap(checklist.title(), Style.BOLD, 13f, pages.width())) {
            pages.text(line, Style.BOLD, 13f, pages.left(), pages.y() - PdfPages.ascent(13f), INK);
            pages.down(dense(13f));
        }
        pages.down(3);
        headerTable(checklist.header());
        pages.down(5);
        verdict(checklist);
        heading(checklist.words().text("sheet.numbers"));
        twoColumns(checklist.numbers());
        pages.down(2);
        denseParagraph(checklist.sizeNote(), Style.REGULAR, BODY, MUTED);
        if (!checklist.ladder().isEmpty()) {
            ladder(checklist.ladder(), checklist.words());
        }
        heading(checklist.words().text("sheet.beforeYouEnter"));
        boxes(checklist.items());
        rules(checklist.rules(), checklist.words());
        heading(checklist.words().text("sheet.writtenPlan"));
        float titleWidth = 0;
        for (Checklist.Section section : checklist.sections()) {
            titleWidth = Math.max(titleWidth, pages.textWidth(section.title(), Style.BOLD, BODY) + 10);
        }
        for (Checklist.Section section : checklist.sections()) {
            section(section, Math.min(pages.width() / 4, titleWidth));
        }
    }

    /** Wraps text to the page width and draws it line by line at the dense line height, across pages if need be. */
    private void denseParagraph(String text, Style style, float size, Color color) throws IOException {
        for (String paragraph : text.split("\n", -1)) {
            for (String line : pages.wrap(paragraph, style, size, pages.width())) {
                pages.keepRoom(dense(size));
                pages.text(line, style, size, pages.left(), pages.y() - PdfPages.ascent(size), color);
                pages.down(dense(size));
            }
        }
    }

    /**
     * The price ladder as a compact table across the page: price, level, net P&L, R, equity after, margin ratio,
     * distance to liquidation; the stop row in red, breakeven in green, prices beyond liquidation muted.
     */
    private void ladder(List<Checklist.LadderLine> ladder, SheetWords words) throws IOException {
        pages.keepRoom(HEADING_HEIGHT + 4 * ladderRow());
        heading(words.text("sheet.priceLadder"));
        float[] widths = ladderColumns();
        tableRow(SheetLadder.headings(words), widths, Style.BOLD, MUTED);
        for (Checklist.LadderLine line : ladder) {
            Color color = switch (line.kind()) {
                case STOP, LIQUIDATION -> FAIL;
                case BREAKEVEN -> PASS;
                default -> line.liquidated() ? MUTED : INK;
            };
            Style style = line.kind() == LadderLevel.STOP || line.kind() == LadderLevel.BREAKEVEN ? Style.BOLD
                    : Style.REGULAR;
            tableRow(line.text().cells(), widths, style, color);
        }
        pages.down(2);
        denseParagraph(SheetLadder.note(words), Style.REGULAR, 8f, MUTED);
    }

    private static float ladderRow() {
        return dense(BODY) + 0.5f;
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
    private void tableRow(List<String> cells, float[] widths, Style style, Color color) throws IOException {
        float height = ladderRow();
        pages.keepRoom(height);
        float baseline = pages.y() - PdfPages.ascent(BODY);
        float x = pages.left();
        for (int c = 0; c < cells.size(); c++) {
            String text = c == 1 ? pages.wrap(cells.get(c), style, BODY, widths[c] - 10).get(0) : cells.get(c);
            float textX = c == 1 ? x + 10 : x + widths[c] - pages.textWidth(text, style, BODY);
            pages.text(text, style, BODY, textX, baseline, color);
            x += widths[c];
        }
        pages.down(height);
        pages.strokeLine(pages.left(), pages.y() + 1, pages.left() + pages.width(), pages.y() + 1, 0.2f, HAIRLINE);
    }

    /** The header in three columns of label and value: contract, side, status / date, account, tags. */
    private void headerTable(List<Checklist.Field> fields) throws IOException {
        int columns = 3;
        float free = pages.width() - (columns - 1) * COLUMN_GAP;
        float[] labelWidths = new float[columns];
        float[] widths = new float[columns];
        for (int i = 0; i < fields.size(); i++) {
            labelWidths[i % columns] = Math.max(labelWidths[i % columns], labelWidth(fields.get(i).label()));
            widths[i % columns] = Math.max(widths[i % columns],
                    pages.textWidth(fields.get(i).value(), Style.BOLD, BODY + 0.5f) + 2);
        }
        // The later columns (side, status, tags) as wide as they need up to a third each; the first column (the
        // contract's long name) takes the rest.
        float others = 0;
        for (int c = 1; c < columns; c++) {
            widths[c] = Math.min(free / 3, labelWidths[c] + widths[c]);
            others += widths[c];
        }
        widths[0] = free - others;
        for (int i = 0; i < fields.size(); i += columns) {
            List<Checklist.Field> row = fields.subList(i, Math.min(fields.size(), i + columns));
            float height = 0;
            for (int c = 0; c < row.size(); c++) {
                height = Math.max(height, valueLines(row.get(c), Style.BOLD, widths[c] - labelWidths[c]).size()
                        * dense(BODY + 0.5f));
            }
            pages.keepRoom(height);
            float top = pages.y();
            float x = pages.left();
            for (int c = 0; c < row.size(); c++) {
                Checklist.Field field = row.get(c);
                labelledLines(field.label(), valueLines(field, Style.BOLD, widths[c] - labelWidths[c]), x, top,
                        labelWidths[c], Style.BOLD);
                x += widths[c] + COLUMN_GAP;
            }
            pages.down(height + 1);
        }
    }

    /** A label column as wide as its label and a gap, but never more than a third of the page. */
    private float labelWidth(String label) {
        return Math.min(pages.width() / 3, pages.textWidth(label, Style.REGULAR, BODY) + 7);
    }

    private float labelWidth(List<Checklist.Field> fields) {
        float width = 0;
        for (Checklist.Field field : fields) {
            width = Math.max(width, labelWidth(field.label()));
        }
        return width;
    }

    private List<String> valueLines(Checklist.Field field, Style style, float width) {
        return pages.wrap(field.value(), style, BODY + 0.5f, width);
    }

    /**
     * Labelled values in two columns, filled down the left column first so the figures read in their usual order;
     * a hairline under each row.
     */
    private void twoColumns(List<Checklist.Field> fields) throws IOException {
        float columnWidth = (pages.width() - COLUMN_GAP) / 2;
        int rows = (fields.size() + 1) / 2;
        float leftLabel = labelWidth(fields.subList(0, rows));
        float rightLabel = labelWidth(fields.subList(rows, fields.size()));
        for (int r = 0; r < rows; r++) {
            Checklist.Field left = fields.get(r);
            Checklist.Field right = r + rows < fields.size() ? fields.get(r + rows) : null;
            List<String> leftLines = valueLines(left, Style.REGULAR, columnWidth - leftLabel);
            List<String> rightLines = right == null ? List.of() : valueLines(right, Style.REGULAR, columnWidth - rightLabel);
            float height = Math.max(leftLines.size(), rightLines.size()) * dense(BODY + 0.5f);
            pages.keepRoom(height + 3);
            float top = pages.y();
            labelledLines(left.label(), leftLines, pages.left(), top, leftLabel, Style.REGULAR);
            if (right != null) {
                labelledLines(right.label(), rightLines, pages.left() + columnWidth + COLUMN_GAP, top, rightLabel,
                        Style.REGULAR);
            }
            pages.down(height + 0.5f);
            pages.strokeLine(pages.left(), pages.y(), pages.left() + columnWidth, pages.y(), 0.3f, HAIRLINE);
            pages.strokeLine(pages.left() + columnWidth + COLUMN_GAP, pages.y(), pages.left() + pages.width(),
                    pages.y(), 0.3f, HAIRLINE);
            pages.down(1.5f);
        }
    }

    private void verdict(Checklist checklist) throws IOException {
        float padding = 4f;
        float size = 9.5f;
        List<String> lines = pages.wrap(checklist.verdict(), Style.BOLD, size, pages.width() - 2 * padding - 6);
        float height = lines.size() * dense(size) + 2 * padding - 2;
        pages.keepRoom(height);
        float bottom = pages.y() - height;
        pages.fillRect(pages.left(), bottom, pages.width(), height, checklist.ready() ? READY_FILL : BLOCKED_FILL);
        pages.fillRect(pages.left(), bottom, 4f, height, checklist.ready() ? PASS : FAIL);
        float lineTop = pages.y() - padding + 1;
        for (String line : lines) {
            pages.text(line, Style.BOLD, size, pages.left() + padding + 6, lineTop - PdfPages.ascent(size), INK);
            lineTop -= dense(size);
        }
        pages.down(height);
    }

    private void heading(String title) throws IOException {
        // A heading never sits alone at the foot of a page: keep room for it and two lines of what follows.
        pages.keepRoom(HEADING_HEIGHT + 2 * dense(BODY));
        pages.down(HEADING_ABOVE);
        pages.text(title, Style.BOLD, HEADING_SIZE, pages.left(), pages.y() - PdfPages.ascent(HEADING_SIZE), HEADING);
        pages.down(dense(HEADING_SIZE));
        float underline = pages.y() + 1;
        pages.strokeLine(pages.left(), underline, pages.left() + pages.width(), underline, 0.6f, HAIRLINE);
        pages.down(HEADING_BELOW);
    }

    /** A muted label with its value lines beside it, tops aligned at {@code top}. */
    private void labelledLines(String label, List<String> lines, float x, float top, float labelWidth,
                               Style valueStyle) throws IOException {
        float valueSize = BODY + 0.5f;
        pages.text(label, Style.REGULAR, BODY, x, top - PdfPages.ascent(valueSize), MUTED);
        float lineTop = top;
        for (String line : lines) {
            pages.text(line, valueStyle, valueSize, x + labelWidth, lineTop - PdfPages.ascent(valueSize), INK);
            lineTop -= dense(valueSize);
        }
    }

    /**
     * Every rule in two columns (left column first), each a badge and the rule's name in bold running into its
     * message, so the whole rule book takes about half the height of one rule a row.
     */
    private void rules(List<Checklist.RuleLine> rules, SheetWords words) throws IOException {
        float columnWidth = (pages.width() - COLUMN_GAP) / 2;
        int rows = (rules.size() + 1) / 2;
        // The heading never leaves its rules behind: it moves on unless at least the first row fits under it.
        pages.keepRoom(HEADING_HEIGHT + (rules.isEmpty() ? 0 : ruleRowHeight(rules, 0, rows, columnWidth)));
        heading(words.text("sheet.rules"));
        if (flowColumns(rules, rows, columnWidth)) {
            return;
        }
        for (int r = 0; r < rows; r++) {
            float height = ruleRowHeight(rules, r, rows, columnWidth);
            pages.keepRoom(height);
            float top = pages.y();
            rule(rules.get(r), pages.left(), top, columnWidth);
            if (r + rows < rules.size()) {
                rule(rules.get(r + rows), pages.left() + columnWidth + COLUMN_GAP, top, columnWidth);
            }
            pages.down(height);
        }
    }

    /**
     * When the whole rule book fits on this page, each column flows on its own (a long rule on the left does not
     * leave a gap beside a short one on the right): two or three lines less in English, more in German, whose rule
     * texts run longer. Returns false, drawing nothing, when it does not fit; then the rules go row by row so a
     * page break falls between two rows.
     */
    private boolean flowColumns(List<Checklist.RuleLine> rules, int halfway, float columnWidth) throws IOException {
        // The left column takes the rules up to where the two columns come out most even in height, which may be a
        // rule before or after the half of them (long German messages made the left column a line or two taller).
        int rows = halfway;
        float left = columnHeight(rules.subList(0, rows), columnWidth);
        float right = columnHeight(rules.subList(rows, rules.size()), columnWidth);
        for (int split = 1; split < rules.size(); split++) {
            float splitLeft = columnHeight(rules.subList(0, split), columnWidth);
            float splitRight = columnHeight(rules.subList(split, rules.size()), columnWidth);
            if (Math.max(splitLeft, splitRight) < Math.max(left, right)) {
                rows = split;
                left = splitLeft;
                right = splitRight;
            }
        }
        if (!pages.fits(Math.max(left, right))) {
            return false;
        }
        float top = pages.y();
        float x = pages.left();
        for (int r = 0; r < rules.size(); r++) {
            if (r == rows) {
                top = pages.y();
                x = pages.left() + columnWidth + COLUMN_GAP;
            }
            rule(rules.get(r), x, top, columnWidth);
            top -= ruleHeight(rules.get(r), columnWidth);
        }
        pages.down(Math.max(left, right));
        return true;
    }

    private float columnHeight(List<Checklist.RuleLine> column, float columnWidth) {
        float height = 0;
        for (Checklist.RuleLine rule : column) {
            height += ruleHeight(rule, columnWidth);
        }
        return height;
    }

    private float ruleHeight(Checklist.RuleLine rule, float columnWidth) {
        return ruleLines(rule, columnWidth).size() * dense(BODY) + 1.5f;
    }

    private float ruleRowHeight(List<Checklist.RuleLine> rules, int row, int rows, float columnWidth) {
        int lines = ruleLines(rules.get(row), columnWidth).size();
        if (row + rows < rules.size()) {
            lines = Math.max(lines, ruleLines(rules.get(row + rows), columnWidth).size());
        }
        return lines * dense(BODY) + 1.5f;
    }

    /**
     * The rule's name and message as one wrapped paragraph, the name measured in bold and the message in the
     * regular face they are drawn in (measuring it all in bold wasted a line on many a German rule).
     */
    private List<String> ruleLines(Checklist.RuleLine rule, float columnWidth) {
        int nameLength = rule.title().length();
        return LineBreaker.wrap(ruleParagraph(rule), columnWidth - BADGE_WIDTH - 5, (start, text) -> {
            int bold = Math.max(0, Math.min(nameLength - start, text.length()));
            return pages.textWidth(text.substring(0, bold), Style.BOLD, BODY)
                    + pages.textWidth(text.substring(bold), Style.REGULAR, BODY);
        });
    }

    private static String ruleParagraph(Checklist.RuleLine rule) {
        return rule.title() + "  " + rule.message();
    }

    private void rule(Checklist.RuleLine rule, float x, float top, float columnWidth) throws IOException {
        badge(rule.state(), x, top);
        float textX = x + BADGE_WIDTH + 5;
        String paragraph = ruleParagraph(rule);
        int nameLength = rule.title().length();
        int offset = 0;
        float lineTop = top;
        for (String line : ruleLines(rule, columnWidth)) {
            float baseline = lineTop - PdfPages.ascent(BODY);
            // Where this line starts in the paragraph tells how much of it is still the rule's name.
            int at = paragraph.indexOf(line, offset);
            int bold = Math.max(0, Math.min(nameLength - at, line.length()));
            String name = line.substring(0, bold);
            String message = line.substring(bold);
            pages.text(name, Style.BOLD, BODY, textX, baseline, INK);
            pages.text(message, Style.REGULAR, BODY, textX + pages.textWidth(name, Style.BOLD, BODY), baseline, INK);
            offset = at + line.length();
            lineTop -= dense(BODY);
        }
    }

    private void badge(RuleState state, float x, float top) throws IOException {
        Color color = switch (state) {
            case PASS -> PASS;
            case FAIL -> FAIL;
            case WARN -> WARN;
        };
        float height = 9.5f;
        float size = 6f;
        float bottom = top - height;
        pages.fillRect(x, bottom, BADGE_WIDTH, height, color);
        String text = state.name();
        float textX = x + (BADGE_WIDTH - pages.textWidth(text, Style.BOLD, size)) / 2;
        pages.text(text, Style.BOLD, size, textX, bottom + 2.7f, Color.WHITE);
    }

    /**
     * One written section: its name in the label column, its text beside it, line by line so a long section flows
     * onto the next page (the name stays with at least its first two lines).
     */
    private void section(Checklist.Section section, float titleWidth) throws IOException {
        float size = BODY + 0.5f;
        float textWidth = pages.width() - titleWidth;
        List<String> title = pages.wrap(section.title(), Style.BOLD, BODY, titleWidth - 8);
        List<String> text = new java.util.ArrayList<>();
        for (String paragraph : section.text().split("\n", -1)) {
            text.addAll(pages.wrap(paragraph, Style.REGULAR, size, textWidth));
        }
        pages.keepRoom(Math.max(title.size(), Math.min(2, text.size())) * dense(size) + 2);
        float top = pages.y();
        for (int i = 0; i < title.size(); i++) {
            pages.text(title.get(i), Style.BOLD, BODY, pages.left(), top - i * dense(size) - PdfPages.ascent(size), INK);
        }
        float titleBottom = top - title.size() * dense(size);
        for (String line : text) {
            pages.keepRoom(dense(size));
            pages.text(line, Style.REGULAR, size, pages.left() + titleWidth, pages.y() - PdfPages.ascent(size),
                    section.written() ? INK : MUTED);
            pages.down(dense(size));
        }
        if (pages.y() > titleBottom && pages.y() <= top) {
            pages.down(pages.y() - titleBottom);
        }
        pages.down(2);
    }

    /**
     * The boxes in three or two columns (filled down the first column first) when every item fits on one line of
     * its column, otherwise one under the other so a long item wraps.
     */
    private void boxes(List<ChecklistItem> items) throws IOException {
        float size = BODY + 0.5f;
        float indent = BOX + 7;
        int columns = 1;
        for (int candidate = 3; candidate > 1 && columns == 1; candidate--) {
            float textWidth = columnWidth(candidate) - indent;
            boolean fits = items.stream().allMatch(item -> pages.textWidth(item.text(), Style.REGULAR, size) <= textWidth);
            columns = fits ? candidate : 1;
        }
        if (columns == 1) {
            for (ChecklistItem item : items) {
                box(item, pages.left(), pages.width() - indent);
            }
            return;
        }
        int rows = (items.size() + columns - 1) / columns;
        for (int r = 0; r < rows; r++) {
            pages.keepRoom(dense(size) + 3);
            float top = pages.y();
            for (int c = 0; c < columns && r + c * rows < items.size(); c++) {
                pages.down(pages.y() - top);
                box(items.get(r + c * rows), pages.left() + c * (columnWidth(columns) + COLUMN_GAP), Float.MAX_VALUE);
            }
        }
    }

    private float columnWidth(int columns) {
        return (pages.width() - (columns - 1) * COLUMN_GAP) / columns;
    }

    /**
     * A square to tick with a pen (or in a PDF viewer) at {@code x}, its text wrapped to {@code textWidth}; a box the
     * plan already ticked carries a drawn tick.
     */
    private void box(ChecklistItem item, float x, float textWidth) throws IOException {
        float size = BODY + 0.5f;
        float indent = BOX + 7;
        List<String> lines = pages.wrap(item.text(), Style.REGULAR, size, textWidth);
        pages.keepRoom(lines.size() * dense(size) + 3);
        float boxBottom = pages.y() - 0.5f - BOX;
        PDPageContentStream stream = pages.stream();
        stream.setStrokingColor(INK);
        stream.setLineWidth(0.9f);
        stream.addRect(x, boxBottom, BOX, BOX);
        stream.stroke();
        if (item.checked()) {
            tick(stream, x, boxBottom);
        } else {
            checkBoxes.add(pages.page(), x, boxBottom, BOX);
        }
        for (String line : lines) {
            pages.keepRoom(dense(size));
            pages.text(line, Style.REGULAR, size, x + indent, pages.y() - PdfPages.ascent(size), INK);
            pages.down(dense(size));
        }
        pages.down(3);
    }

    private static void tick(PDPageContentStream stream, float x, float bottom) throws IOException {
        float scale = BOX / 11f;
        stream.setStrokingColor(PASS);
        stream.setLineWidth(1.5f);
        stream.moveTo(x + 2.2f * scale, bottom + 5.6f * scale);
        stream.lineTo(x + 4.6f * scale, bottom + 2.8f * scale);
        stream.lineTo(x + 9.0f * scale, bottom + 8.8f * scale);
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
            draw(document, fonts, reference, words, PdfPages.MARGIN);
        }

        static void draw(PDDocument document, PdfFonts fonts, String reference, SheetWords words, float margin)
                throws IOException {
            int count = document.getNumberOfPages();
            for (int index = 0; index < count; index++) {
                PDPage page = document.getPage(index);
                float right = page.getMediaBox().getWidth() - margin;
                try (PDPageContentStream stream = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    stream.setStrokingColor(HAIRLINE);
                    stream.setLineWidth(0.5f);
                    stream.moveTo(margin, 46);
                    stream.lineTo(right, 46);
                    stream.stroke();
                    stream.setNonStrokingColor(MUTED);
                    fonts.show(stream, reference, Style.REGULAR, 8f, margin, 33);
                    String number = words.text("sheet.page", index + 1, count);
                    fonts.show(stream, number, Style.REGULAR, 8f, right - fonts.width(number, Style.REGULAR, 8f), 33);
                }
            }
        }
    }
}
