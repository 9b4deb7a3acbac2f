package app.microplan.checklist;

import java.util.Locale;
import java.util.Set;

/** The paper a checklist is laid out for, in PDF points (1/72 inch). */
public enum PaperSize {
    A4("A4", 595.28f, 841.89f),
    LETTER("Letter", 612f, 792f);

    /** Countries where Letter is the paper in the printer tray. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR");

    private final String label;
    private final float widthPoints;
    private final float heightPoints;

    PaperSize(String label, float widthPoints, float heightPoints) {
        this.label = label;
        this.widthPoints = widthPoints;
        this.heightPoints = heightPoints;
    }

    public String label() {
        return label;
    }

    public float widthPoints() {
        return widthPoints;
    }

    public float heightPoints() {
        return heightPoints;
    }

    public static PaperSize forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }

    /** "a4" or "letter", any case; null when it is neither. */
    public static PaperSize parse(String text) {
        for (PaperSize paper : values()) {
            if (paper.name().equalsIgnoreCase(text.strip())) {
                return paper;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
