package app.microplan.ui.plan;

import app.microplan.domain.Decimals;
import app.microplan.domain.Target;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.LocaleNumbers;
import java.math.BigDecimal;

/** One take-profit as typed: a price and the share of the position closed there (blank shares what is left). */
public final class TargetInput {
    private static final BigDecimal HUNDRED = Decimals.HUNDRED;
    private final DecimalInput price;
    private final DecimalInput sharePercent;

    public TargetInput(LocaleNumbers numbers, int number) {
        price = new DecimalInput("Target " + number + " price", numbers, false, DecimalInput.positive());
        sharePercent = new DecimalInput("Target " + number + " share", numbers, false,
                v -> v.signum() > 0 && v.compareTo(HUNDRED) <= 0 ? null : "Must be above 0 % and at most 100 %");
    }

    public DecimalInput price() {
        return price;
    }

    public DecimalInput sharePercent() {
        return sharePercent;
    }

    void load(Target target, boolean onlyTarget) {
        price.setValue(target.price());
        boolean wholePosition = onlyTarget && target.fraction().compareTo(BigDecimal.ONE) == 0;
        sharePercent.setValue(wholePosition ? null : target.fraction().multiply(HUNDRED));
    }

    /** The share as a fraction, or null when left blank. */
    BigDecimal fraction() {
        return sharePercent.getValue() == null ? null : Decimals.fromPercent(sharePercent.getValue());
    }
}
