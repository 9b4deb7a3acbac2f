package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A round trip's executions as a contract's entry and exit fills. Coins become contracts by the contract size;
 * an exchange's contracts by their coin value (or one for one when the contract is the same future). Inverse
 * executions, counted in US dollars of face value, become coins at the entry prices: the exits close the coins
 * the entries bought, so the linear P&L is the inverse trade's coin P&L valued at the exit price.
 * Every quantity must come out as whole quantity steps of the contract, or the fills do not fit it.
 */
final class TripFills {
    /** Coins are counted to the satoshi: eight decimals. */
    private static final int COIN_SCALE = 8;

    private final List<EntryFill> entries = new ArrayList<>();
    private final List<ExitFill> exits = new ArrayList<>();

    private TripFills() {
    }

    List<EntryFill> entries() {
        return entries;
    }

    List<ExitFill> exits() {
        return exits;
    }

    /** The fills, or an {@link IllegalArgumentException} saying which quantity does not fit the contract. */
    static TripFills of(RoundTrip trip, TradeSetup setup) {
        TripFills fills = new TripFills();
        if (trip.unit() == QuantityUnit.USD) {
            fills.addInverse(trip, setup);
            return fills;
        }
        for (Execution entry : trip.entries()) {
            fills.entries.add(new EntryFill(entry.time(), entry.price(), contracts(entry, setup.contract()),
                    entry.fee(), entry.tradeId()));
        }
        for (Execution exit : trip.exits()) {
            fills.exits.add(exit(exit, contracts(exit, setup.contract()), setup));
        }
        return fills;
    }

    /** The execution's quantity in contracts of {@code contract}, when it comes out as whole quantity steps. */
    static BigDecimal contracts(Execution execution, ContractSpec contract) {
        BigDecimal contracts;
        if (execution.unit() == QuantityUnit.CONTRACTS && execution.contractValue() == null) {
            if (!InstrumentKey.trades(execution.symbol(), contract)) {
                throw new IllegalArgumentException(execution.symbol() + " contracts are not " + contract.symbol()
                        + " contracts");
            }
            contracts = execution.quantity();
        } else if (execution.unit() == QuantityUnit.USD) {
            throw new IllegalArgumentException(execution.symbol() + " is counted in US dollars of face value");
        } else {
            contracts = Decimals.divide(execution.coins(), contract.contractSize()).stripTrailingZeros();
        }
        return requireSteps(contracts, execution, contract);
    }

    private void addInverse(RoundTrip trip, TradeSetup setup) {
        BigDecimal face = BigDecimal.ZERO;
        BigDecimal coins = BigDecimal.ZERO;
        for (Execution entry : trip.entries()) {
            BigDecimal entryCoins = entry.quantity().divide(entry.price(), COIN_SCALE, RoundingMode.HALF_EVEN);
            entries.add(new EntryFill(entry.time(), entry.price(), inContracts(entryCoins, entry, setup.contract()),
                    entry.fee(), entry.tradeId()));
            face = face.add(entry.quantity());
            coins = coins.add(entryCoins);
        }
        if (face.signum() == 0) {
            throw new IllegalArgumentException(trip.symbol() + " exits of a position opened before the file began"
                    + " cannot be valued: their coins are not known");
        }
        BigDecimal left = coins;
        List<Execution> exitList = trip.exits();
        for (int i = 0; i < exitList.size(); i++) {
            Execution exit = exitList.get(i);
            boolean last = i == exitList.size() - 1 && trip.closed();
            BigDecimal exitCoins = last ? left
                    : exit.quantity().multiply(coins).divide(face, COIN_SCALE, RoundingMode.HALF_EVEN);
            left = left.subtract(exitCoins);
            exits.add(exit(exit, inContracts(exitCoins, exit, setup.contract()), setup));
        }
    }

    private static BigDecimal inContracts(BigDecimal coins, Execution execution, ContractSpec contract) {
        return requireSteps(Decimals.divide(coins, contract.contractSize()).stripTrailingZeros(), execution, contract);
    }

    private static BigDecimal requireSteps(BigDecimal contracts, Execution execution, ContractSpec contract) {
        if (contracts.signum() <= 0 || !Decimals.isMultipleOf(contracts, contract.quantityStep())) {
            throw new IllegalArgumentException(Decimals.plain(execution.quantity()) + " "
                    + unitName(execution) + " of " + execution.symbol() + " at " + execution.time()
                    + " is not a whole number of " + contract.symbol() + " contracts ("
                    + Decimals.plain(contract.contractSize()) + " " + contract.underlying() + " each, in steps of "
                    + Decimals.plain(contract.quantityStep()) + ")");
        }
        return contracts;
    }

    private static String unitName(Execution execution) {
        return switch (execution.unit()) {
            case COINS -> InstrumentKey.ofSymbol(execution.symbol()).base();
            case CONTRACTS -> "contracts";
            case USD -> "USD";
        };
    }

    private static ExitFill exit(Execution exit, BigDecimal contracts, TradeSetup setup) {
        return new ExitFill(exit.time(), exit.price(), contracts, exit.fee(),
                ExecutionMatcher.likelyReason(setup, exit.price()), exit.tradeId());
    }
}
