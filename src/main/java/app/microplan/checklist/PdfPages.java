package app.microplan.checklist;

import app.microplan.checklist.PdfFonts.Style;
import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A writing cursor over as many pages as the content needs: it draws text, boxes and lines top to bottom and
 * starts a new page when the next line would run into the footer.
 */
final class PdfPages implements Closeable {
    static final float MARGIN = 50f;
    /** Room kept free at the bottom of every page for the footer. */
    static final float FOOTER_ROOM = 64f;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final PDRectangle mediaBox;
    private final float margin;
    private final float footerRoom;
    private PDPageContentStream stream;
    private PDPage page;
    private float y;

    PdfPages(PDDocument document, PdfFonts fonts, PaperSize paper) {
        this(document, fonts, paper, MARGIN, FOOTER_ROOM);
    }

    /** Pages with their own side/top margin and room kept for the footer (the one-page checklist runs tighter). */
    PdfPages(PDDocument document, PdfFonts fonts, PaperSize paper, float margin, float footerRoom) {
        this.document = document;
        this.fonts = fonts;
        this.mediaBox = new PDRectangle(paper.widthPoints(), paper.heightPoints());
        this.margin = margin;
        this.footerRoom = footerRoom;
    }

    float left() {
        return margin;
    }

    float width() {
        return mediaBox.getWidth() - 2 * margin;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    PDPage page() {
        return page;
    }

    PDPageContentStream stream() {
        return stream;
    }

    PdfFonts fonts() {
        return fonts;
    }

    void newPage() throws IOException {
        closeStream();
        page = new PDPage(mediaBox);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = mediaBox.getHeight() - margin;
    }

    /** Whether {@code height} more points fit above the footer of the current page. */
    boolean fits(float height) {
        return stream != null && y - height >= footerRoom;
    }

    /** Starts a new page unless {@code height} more points fit above the footer. */
    void keepRoom(float height) throws IOException {
        if (stream == null || y - height < footerRoom) {
            newPage();
        }
    }

    float textWidth(String text, Style style, float size) {
        return fonts.width(text, style, size);
    }

    List<String> wrap(String paragraph, Style style, float size, float maxWidth) {
        return LineBreaker.wrap(paragraph, maxWidth, text -> fonts.width(text, style, size));
    }

    /** Draws one line whose top is at the cursor, and moves the cursor below it. */
    void line(String text, Style style, float size, float x, Color color) throws IOException {
        float lineHeight = lineHeight(size);
        keepRoom(lineHeight);
        text(text, style, size, x, y - ascent(size), color);
        y -= lineHeight;
    }

    /** Wraps text (keeping the writer's own line breaks) and draws it line by line, across pages if need be. */
    void paragraph(String text, Style style, float size, float x, float maxWidth, Color color) throws IOException {
        for (String paragraph : text.split("\n", -1)) {
            for (String wrapped : wrap(paragraph, style, size, maxWidth)) {
                line(wrapped, style, size, x, color);
            }
        }
    }

    void text(String text, Style style, float size, float x, float baseline, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        fonts.show(stream, text, style, size, x, baseline);
    }

    void fillRect(float x, float bottom, float w, float h, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, bottom, w, h);
        stream.fill();
    }

    void strokeLine(float x1, float y1, float x2, float y2, float lineWidth, Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    static float lineHeight(float size) {
        return size * 1.4f;
    }

    /** Baseline offset below a line's top: text sits in the upper part of its line box. */
    static float ascent(float size) {
        return size * 1.05f;
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
