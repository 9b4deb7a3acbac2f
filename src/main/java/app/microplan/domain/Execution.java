package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One execution as an exchange's trade history lists it (an imported CSV row). It becomes an entry or an
 * exit fill once it is matched to a plan: see {@link ExecutionMatcher} and {@link ImportMatcher}.
 *
 * @param symbol        the exchange's symbol ("BTCUSDT"), which need not be the contract's symbol in Microplan
 * @param quantity      in the unit the history uses ({@code unit}), always positive: {@code side} says which way
 * @param fee           fee paid in the quote currency (a negative fee is a rebate)
 * @param tradeId       the exchange's id of the execution, or null when the file has none
 * @param contractValue coins one of the exchange's contracts is worth when {@code unit} is CONTRACTS and the
 *                      file or the layout says (CME Micro Bitcoin: 0.1); null when unknown
 */
public record Execution(Instant time, String symbol, TradeSide side, BigDecimal price, BigDecimal quantity,
                        BigDecimal fee, String tradeId, QuantityUnit unit, BigDecimal contractValue) {

    public Execution {
        Objects.requireNonNull(time, "time");
        ContractSpec.requireText(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        ContractSpec.requirePositive(price, "price");
        ContractSpec.requirePositive(quantity, "quantity");
        fee = Decimals.orZero(fee);
        tradeId = Fill.idOrNull(tradeId);
        unit = unit == null ? QuantityUnit.CONTRACTS : unit;
        if (contractValue != null) {
            ContractSpec.requirePositive(contractValue, "contract value");
        }
    }

    /** An execution counted in contracts, without an exchange id. */
    public Execution(Instant time, String symbol, TradeSide side, BigDecimal price, BigDecimal quantity,
                     BigDecimal fee) {
        this(time, symbol, side, price, quantity, fee, null, QuantityUnit.CONTRACTS, null);
    }

    public Execution withUnit(QuantityUnit newUnit) {
        return new Execution(time, symbol, side, price, quantity, fee, tradeId, newUnit, contractValue);
    }

    /** A part of this execution ({@code part} of its quantity) with its share of the fee: a flip's two halves. */
    Execution part(BigDecimal part, BigDecimal partFee) {
        return new Execution(time, symbol, side, price, part, partFee, tradeId, unit, contractValue);
    }

    /** The quantity in coins, when the unit allows it without a price (coins, or contracts of a known value). */
    public BigDecimal coins() {
        return switch (unit) {
            case COINS -> quantity;
            case CONTRACTS -> contractValue == null ? null : quantity.multiply(contractValue);
            case USD -> null;
        };
    }
}
