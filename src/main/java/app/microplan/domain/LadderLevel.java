package app.microplan.domain;

/** The kinds of price on a ladder, most important first: when two fall on one price the row is the first's. */
public enum LadderLevel {
    LIQUIDATION, STOP, BREAKEVEN, ENTRY, TARGET, EXTRA, OFFSET
}
