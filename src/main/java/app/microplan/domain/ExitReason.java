package app.microplan.domain;

/** Why part of a position was closed: the stop order, a take-profit, or the trader's own decision. */
public enum ExitReason {
    STOP, TARGET, MANUAL;

    public String label() {
        return switch (this) {
            case STOP -> "Stop";
            case TARGET -> "Target";
            case MANUAL -> "Manual";
        };
    }
}
