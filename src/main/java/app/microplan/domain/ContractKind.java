package app.microplan.domain;

/**
 * How a contract pays. A linear contract is worth a fixed number of coins and pays its P&L in the quote currency
 * (USD, USDT); an inverse (coin-margined) contract is worth a fixed number of US dollars and pays its P&L, fees
 * and margin in the coin (docs/numbers.md, "Inverse contracts").
 */
public enum ContractKind {
    LINEAR,
    INVERSE
}
