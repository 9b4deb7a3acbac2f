package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A round trip no plan took, as a trade of its own in the journal: its contract (one of the trader's when the
 * quantities fit it, else one made from the symbol), its side, its fills — and no stop, so no risk and no R.
 * It counts in the statistics as unplanned: what trading without a plan came to.
 */
final class UnplannedTrades {
    /** Coins to the satoshi: the step of a contract made for an unknown symbol. */
    private static final BigDecimal SATOSHI = new BigDecimal("0.00000001");

    private UnplannedTrades() {
    }

    /** @param contracts the catalog's contracts ({@link ContractCatalog#all()}, worked out once per import) */
    static TradePlan of(RoundTrip trip, List<ContractSpec> contracts, AccountSnapshot account, String source,
                        Instant now) {
        ContractSpec contract = contractFor(trip, contracts);
        TradeSetup probe = TradeSetup.builder().contract(contract).direction(trip.direction()).build();
        TripFills fills = TripFills.of(trip, probe);
        TradeExecution execution = TradeExecution.NONE.plus(fills.entries(), fills.exits())
                .withFundingPayments(trip.funding()).asUnplanned()
                .withChange(new ExecutionChange(now, "Imported without a plan from " + source + ": "
                        + trip.describe()));
        BigDecimal entered = execution.enteredContracts();
        TradeSetup setup = probe.toBuilder()
                .entries(List.of(new EntryLeg(OrderType.MARKET, execution.averageEntry(), entered)))
                .leverage(BigDecimal.ONE).build();
        Instant opened = execution.openedAt();
        return TradePlan.builder().id(UUID.randomUUID().toString()).createdAt(opened).updatedAt(now)
                .status(trip.closed() ? PlanStatus.CLOSED : PlanStatus.OPEN).setup(setup)
                .account(account).written(new WrittenPlan("", "", "", "",
                        "Imported from " + source + ". No plan matched this trade."))
                .execution(execution).build();
    }

    /** The trader's contract of that symbol when every quantity fits it, else one made for the symbol. */
    static ContractSpec contractFor(RoundTrip trip, List<ContractSpec> contracts) {
        ContractSpec fallback = null;
        for (ContractSpec contract : contracts) {
            if (!InstrumentKey.trades(trip.symbol(), contract) || !fits(trip, contract)) {
                continue;
            }
            if (InstrumentKey.sameLetters(contract.symbol(), trip.symbol())) {
                return contract;
            }
            fallback = fallback == null ? contract : fallback;
        }
        return fallback != null ? fallback : madeFor(trip);
    }

    private static boolean fits(RoundTrip trip, ContractSpec contract) {
        try {
            TripFills.of(trip, TradeSetup.builder().contract(contract).direction(trip.direction()).build());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ContractSpec madeFor(RoundTrip trip) {
        InstrumentKey key = InstrumentKey.ofSymbol(trip.symbol());
        Execution first = trip.executions().get(0);
        BigDecimal size = first.unit() == QuantityUnit.CONTRACTS && first.contractValue() != null
                ? first.contractValue() : BigDecimal.ONE;
        BigDecimal step = first.unit() == QuantityUnit.CONTRACTS ? BigDecimal.ONE : SATOSHI;
        String symbol = trip.symbol().strip().toUpperCase(Locale.ROOT);
        return new ContractSpec(symbol, symbol + " (imported)", key.base(), size, SATOSHI, step, step,
                key.quote(), new BigDecimal("100"), new BigDecimal("0.005"), BigDecimal.ZERO, BigDecimal.ZERO,
                key.futuresRoot() == null ? 8 : 0);
    }
}
