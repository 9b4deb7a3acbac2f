package app.microplan.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * How an exchange works out the price at which it liquidates an isolated position (docs/exchanges.md has each
 * formula and its source). The exchanges agree on the idea — the position is closed when what is left of its
 * margin reaches the maintenance margin — and differ in where they measure the maintenance margin and what they
 * add to it. A convention for inverse (coin-margined) contracts is a new constant with its own formula.
 */
public enum LiquidationConvention {
    /** Maintenance at the liquidation price, tier and maintenance amount of the notional there. */
    BINANCE("binance", "Binance formula"),
    /** Maintenance at the entry price, tier and deduction of the notional at entry (19,700 for 20,000 × 50×). */
    BYBIT("bybit", "Bybit formula"),
    /** Maintenance rate plus the taker fee of closing, on the notional at the liquidation price. */
    OKX("okx", "OKX formula"),
    /** No estimate: the trader watches liquidation elsewhere. */
    NONE("none", "no estimate"),
    /** CME dated futures: no liquidation price; the broker calls for margin below the maintenance margin. */
    CME("cme", "CME: no liquidation price");

    private final String id;
    private final String label;

    LiquidationConvention(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The lower-case name the command line and the JSON use. */
    public String id() {
        return id;
    }

    /** What the estimate is labelled with: "≈ 63,253 (Binance formula)". */
    public String label() {
        return label;
    }

    public boolean hasLiquidationPrice() {
        return this != NONE && this != CME;
    }

    public static Optional<LiquidationConvention> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equalsIgnoreCase(id.strip())).findFirst();
    }

    /** The exact liquidation price of an isolated linear position (before rounding to the tick); empty when none. */
    public Optional<java.math.BigDecimal> exactPrice(LinearPosition position) {
        return switch (this) {
            case BINANCE -> Optional.of(LinearLiquidation.binance(position));
            case BYBIT -> Optional.of(LinearLiquidation.bybit(position));
            case OKX -> Optional.of(LinearLiquidation.okx(position));
            case NONE, CME -> Optional.empty();
        };
    }
}
