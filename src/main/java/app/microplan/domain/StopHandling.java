package app.microplan.domain;

/** What became of the planned stop, as the exits tell it (0.1 % either side is the stop order working). */
public enum StopHandling {
    /** No exit went past the stop, and no stop exit filled well short of it. */
    KEPT("Kept"),
    /** An exit filled past the stop: it was moved away, removed, or overrun. */
    MOVED_AWAY("Moved away or overrun"),
    /** A stop exit filled on the profit side of the planned stop: the stop was moved closer (trailed). */
    MOVED_CLOSER("Moved closer"),
    /** The plan had no stop to keep. */
    NONE_PLANNED("No stop planned");

    private final String label;

    StopHandling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
