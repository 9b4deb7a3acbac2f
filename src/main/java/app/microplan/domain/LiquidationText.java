package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The liquidation estimate as every screen words it, with its convention: "≈ 63,253 (Binance formula)", or why
 * there is none ("none: CME futures have no liquidation price"). The window, the checklist and the command line
 * all show this one text.
 */
public final class LiquidationText {
    private LiquidationText() {
    }

    public static String of(SizingResult sizing) {
        LiquidationConvention convention = sizing.exchange().convention();
        if (!convention.hasLiquidationPrice()) {
            return convention == LiquidationConvention.CME ? "none (CME futures have no liquidation price)"
                    : "no estimate (convention: none)";
        }
        BigDecimal price = sizing.liquidationPrice();
        if (price == null) {
            return "—";
        }
        return "≈ " + Money.price(price.setScale(8, RoundingMode.HALF_UP)) + " (" + convention.label() + ")";
    }

    /** {@link #of} as a wording for the window's language (decision 15): the same price, the same convention. */
    public static Wording wording(SizingResult sizing) {
        LiquidationConvention convention = sizing.exchange().convention();
        if (!convention.hasLiquidationPrice()) {
            return Wording.of(convention == LiquidationConvention.CME ? "liquidation.none.cme"
                    : "liquidation.none.convention");
        }
        BigDecimal price = sizing.liquidationPrice();
        if (price == null) {
            return Wording.of("liquidation.unknown");
        }
        return Wording.of("liquidation.estimate", Wording.price(price.setScale(8, RoundingMode.HALF_UP)),
                convention(convention));
    }

    /** The convention's name as a wording: "Binance formula". */
    public static Wording convention(LiquidationConvention convention) {
        return Wording.of("liquidation.convention." + convention.name());
    }
}
