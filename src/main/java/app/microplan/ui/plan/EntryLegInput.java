package app.microplan.ui.plan;

import app.microplan.domain.EntryLeg;
import app.microplan.domain.OrderType;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.LocaleNumbers;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One entry order as typed: order type, price, and (for scaling in with fixed sizes) its contracts. */
public final class EntryLegInput {
    private final ObjectProperty<OrderType> orderType = new SimpleObjectProperty<>(this, "orderType", OrderType.LIMIT);
    private final DecimalInput price;
    private final DecimalInput contracts;

    public EntryLegInput(LocaleNumbers numbers, int number) {
        price = new DecimalInput("Entry " + number + " price", numbers, false, DecimalInput.positive());
        contracts = new DecimalInput("Entry " + number + " contracts", numbers, false, DecimalInput.positive());
    }

    public ObjectProperty<OrderType> orderTypeProperty() {
        return orderType;
    }

    public DecimalInput price() {
        return price;
    }

    public DecimalInput contracts() {
        return contracts;
    }

    void load(EntryLeg leg) {
        orderType.set(leg.orderType());
        price.setValue(leg.price());
        contracts.setValue(leg.contracts());
    }

    /** The leg, or null while it has no valid price. */
    EntryLeg toLeg() {
        return price.getValue() == null ? null : new EntryLeg(orderType.get(), price.getValue(), contracts.getValue());
    }
}
