package app.microplan.domain;

/** Which cap decides the largest size. */
public enum SizeLimit {
    /** The risk budget allows fewer contracts than the margin cap. */
    RISK,
    /** The margin cap allows fewer contracts than the risk budget. */
    MARGIN,
    /** Both caps allow the same size: one more contract breaks both. */
    BOTH;

    public String describe() {
        return switch (this) {
            case RISK -> "the risk cap";
            case MARGIN -> "the margin cap";
            case BOTH -> "both the risk and the margin cap";
        };
    }
}
