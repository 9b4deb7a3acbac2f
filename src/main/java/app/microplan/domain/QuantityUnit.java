package app.microplan.domain;

/**
 * What an exchange's quantity column counts: contracts, coins (0.05 BTC is 5 contracts of 0.01 BTC), or — for
 * inverse contracts such as Deribit's BTC-PERPETUAL — US dollars of face value.
 */
public enum QuantityUnit {
    CONTRACTS, COINS, USD
}
