package app.microplan.ui.checklist;

/** How a print request ended, in words for the status line. */
public record PrintOutcome(Kind kind, String message) {

    public enum Kind { PRINTED, CANCELLED, NO_PRINTER, FAILED }

    public static final String NO_PRINTER_MESSAGE =
            "No printer is set up on this computer. Export the checklist as PDF and print that file instead.";

    public boolean printed() {
        return kind == Kind.PRINTED;
    }
}
