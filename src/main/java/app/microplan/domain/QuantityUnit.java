package app.microplan.domain;

/** What an exchange's quantity column counts: contracts, or coins (0.05 BTC is 5 contracts of 0.01 BTC). */
public enum QuantityUnit {
    CONTRACTS, COINS
}
