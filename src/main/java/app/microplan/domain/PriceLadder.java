package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every price that matters for a sized position, highest first, each with what closing the whole position there
 * nets: the liquidation estimate, the stop, each entry leg, breakeven, each take-profit, ±1, ±2 and ±5 % from the
 * average entry and the trader's own levels (docs/numbers.md, "Price ladder"). Each row assumes every entry leg
 * has filled, as the risk at the stop does.
 */
public final class PriceLadder {
    /** Moves from the average entry shown on every ladder, in percent. */
    static final int[] OFFSETS_PERCENT = {1, 2, 5};
    /** A level further than this factor from the average entry (either way) is a typo, not a plan. */
    public static final BigDecimal FARTHEST_FACTOR = BigDecimal.TEN;
    /** The most levels of their own a trader may add. */
    public static final int MOST_EXTRA_LEVELS = 20;

    private final ExitValuation position;
    private final BigDecimal equity;
    private final BigDecimal liquidation;
    private final TreeMap<BigDecimal, Level> levels = new TreeMap<>(Comparator.reverseOrder());

    private record Level(BigDecimal shown, BigDecimal exact, String label, LadderLevel kind, List<Wording> words) {
    }

    private PriceLadder(ExitValuation position, BigDecimal equity) {
        this.position = position;
        this.equity = equity;
        this.liquidation = position.sizing().liquidationPrice();
    }

    /**
     * The ladder of a sized position. A position sized at zero contracts has none (nothing would be held).
     *
     * @throws IllegalArgumentException when an extra level is absurd ({@link #problemWith})
     */
    public static List<LadderRow> of(ExitValuation position, AccountSnapshot account, List<BigDecimal> extraLevels) {
        if (!position.isHeld()) {
            return List.of();
        }
        if (extraLevels.size() > MOST_EXTRA_LEVELS) {
            throw new IllegalArgumentException("at most " + MOST_EXTRA_LEVELS + " levels of your own, not "
                    + extraLevels.size());
        }
        PriceLadder ladder = new PriceLadder(position, account.equity());
        ladder.collect(extraLevels);
        return ladder.rows();
    }

    /** Why a level of the trader's own cannot be on the ladder, in words; empty when it can. */
    public static Optional<String> problemWith(BigDecimal level, BigDecimal averageEntry) {
        return problem(level, averageEntry).map(LevelProblem::english);
    }

    /** The same problem as {@link #problemWith} as a wording, for the window's language (decision 15). */
    public static Optional<Wording> problemWording(BigDecimal level, BigDecimal averageEntry) {
        return problem(level, averageEntry).map(LevelProblem::wording);
    }

    /** A level's problem in the command line's English and as a wording, made in one place so they agree. */
    private record LevelProblem(String english, Wording wording) {
    }

    private static Optional<LevelProblem> problem(BigDecimal level, BigDecimal averageEntry) {
        if (level.signum() <= 0) {
            return Optional.of(new LevelProblem(Money.price(level) + " is not a price: a ladder level must be above 0",
                    Wording.of("ladder.level.notAPrice", Wording.price(level))));
        }
        if (level.compareTo(averageEntry.multiply(FARTHEST_FACTOR)) > 0
                || level.multiply(FARTHEST_FACTOR).compareTo(averageEntry) < 0) {
            BigDecimal average = averageEntry.setScale(2, RoundingMode.HALF_UP);
            return Optional.of(new LevelProblem(Money.price(level) + " is more than ten times away from the average entry "
                    + Money.price(average), Wording.of("ladder.level.tooFar", Wording.price(level), Wording.price(average))));
        }
        return Optional.empty();
    }

