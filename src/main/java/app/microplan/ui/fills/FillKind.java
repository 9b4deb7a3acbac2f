package app.microplan.ui.fills;

/** What a line on record is: an entry fill, an exit fill, or a funding payment. */
public enum FillKind {
    ENTRY, EXIT, FUNDING
}
