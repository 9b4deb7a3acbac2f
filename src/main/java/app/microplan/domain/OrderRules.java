package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the exchange checks on every order before accepting it: prices on the tick, and each order at least the
 * minimum quantity, in whole quantity steps, and worth at least the minimum notional.
 */
public final class OrderRules {
    private OrderRules() {
    }

    /** Every entry, the stop and every target on the contract's tick. */
    public static RuleResult priceOnTick(TradeSetup setup) {
        BigDecimal tick = setup.contract().tickSize();
        List<Named> prices = new ArrayList<>();
        for (int i = 0; i < setup.entries().size(); i++) {
            prices.add(new Named("Entry " + (i + 1) + " price", setup.entries().get(i).price()));
        }
        if (setup.stop() != null) {
            prices.add(new Named("Stop", setup.stop()));
        }
        for (int i = 0; i < setup.targets().size(); i++) {
            prices.add(new Named("Target " + (i + 1) + " price", setup.targets().get(i).price()));
        }
        for (Named named : prices) {
            Optional<String> problem = offTick(named.price(), tick);
            if (problem.isPresent()) {
                return new RuleResult(Rule.PRICE_ON_TICK, false, named.name() + ": " + problem.get());
            }
        }
        return new RuleResult(Rule.PRICE_ON_TICK, true, "Every price is on the " + Money.price(tick) + " tick");
    }

    /** Why {@code price} is no price the exchange accepts, naming the ticks either side; empty when it is on the tick. */
    public static Optional<String> offTick(BigDecimal price, BigDecimal tick) {
        if (Decimals.isMultipleOf(price, tick)) {
            return Optional.empty();
        }
        BigDecimal below = price.divide(tick, 0, RoundingMode.FLOOR).multiply(tick);
        BigDecimal above = below.add(tick);
        return Optional.of(Money.price(price) + " is not on the " + Money.price(tick) + " tick: the nearest prices are "
                + Money.price(below) + " and " + Money.price(above));
    }

    /** Each entry order (the legs as sized) at least the minimum quantity and notional, in whole steps. */
    public static RuleResult orderMinimum(TradeSetup setup, SizingResult sizing) {
        Rule rule = Rule.ORDER_MINIMUM;
        if (!sizing.isComplete()) {
            return new RuleResult(rule, false, "Enter " + RuleBook.inWords(sizing.missing()) + " to size the position");
        }
        ContractSpec contract = setup.contract();
        String currency = sizing.quoteCurrency();
        String minimum = "the exchange's minimum order of " + contracts(contract.minQuantity())
                + (contract.minNotional().signum() > 0 ? " and " + Money.format(contract.minNotional(), currency) : "");
        if (sizing.contracts().signum() == 0) {
            return new RuleResult(rule, true, "No order to check yet (0 contracts); " + minimum + " applies");
        }
        List<EntryLeg> legs = sizing.allocatedEntries();
        for (int i = 0; i < legs.size(); i++) {
            EntryLeg leg = legs.get(i);
            BigDecimal notional = leg.price().multiply(leg.contracts()).multiply(contract.contractSize());
            String order = (legs.size() > 1 ? "Entry " + (i + 1) + ": " : "The entry: ")
                    + contracts(leg.contracts()) + " (" + Money.format(notional, currency) + ")";
            if (!Decimals.isMultipleOf(leg.contracts(), contract.quantityStep())) {
                return new RuleResult(rule, false, order + " is not a multiple of the "
                        + Money.contracts(contract.quantityStep()) + "-contract step");
            }
            if (leg.contracts().compareTo(contract.minQuantity()) < 0 || notional.compareTo(contract.minNotional()) < 0) {
                return new RuleResult(rule, false, order + " is below " + minimum
                        + (legs.size() > 1 ? ": use fewer entries or a larger size" : ""));
            }
        }
        return new RuleResult(rule, true, (legs.size() > 1 ? "Every entry order is" : "The entry order is")
                + " at least " + minimum);
    }

    private static String contracts(BigDecimal count) {
        return Money.contracts(count) + (count.compareTo(BigDecimal.ONE) == 0 ? " contract" : " contracts");
    }

    private record Named(String name, BigDecimal price) {
    }
}
