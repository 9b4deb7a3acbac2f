package app.microplan.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * What a sized position nets if it is closed at a given price: the price move on every entry leg, less the fees
 * of both sides and the funding the risk counts (docs/numbers.md, "Price ladder"). Counted exactly as the risk at
 * the stop is counted, so closing at the stop nets exactly minus that risk; and solved the other way round for
 * the breakeven and for the price that returns a wanted amount.
 *
 * <p>The exit pays the fee of its order: the stop's (taker, or the trader's own exit rate) when the price is on
 * the loss side of breakeven — a stop moved to breakeven is still a stop order — and a resting limit's (maker)
 * beyond it, as a take-profit does.
 */
public final class ExitValuation {
    /** Digits kept when a price is solved for: far finer than any tick, rounded away from the entry. */
    private static final int SOLVED_SCALE = 20;

    private final TradeSetup setup;
    private final SizingResult sizing;
    private final BigDecimal contracts;
    private final BigDecimal valueAtEntry;
    private final BigDecimal costsBeforeExit;
    private final boolean held;
    /** The coin arithmetic of an inverse contract; null for a linear one. */
    private final InverseTrade inverse;
    /** Solved once: every ladder row asks which side of it its price lies. */
    private Optional<BigDecimal> breakeven;

    private ExitValuation(TradeSetup setup, SizingResult sizing, boolean held, boolean fundingCounted) {
        this.setup = setup;
        this.held = held;
        this.sizing = sizing;
        List<EntryLeg> legs = sizing.allocatedEntries();
        this.contracts = legs.stream().map(EntryLeg::contracts).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.valueAtEntry = legs.stream().map(l -> l.price().multiply(l.contracts())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        ExchangeFigures exchange = sizing.exchange();
        this.costsBeforeExit = exchange.entryFees().add(exchange.fundingInRisk());
        this.inverse = setup.contract().isInverse()
                ? new InverseTrade(setup, legs, fundingCounted, sizing.quoteCurrency()) : null;
    }

    /**
     * The valuation of the sized position; a position sized at zero contracts (a cap allows none) is valued at one
     * quantity step a leg, so the breakeven and return targets are still there to read. Empty while the setup is
     * incomplete.
     */
    public static Optional<ExitValuation> of(TradeSetup setup, RiskPolicy policy, AccountSnapshot account,
                                             SizingResult sizing) {
        if (!sizing.isComplete()) {
            return Optional.empty();
        }
        if (sizing.contracts().signum() > 0) {
            return Optional.of(new ExitValuation(setup, sizing, true, policy.fundingInRisk()));
        }
        BigDecimal step = setup.contract().quantityStep();
        TradeSetup smallest = setup.toBuilder()
                .entries(setup.entries().stream().map(e -> e.withContracts(step)).toList()).contracts(null).build();
        return Optional.of(new ExitValuation(smallest, PositionSizer.size(smallest, policy, account), false,
                policy.fundingInRisk()));
    }

    /** False when the caps allow no contract and the figures are those of one quantity step a leg. */
    public boolean isHeld() {
        return held;
    }

    public SizingResult sizing() {
        return sizing;
    }

    public TradeSetup setup() {
        return setup;
    }

    public BigDecimal contracts() {
        return contracts;
    }

    /** Σ p_i q_i / Σ q_i, exact to the working scale; for an inverse contract the harmonic mean the exchange uses. */
    public BigDecimal averageEntry() {
        if (inverse != null) {
            return inverse.averageEntry().setScale(Decimals.WORKING_SCALE, RoundingMode.HALF_EVEN);
        }
        return Decimals.divide(valueAtEntry, contracts);
    }

    /** The fee rate of closing with an order of this type: the trader's own exit rate, else the schedule's. */
    public BigDecimal exitRate(OrderType order) {
        return setup.exitFeeRate() != null ? setup.exitFeeRate() : setup.contract().fees().rateFor(order);
    }

    /** Net P&L of closing the whole position at {@code price} with an order of this type, exact (not rounded). */
    public BigDecimal netAt(BigDecimal price, OrderType order) {
        if (inverse != null) {
            return inverse.net(price, exitRate(order));
        }
        BigDecimal size = setup.contract().contractSize();
        BigDecimal move = price.multiply(contracts).subtract(valueAtEntry).multiply(size).multiply(setup.direction().sign());
        return move.subtract(costsBeforeExit).subtract(exitFee(price, order));
    }

    /** Price move only, before any fee or funding: what the exchange's margin balance counts as unrealized. */
    public BigDecimal grossAt(BigDecimal price) {
        if (inverse != null) {
            return inverse.inAccount(inverse.grossCoin(price), price);
        }
        return price.multiply(contracts).subtract(valueAtEntry).multiply(setup.contract().contractSize())
                .multiply(setup.direction().sign());
    }

    private BigDecimal exitFee(BigDecimal price, OrderType order) {
        BigDecimal notional = price.multiply(contracts).multiply(setup.contract().contractSize());
        return exitRate(order).multiply(notional).add(setup.contract().feePerContract().multiply(contracts));
    }

    /**
     * The price at which closing nets {@code wanted} (0 for breakeven), solved exactly and rounded away from the
     * entry to {@value #SOLVED_SCALE} places, so closing there nets at least {@code wanted}. Empty when no positive
     * price does (a short whose costs exceed its whole entry value).
     */
    public Optional<BigDecimal> priceFor(BigDecimal wanted, OrderType order) {
        if (inverse != null) {
            return inverse.priceFor(wanted, exitRate(order));
        }
        BigDecimal size = setup.contract().contractSize();
        BigDecimal coins = contracts.multiply(size);
        BigDecimal fixedCosts = costsBeforeExit.add(setup.contract().feePerContract().multiply(contracts));
        BigDecimal rate = exitRate(order);
        MathContext exact = new MathContext(60);
        if (setup.direction() == Direction.LONG) {
            BigDecimal numerator = wanted.add(valueAtEntry.multiply(size)).add(fixedCosts);
            BigDecimal price = numerator.divide(coins.multiply(BigDecimal.ONE.subtract(rate)), exact);
            return Optional.of(price.setScale(SOLVED_SCALE, RoundingMode.CEILING));
        }
        BigDecimal numerator = valueAtEntry.multiply(size).subtract(fixedCosts).subtract(wanted);
        if (numerator.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal price = numerator.divide(coins.multiply(BigDecimal.ONE.add(rate)), exact);
        return Optional.of(price.setScale(SOLVED_SCALE, RoundingMode.FLOOR));
    }

    /** Breakeven: closing there with a stop order (a stop moved to breakeven) nets zero after every cost. */
    public Optional<BigDecimal> breakeven() {
        if (breakeven == null) {
            breakeven = priceFor(BigDecimal.ZERO, OrderType.STOP);
        }
        return breakeven;
    }

    /**
     * The order that closes at {@code price}: the stop's at or on the loss side of breakeven (of the average entry
     * when there is none), a resting limit beyond it.
     */
    public OrderType exitOrderAt(BigDecimal price) {
        BigDecimal pivot = breakeven().orElse(averageEntry());
        return setup.direction().favourableMove(pivot, price).signum() > 0 ? OrderType.LIMIT : OrderType.STOP;
    }

    /** A price for people: to the cent, away from the entry (a long's breakeven 70,070.035… reads 70,070.04). */
    public BigDecimal awayFromEntryToCents(BigDecimal price) {
        return price.setScale(2, setup.direction() == Direction.LONG ? RoundingMode.CEILING : RoundingMode.FLOOR);
    }

    /** A price an order can carry: on the contract's tick, away from the entry. */
    public BigDecimal awayFromEntryToTick(BigDecimal price) {
        BigDecimal tick = setup.contract().tickSize();
        return price.divide(tick, 0, setup.direction() == Direction.LONG ? RoundingMode.CEILING : RoundingMode.FLOOR)
                .multiply(tick);
    }

    /** The coin arithmetic of an inverse contract (P&amp;L in coin and in dollars); empty for a linear one. */
    public Optional<InverseTrade> inverse() {
        return Optional.ofNullable(inverse);
    }

    /** The margin the position holds: notional ÷ leverage, or the exchange's dollars per contract (CME). */
    public BigDecimal initialMargin() {
        return sizing.initialMargin();
    }
}
