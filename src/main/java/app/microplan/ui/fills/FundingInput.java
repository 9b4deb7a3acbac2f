package app.microplan.ui.fills;

import app.microplan.ui.common.Messages;
import app.microplan.domain.FundingPayment;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.LocaleNumbers;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One funding payment as typed: when (optional, for a total over the trade), how much, paid or received. */
public final class FundingInput {
    private final TimeInput time;
    private final DecimalInput amount;
    private final BooleanProperty received = new SimpleBooleanProperty(this, "received");

    FundingInput(LocaleNumbers numbers, ZoneId zone) {
        time = new TimeInput(zone);
        amount = new DecimalInput(Messages.text("fills.fundingAmountField"), numbers, false, DecimalInput.positive());
    }

    public TimeInput time() {
        return time;
    }

    public DecimalInput amount() {
        return amount;
    }

    /** True when the position received the funding (a short while the rate was positive). */
    public BooleanProperty receivedProperty() {
        return received;
    }

    /** What is wrong, in words; empty when the payment can be recorded. */
    List<String> errors() {
        List<String> errors = new ArrayList<>();
        if (!time.textProperty().get().isBlank()) {
            Optional.ofNullable(time.getError()).ifPresent(e -> errors.add(Messages.text("fills.fundingTimeError", e)));
        }
        amount.describeError().ifPresent(errors::add);
        if (amount.isBlank()) {
            errors.add(Messages.text("fills.fundingAmountMissing"));
        }
        return errors;
    }

    /** The payment; a blank time makes it a total over the whole trade. */
    FundingPayment toPayment(String tradeId) {
        BigDecimal value = amount.getValue();
        return new FundingPayment(time.textProperty().get().isBlank() ? null : time.getValue(),
                received.get() ? value.negate() : value, tradeId);
    }
}
