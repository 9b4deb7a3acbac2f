package app.microplan.domain;

/** The side of one execution as an exchange reports it. Whether a buy opens or closes depends on the plan. */
public enum TradeSide {
    BUY, SELL;

    /** The side that opens a position in this direction: a long is entered by buying, a short by selling. */
    public static TradeSide opening(Direction direction) {
        return direction == Direction.LONG ? BUY : SELL;
    }

    /** The direction of the position this side opens from flat. */
    public Direction opens() {
        return this == BUY ? Direction.LONG : Direction.SHORT;
    }
}
