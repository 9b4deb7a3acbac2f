package app.microplan.checklist;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF document, with glyph fallback: the PDF standard fonts cannot encode "止损", "стоп" or
 * "₮", so the bundled fonts are embedded instead (as subsets, so a PDF carries only the glyphs it uses).
 * Each character is drawn with the first font that has it: Noto Sans for Latin, Greek and Cyrillic, Noto Sans
 * Math for signs such as "−" and "≤", Droid Sans Fallback for Chinese, Japanese and Korean. A font is read only
 * when a character first needs it, so a Latin-only plan never parses the 4 MB CJK font.
 */
final class PdfFonts implements Closeable {
    enum Style { REGULAR, BOLD }

    private static final String FOLDER = "/app/microplan/checklist/fonts/";
    private static final List<String> REGULAR = List.of("NotoSans-Regular.ttf", "NotoSansMath-Regular.ttf",
            "DroidSansFallbackFull.ttf");
    private static final List<String> BOLD = List.of("NotoSans-Bold.ttf", "NotoSansMath-Regular.ttf",
            "DroidSansFallbackFull.ttf");
    /** Drawn in place of a character no bundled font has. */
    private static final int MISSING = '?';
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    private final PDDocument document;
    private final Map<String, Face> faces = new HashMap<>();

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** A stretch of text that one font draws. */
    record Run(Face face, String text) {
    }

    /** Splits text into runs, each drawn by the first font that has its characters. */
    List<Run> runs(String text, Style style) {
        List<Run> runs = new ArrayList<>();
        Face current = null;
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isInvisible(codePoint)) {
                continue;
            }
            Face face = faceFor(codePoint, style);
            int drawn = face == null ? MISSING : codePoint;
            face = face == null ? face(style, 0) : face;
            if (face != current && pending.length() > 0) {
                runs.add(new Run(current, pending.toString()));
                pending.setLength(0);
            }
            current = face;
            pending.appendCodePoint(drawn);
        }
        if (pending.length() > 0) {
            runs.add(new Run(current, pending.toString()));
        }
        return runs;
    }

    /** Width in points of the text at {@code size}. */
    float width(String text, Style style, float size) {
        float units = 0;
        for (Run run : runs(text, style)) {
            units += run.face().width(run.text());
        }
        return units * size / 1000f;
    }

    /** Draws the text with its baseline starting at (x, y). */
    void show(PDPageContentStream stream, String text, Style style, float size, float x, float y) throws IOException {
        stream.beginText();
        stream.newLineAtOffset(x, y);
        for (Run run : runs(text, style)) {
            stream.setFont(run.face().pdfFont(document), size);
            stream.showText(run.text());
        }
        stream.endText();
    }

    private Face faceFor(int codePoint, Style style) {
        List<String> files = style == Style.BOLD ? BOLD : REGULAR;
        for (int index = 0; index < files.size(); index++) {
            Face face = face(style, index);
            if (face.has(codePoint)) {
                return face;
            }
        }
        return null;
    }

    private Face face(Style style, int index) {
        String file = (style == Style.BOLD ? BOLD : REGULAR).get(index);
        return faces.computeIfAbsent(file, Face::read);
    }

    /** Line breaks are laid out by the caller; format and control characters have no glyph to draw. */
    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Face face : faces.values()) {
            try {
                face.ttf.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        faces.clear();
        if (first != null) {
            throw first;
        }
    }

    private static byte[] bytes(String file) {
        return FILES.computeIfAbsent(file, name -> {
            try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("font " + name + " is missing from the application");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("font " + name + " cannot be read", e);
            }
        });
    }

    /** One bundled font: its outlines for measuring, and its PDF form once something is drawn with it. */
    static final class Face {
        private final TrueTypeFont ttf;
        private final CmapLookup cmap;
        private final float unitsToThousandths;
        private final Map<Integer, Float> widths = new HashMap<>();
        private PDType0Font pdfFont;

        private Face(TrueTypeFont ttf) throws IOException {
            this.ttf = ttf;
            this.cmap = ttf.getUnicodeCmapLookup();
            this.unitsToThousandths = 1000f / ttf.getUnitsPerEm();
        }

        static Face read(String file) {
            try {
                return new Face(new TTFParser().parse(new RandomAccessReadBuffer(bytes(file))));
            } catch (IOException e) {
                throw new UncheckedIOException("font " + file + " cannot be read", e);
            }
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        /** Width in thousandths of the font size. */
        float width(String text) {
            float total = 0;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                total += widths.computeIfAbsent(codePoint, this::advance);
            }
            return total;
        }

        private float advance(int codePoint) {
            try {
                return ttf.getAdvanceWidth(cmap.getGlyphId(codePoint)) * unitsToThousandths;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        PDType0Font pdfFont(PDDocument document) throws IOException {
            if (pdfFont == null) {
                pdfFont = PDType0Font.load(document, ttf, true);
            }
            return pdfFont;
        }
    }
}
