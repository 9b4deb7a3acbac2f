package app.microplan.checklist;

import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;

/**
 * Form check boxes over the drawn boxes still open, so the trader can tick them in a PDF viewer too. The outline
 * is part of the page, so it prints from any viewer; a field's tick is its "on" look. Poppler-based viewers
 * (Evince, Okular, pdftoppm) do not draw that look, which is why a box the plan already ticked gets its tick
 * drawn on the page instead of a field.
 */
final class PdfCheckBoxes {
    private static final COSName ON = COSName.getPDFName("Yes");

    private final PDDocument document;
    private PDAcroForm form;

    PdfCheckBoxes(PDDocument document) {
        this.document = document;
    }

    void add(PDPage page, float x, float bottom, float size) throws IOException {
        PDCheckBox box = new PDCheckBox(form());
        box.setPartialName("item-" + (form.getFields().size() + 1));
        PDAnnotationWidget widget = box.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(x, bottom, size, size));
        widget.setPage(page);
        widget.setPrinted(true);
        COSDictionary looks = new COSDictionary();
        looks.setItem(ON, look(size, true));
        looks.setItem(COSName.Off, look(size, false));
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.getCOSObject().setItem(COSName.N, looks);
        widget.setAppearance(appearance);
        widget.setAppearanceState(COSName.Off.getName());
        box.getCOSObject().setItem(COSName.V, COSName.Off);
        page.getAnnotations().add(widget);
        form.getFields().add(box);
    }

    private PDAcroForm form() {
        if (form == null) {
            form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
        }
        return form;
    }

    /** The field's look when ticked (a green tick) or not (nothing: the outline is on the page). */
    private PDAppearanceStream look(float size, boolean ticked) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(size, size));
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            if (ticked) {
                content.setStrokingColor(PdfChecklist.PASS);
                content.setLineWidth(size * 0.145f);
                content.moveTo(size * 0.2f, size * 0.51f);
                content.lineTo(size * 0.42f, size * 0.25f);
                content.lineTo(size * 0.82f, size * 0.8f);
                content.stroke();
            }
        }
        return stream;
    }
}
