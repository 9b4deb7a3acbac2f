package app.microplan.domain;

/**
 * The ways a trade can depart from its plan that cost (or make) money, each measured on its own so a review
 * can say which habit costs the most ("moving stops cost you 3.4 R this quarter").
 */
public enum DeviationKind {
    /** Entry fills against the price of the planned leg each filled: a long bought higher slipped. */
    ENTRY_SLIPPAGE("Entry slippage"),
    /** The P&L of the contracts taken beyond the plan's size, or missed by taking fewer. */
    SIZE("Size off the plan"),
    /** What exits past the planned stop lost beyond it: a stop moved away, or filled late. */
    STOP("Past the stop"),
    /** Exits on the profit side against the planned targets: left on the table, or beyond the targets. */
    EXITS("Exits short of the targets"),
    /** Fees paid against the plan's fee rates applied to the fills actually made. */
    FEES("Fees above the estimate"),
    /** Funding paid against the plan's funding estimate. */
    FUNDING("Funding above the estimate");

    private final String label;

    DeviationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
