package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One entry order of a plan. Scaling in means several legs.
 *
 * @param contracts the leg's size, or {@code null} when the sizer is to choose it (the largest size the caps allow)
 */
public record EntryLeg(OrderType orderType, BigDecimal price, BigDecimal contracts) {

    public EntryLeg {
        Objects.requireNonNull(orderType, "order type");
        ContractSpec.requirePositive(price, "entry price");
        if (contracts != null && contracts.signum() < 0) {
            throw new IllegalArgumentException("entry contracts must not be negative, was " + contracts.toPlainString());
        }
    }

    public static EntryLeg limit(String price) {
        return new EntryLeg(OrderType.LIMIT, new BigDecimal(price), null);
    }

    public static EntryLeg limit(String price, String contracts) {
        return new EntryLeg(OrderType.LIMIT, new BigDecimal(price), new BigDecimal(contracts));
    }

    public boolean isSized() {
        return contracts != null;
    }

    public EntryLeg withContracts(BigDecimal newContracts) {
        return new EntryLeg(orderType, price, newContracts);
    }
}
