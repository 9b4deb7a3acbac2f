package app.microplan.domain;

/**
 * How an order is placed. A resting limit order pays the maker rate; a market order and a stop order (which
 * becomes a market order when triggered) take the book and pay the taker rate.
 */
public enum OrderType {
    LIMIT, MARKET, STOP;

    /** Takes liquidity from the book, so the exchange charges its taker rate. */
    public boolean isTaker() {
        return this != LIMIT;
    }

    public String label() {
        return switch (this) {
            case LIMIT -> "Limit";
            case MARKET -> "Market";
            case STOP -> "Stop";
        };
    }
}
