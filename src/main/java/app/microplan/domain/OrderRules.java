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
            prices.add(new Named("Entry " + (i + 1) + " price", Wording.of("reason.tick.entryPrice", i + 1),
                    setup.entries().get(i).price()));
        }
        if (setup.stop() != null) {
            prices.add(new Named("Stop", Wording.of("reason.tick.stop"), setup.stop()));
        }
        for (int i = 0; i < setup.targets().size(); i++) {
            prices.add(new Named("Target " + (i + 1) + " price", Wording.of("reason.tick.targetPrice", i + 1),
                    setup.targets().get(i).price()));
        }
        for (Named named : prices) {
            Optional<String> problem = offTick(named.price(), tick);
            if (problem.isPresent()) {
                return new RuleResult(Rule.PRICE_ON_TICK, false, named.name() + ": " + problem.get(),
                        Wording.of("reason.tick.named", named.wording(), offTickWording(named.price(), tick)));
            }
        }
        return new RuleResult(Rule.PRICE_ON_TICK, true, "Every price is on the " + Money.price(tick) + " tick",
                Wording.of("reason.tick.allOn", Wording.price(tick)));
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

    /** {@link #offTick}'s sentence as a wording for the window's language (decision 15): the same prices. */
    public static Wording offTickWording(BigDecimal price, BigDecimal tick) {
        BigDecimal below = price.divide(tick, 0, RoundingMode.FLOOR).multiply(tick);
        return Wording.of("reason.tick.off", Wording.price(price), Wording.price(tick), Wording.price(below),
                Wording.price(below.add(tick)));
    }

    /** Each entry order (the legs as sized) at least the minimum quantity and notional, in whole steps. */
    public static RuleResult orderMinimum(TradeSetup setup, SizingResult sizing) {
        Rule rule = Rule.ORDER_MINIMUM;
        if (!sizing.isComplete()) {
            return new RuleResult(rule, false, "Enter " + RuleBook.inWords(sizing.missing()) + " to size the position",
                    ReasonWords.enterToSize(sizing.missing()));
        }
        ContractSpec contract = setup.contract();
        String currency = sizing.quoteCurrency();
        String minimum = "the exchange's minimum order of " + contracts(contract.minQuantity())
                + (contract.minNotional().signum() > 0 ? " and " + Money.format(contract.minNotional(), currency) : "");
        Wording minimumWording = contract.minNotional().signum() > 0
                ? Wording.of("reason.order.minimumAndNotional", contractsWording(contract.minQuantity()),
                Wording.money(contract.minNotional(), currency))
                : Wording.of("reason.order.minimum", contractsWording(contract.minQuantity()));
        if (sizing.contracts().signum() == 0) {
            return new RuleResult(rule, true, "No order to check yet (0 contracts); " + minimum + " applies",
                    Wording.of("reason.order.nothingYet", minimumWording));
        }
        List<EntryLeg> legs = sizing.allocatedEntries();
        for (int i = 0; i < legs.size(); i++) {
            EntryLeg leg = legs.get(i);
            BigDecimal notional = leg.price().multiply(leg.contracts()).multiply(contract.contractSize());
            String order = (legs.size() > 1 ? "Entry " + (i + 1) + ": " : "The entry: ")
                    + contracts(leg.contracts()) + " (" + Money.format(notional, currency) + ")";
            Wording orderWording = legs.size() > 1
                    ? Wording.of("reason.order.leg", i + 1, contractsWording(leg.contracts()),
                    Wording.money(notional, currency))
                    : Wording.of("reason.order.entry", contractsWording(leg.contracts()), Wording.money(notional, currency));
            if (!Decimals.isMultipleOf(leg.contracts(), contract.quantityStep())) {
                return new RuleResult(rule, false, order + " is not a multiple of the "
                        + Money.contracts(contract.quantityStep()) + "-contract step",
                        Wording.of("reason.order.step", orderWording, Wording.plain(contract.quantityStep())));
            }
            if (leg.contracts().compareTo(contract.minQuantity()) < 0 || notional.compareTo(contract.minNotional()) < 0) {
                return new RuleResult(rule, false, order + " is below " + minimum
                        + (legs.size() > 1 ? ": use fewer entries or a larger size" : ""),
                        Wording.of(legs.size() > 1 ? "reason.order.belowLegs" : "reason.order.below", orderWording,
                                minimumWording));
            }
        }
        return new RuleResult(rule, true, (legs.size() > 1 ? "Every entry order is" : "The entry order is")
                + " at least " + minimum, Wording.of(legs.size() > 1 ? "reason.order.everyOk" : "reason.order.ok",
                minimumWording));
    }

    private static String contracts(BigDecimal count) {
        return Money.contracts(count) + (count.compareTo(BigDecimal.ONE) == 0 ? " contract" : " contracts");
    }

    private static Wording contractsWording(BigDecimal count) {
        return Wording.of(count.compareTo(BigDecimal.ONE) == 0 ? "reason.order.oneContract" : "reason.order.contracts",
                Wording.plain(count));
    }

    private record Named(String name, Wording wording, BigDecimal price) {
    }
}