    private void collect(List<BigDecimal> extraLevels) {
        TradeSetup setup = position.setup();
        // A long at low leverage has no liquidation above zero (the estimate reads 0): no row for it.
        if (liquidation != null && liquidation.signum() > 0) {
            add(liquidation, liquidation, "Liquidation (est.)", Wording.of("ladder.row.liquidation"), LadderLevel.LIQUIDATION);
        }
        add(setup.stop(), setup.stop(), "Stop", Wording.of("ladder.row.stop"), LadderLevel.STOP);
        List<EntryLeg> legs = setup.entries();
        for (int i = 0; i < legs.size(); i++) {
            add(legs.get(i).price(), legs.get(i).price(), legs.size() == 1 ? "Entry" : "Entry " + (i + 1),
                    legs.size() == 1 ? Wording.of("ladder.row.entry") : Wording.of("ladder.row.entryNumber", i + 1),
                    LadderLevel.ENTRY);
        }
        position.breakeven().ifPresent(exact ->
                add(position.awayFromEntryToCents(exact), exact, "Breakeven", Wording.of("ladder.row.breakeven"),
                        LadderLevel.BREAKEVEN));
        List<Target> targets = setup.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            BigDecimal percent = Decimals.percent(target.fraction());
            // "50 %" for a whole percentage, "33.33 %" otherwise: as the English label has always read.
            Wording.Figure share = Wording.decimal(percent.remainder(BigDecimal.ONE).signum() == 0
                    ? percent.setScale(0, RoundingMode.UNNECESSARY) : percent);
            add(target.price(), target.price(), (targets.size() == 1 ? "Target" : "Target " + (i + 1)) + " ("
                    + Money.percent(target.fraction()).replace(".00 %", " %") + ")",
                    targets.size() == 1 ? Wording.of("ladder.row.target", share)
                            : Wording.of("ladder.row.targetNumber", i + 1, share), LadderLevel.TARGET);
        }
        BigDecimal average = position.averageEntry();
        BigDecimal tick = setup.contract().tickSize();
        for (int percent : OFFSETS_PERCENT) {
            for (int sign : new int[] {1, -1}) {
                BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf((long) sign * percent).movePointLeft(2));
                BigDecimal price = average.multiply(factor).divide(tick, 0, RoundingMode.HALF_UP).multiply(tick);
                if (price.signum() <= 0) {
                    continue; // a price below one tick rounds to nothing: not a price
                }
                add(price, price, "Avg entry " + (sign > 0 ? "+" : "−") + percent + " %",
                        Wording.of(sign > 0 ? "ladder.row.aboveAverage" : "ladder.row.belowAverage", percent),
                        LadderLevel.OFFSET);
            }
        }
        for (BigDecimal level : extraLevels) {
            problemWith(level, average).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            add(level, level, "Your level", Wording.of("ladder.row.yourLevel"), LadderLevel.EXTRA);
        }
    }

    /** One row a price: labels of levels at the same price are joined, the most important kind decides the row. */
    private void add(BigDecimal shown, BigDecimal exact, String label, Wording word, LadderLevel kind) {
        if (exact == null || exact.signum() <= 0) {
            // No trade fills at zero or below (a breakeven pushed there by huge fees, say); an inverse contract's
            // P&L is not even defined there.
            return;
        }
        BigDecimal key = shown.stripTrailingZeros();
        Level there = levels.get(key);
        if (there == null) {
            levels.put(key, new Level(shown, exact, label, kind, List.of(word)));
        } else if (!there.words().contains(word)) {
            boolean first = kind.ordinal() < there.kind().ordinal();
            levels.put(key, first ? new Level(shown, exact, label + " · " + there.label(), kind, joined(word, there.words()))
                    : new Level(there.shown(), there.exact(), there.label() + " · " + label, there.kind(),
                    joined(there.words(), word)));
        }
    }

    private static List<Wording> joined(Wording first, List<Wording> rest) {
        List<Wording> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static List<Wording> joined(List<Wording> first, Wording last) {
        List<Wording> all = new ArrayList<>(first);
        all.add(last);
        return all;
    }

    private List<LadderRow> rows() {
        List<LadderRow> rows = new ArrayList<>();
        for (Level level : levels.values()) {
            rows.add(row(level));
        }
        return rows;
    }

    private LadderRow row(Level level) {
        BigDecimal price = level.exact();
        Direction side = position.setup().direction();
        boolean liquidated = liquidation != null && liquidation.signum() > 0
                && side.favourableMove(liquidation, price).signum() < 0;
        OrderType exit = liquidated ? OrderType.STOP : position.exitOrderAt(price);
        BigDecimal exactNet = position.netAt(liquidated ? liquidation : price, exit);
        BigDecimal net = AccountCurrency.down(exactNet, position.sizing().quoteCurrency());
        BigDecimal risk = position.sizing().riskAmount();
        BigDecimal r = risk.signum() > 0 ? net.divide(risk, 2, RoundingMode.FLOOR) : null;
        BigDecimal distance = liquidation == null || price.signum() == 0 ? null
                : Decimals.divide(side.favourableMove(liquidation, price), price);
        return new LadderRow(level.shown(), level.label(), level.kind(), net, r, equity.add(net),
                liquidated ? null : marginRatio(price), distance, liquidated, exit, level.words());
    }

    /** Maintenance ÷ (margin held + unrealized P&L), maintenance measured where the contract's exchange does. */
    private BigDecimal marginRatio(BigDecimal price) {
        if (position.inverse().isPresent()) {
            return position.inverse().get().marginRatio(price, position.setup().leverage()).orElse(null);
        }
        BigDecimal balance = position.initialMargin().add(position.grossAt(price));
        if (balance.signum() <= 0) {
            return null;
        }
        return Decimals.divide(maintenanceAt(price), balance);
    }

    private BigDecimal maintenanceAt(BigDecimal price) {
        ContractSpec contract = position.setup().contract();
        BigDecimal contracts = position.contracts();
        if (contract.usesDollarMargin()) {
            return contract.maintenanceMarginPerContract().multiply(contracts);
        }
        BigDecimal coins = contracts.multiply(contract.contractSize());
        BigDecimal notionalAtEntry = coins.multiply(position.averageEntry());
        BigDecimal notionalHere = coins.multiply(price);
        MarginTiers tiers = contract.tiers();
        MarginTier strictest = tiers.tiers().get(tiers.tiers().size() - 1);
        MarginTier atEntry = tiers.tierFor(notionalAtEntry).orElse(strictest);
        return switch (contract.liquidationConvention()) {
            case BYBIT -> atEntry.maintenanceMargin(notionalAtEntry);
            case OKX -> notionalHere.multiply(atEntry.maintenanceRate().add(contract.takerFeeRate()))
                    .subtract(atEntry.maintenanceAmount()).max(BigDecimal.ZERO);
            default -> tiers.tierFor(notionalHere).orElse(strictest).maintenanceMargin(notionalHere);
        };
    }
}
