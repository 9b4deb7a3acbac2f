package app.microplan.domain;

/** How an entry is placed: a limit order at a chosen price, or a market order taking the book. */
public enum OrderType {
    LIMIT, MARKET
}
