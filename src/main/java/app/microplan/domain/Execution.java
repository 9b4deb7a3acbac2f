package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One execution as an exchange's trade history lists it (an imported CSV row). It becomes an entry or an
 * exit fill once it is matched to a plan: see {@link ExecutionMatcher}.
 *
 * @param symbol   the exchange's symbol ("BTCUSDT"), which need not be the contract's symbol in Microplan
 * @param quantity in the unit the history uses ({@link QuantityUnit})
 * @param fee      fee paid (a negative fee is a rebate)
 */
public record Execution(Instant time, String symbol, TradeSide side, BigDecimal price, BigDecimal quantity,
                        BigDecimal fee) {

    public Execution {
        Objects.requireNonNull(time, "time");
        ContractSpec.requireText(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        ContractSpec.requirePositive(price, "price");
        ContractSpec.requirePositive(quantity, "quantity");
        fee = Decimals.orZero(fee);
    }
}
