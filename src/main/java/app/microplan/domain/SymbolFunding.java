package app.microplan.domain;

import java.util.Objects;

/** A funding payment read from an exchange's history, with the symbol of the position it was paid on. */
public record SymbolFunding(String symbol, FundingPayment payment) {
    public SymbolFunding {
        ContractSpec.requireText(symbol, "symbol");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(payment.time(), "time of an imported funding payment");
    }
}
