package app.microplan.ui.fills;

import app.microplan.ui.common.Messages;
import app.microplan.domain.EntryFill;
import app.microplan.domain.ExitFill;
import app.microplan.domain.ExitReason;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.LocaleNumbers;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * One fill as typed: time, price, contracts, fee (blank is no fee, negative a maker rebate) and, for an exit,
 * why it was closed. Each field says in words what is wrong with it.
 */
public final class FillInput {
    private final TimeInput time;
    private final DecimalInput price;
    private final DecimalInput contracts;
    private final DecimalInput fee;
    private final ObjectProperty<ExitReason> reason = new SimpleObjectProperty<>(this, "reason", ExitReason.MANUAL);

    FillInput(LocaleNumbers numbers, ZoneId zone) {
        time = new TimeInput(zone);
        // Not "required" for the field itself: a fresh row would open in red. The form names what is missing.
        price = new DecimalInput(Messages.text("fills.field.price"), numbers, false, DecimalInput.positive());
        contracts = new DecimalInput(Messages.text("fills.field.contracts"), numbers, false, DecimalInput.positive());
        fee = new DecimalInput(Messages.text("fills.field.fee"), numbers, false, v -> null);
    }

    public TimeInput time() {
        return time;
    }

    public DecimalInput price() {
        return price;
    }

    public DecimalInput contracts() {
        return contracts;
    }

    public DecimalInput fee() {
        return fee;
    }

    /** Why an exit closed contracts; unused for an entry. */
    public ObjectProperty<ExitReason> reasonProperty() {
        return reason;
    }

    /*
     * Change listeners, not invalidation listeners (a list extractor's kind): a value nobody reads stays
     * invalid and would not tell of its next change.
     */
    void watch(ChangeListener<Object> listener) {
        observed().forEach(o -> o.addListener(listener));
    }

    void unwatch(ChangeListener<Object> listener) {
        observed().forEach(o -> o.removeListener(listener));
    }

    private List<ObservableValue<?>> observed() {
        return List.of(time.valueProperty(), time.errorProperty(), price.valueProperty(), price.errorProperty(),
                contracts.valueProperty(), contracts.errorProperty(), fee.valueProperty(), fee.errorProperty(), reason);
    }

    /** What is wrong with this row, field by field, named for the row: "Exit 2 price: “abc” is not a number". */
    List<String> errors(String row) {
        List<String> errors = new ArrayList<>();
        Optional.ofNullable(time.getError()).ifPresent(e -> errors.add(Messages.text("fills.rowTime", row, e)));
        for (DecimalInput input : List.of(price, contracts, fee)) {
            input.describeError().ifPresent(e -> errors.add(row + " " + e));
            if (input != fee && input.isBlank()) {
                errors.add(Messages.text("fills.rowMissing", row, input.label()));
            }
        }
        return errors;
    }

    boolean isValid() {
        return time.getValue() != null && price.getValue() != null && contracts.getValue() != null
                && time.getError() == null && !price.hasError() && !contracts.hasError() && !fee.hasError();
    }

    EntryFill toEntry() {
        return new EntryFill(time.getValue(), price.getValue(), contracts.getValue(), feeOrZero());
    }

    ExitFill toExit() {
        return new ExitFill(time.getValue(), price.getValue(), contracts.getValue(), feeOrZero(), reason.get());
    }

    private BigDecimal feeOrZero() {
        return fee.valueOr(BigDecimal.ZERO);
    }
}
