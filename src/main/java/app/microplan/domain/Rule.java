package app.microplan.domain;

/** The rule book of docs/numbers.md ("The rules that gate ready"). */
public enum Rule {
    RISK_CAP("risk-cap", Severity.BLOCKING, "Risk within the cap"),
    MARGIN_CAP("margin-cap", Severity.BLOCKING, "Margin utilization under the cap"),
    STOP_SIDE("stop-side", Severity.BLOCKING, "Stop on the loss side"),
    POSITION_SIZE("position-size", Severity.BLOCKING, "At least one contract"),
    LEVERAGE_LIMIT("leverage-limit", Severity.BLOCKING, "Leverage the contract allows"),
    STOP_BEFORE_LIQUIDATION("stop-before-liquidation", Severity.BLOCKING, "Stop before liquidation"),
    TAKE_PROFIT("take-profit", Severity.BLOCKING, "Take-profit on the profit side"),
    WRITTEN_PLAN("written-plan", Severity.BLOCKING, "Written plan complete"),
    // The ready gate for the whole account (issue 11): the size within the caps, then the account rules,
    // which alone may be overridden with a written reason.
    SIZE_CAP("size-cap", Severity.BLOCKING, "At most the largest size"),
    OPEN_RISK("open-risk", Severity.BLOCKING, "Open risk of the account within its cap", true),
    DAILY_LOSS("daily-loss", Severity.BLOCKING, "Daily loss limit", true),
    COOL_DOWN("cool-down", Severity.BLOCKING, "No cool-down after losses", true),
    // What the exchange itself enforces (exchange-true numbers)
    LEVERAGE_FOR_SIZE("leverage-for-size", Severity.BLOCKING, "Leverage the margin tier allows"),
    PRICE_ON_TICK("price-on-tick", Severity.BLOCKING, "Prices on the tick"),
    ORDER_MINIMUM("order-minimum", Severity.BLOCKING, "Orders at least the exchange's minimum"),
    HIGH_LEVERAGE("high-leverage", Severity.WARNING, "Leverage not above the warning level"),
    REWARD_RISK("reward-risk", Severity.WARNING, "Reward:risk high enough"),
    FUNDING_COST("funding-cost", Severity.WARNING, "Funding cost small against the risk");

    private final String id;
    private final Severity severity;
    private final String title;
    private final boolean overridable;

    Rule(String id, Severity severity, String title) {
        this(id, severity, title, false);
    }

    Rule(String id, Severity severity, String title, boolean overridable) {
        this.id = id;
        this.severity = severity;
        this.title = title;
        this.overridable = overridable;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** A short name for the rule strip and the checklist. */
    public String title() {
        return title;
    }

    /** An account rule: the trader may mark the plan ready despite it, with a written reason the plan keeps. */
    public boolean isOverridable() {
        return overridable;
    }

    public boolean isBlocking() {
        return severity == Severity.BLOCKING;
    }
}
