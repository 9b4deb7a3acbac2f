package app.microplan.ui.shell;

/** What the status line adds after "40 plans in …" when the journal opened with something to say. */
final class OpeningNotes {
    private OpeningNotes() {
    }

    static String of(long conflicts, int leftoversRemoved) {
        StringBuilder notes = new StringBuilder();
        if (conflicts > 0) {
            notes.append(" · ").append(conflicts == 1 ? "1 plan waits" : conflicts + " plans wait")
                    .append(" for your choice: another program saved ").append(conflicts == 1 ? "it" : "them")
                    .append(" too");
        }
        if (leftoversRemoved > 0) {
            notes.append(" · removed ").append(leftoversRemoved).append(leftoversRemoved == 1 ? " temporary file"
                    : " temporary files").append(" left by an interrupted save");
        }
        return notes.toString();
    }
}
