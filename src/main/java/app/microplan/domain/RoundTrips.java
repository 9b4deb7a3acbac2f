package app.microplan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups executions into round trips, per symbol in time order: a position opens from flat, grows with
 * executions on its side (scaling in), shrinks with the others (partial exits) and ends at flat. An execution
 * larger than what is open flips the position: its first part closes the old round trip, the rest opens a new
 * one the other way, the fee split in proportion.
 */
public final class RoundTrips {
    private RoundTrips() {
    }

    /** A position already open in the journal when the file begins: the file's executions continue it. */
    public record CarriedPosition(Direction direction, BigDecimal quantity, String planId) {
    }

    public static List<RoundTrip> group(List<Execution> executions) {
        return group(executions, symbol -> null);
    }

    /**
     * @param carried for a symbol, the position the journal already holds in it (in the file's unit), or null
     */
    public static List<RoundTrip> group(List<Execution> executions, Function<String, CarriedPosition> carried) {
        Map<String, List<Execution>> bySymbol = new LinkedHashMap<>();
        for (Execution execution : executions) {
            bySymbol.computeIfAbsent(key(execution.symbol()), k -> new ArrayList<>()).add(execution);
        }
        List<RoundTrip> trips = new ArrayList<>();
        bySymbol.forEach((symbol, list) -> {
            List<Execution> inOrder = new ArrayList<>(list);
            inOrder.sort(Comparator.comparing(Execution::time)); // stable: the file's order breaks ties
            trips.addAll(new Position(list.get(0).symbol(), carried.apply(list.get(0).symbol())).walk(inOrder));
        });
        trips.sort(Comparator.comparing(RoundTrip::openedAt));
        return trips;
    }

    /** Funding payments put with the round trip of their symbol that was open at their time; the rest returned. */
    public static List<SymbolFunding> attachFunding(List<RoundTrip> trips, List<SymbolFunding> funding) {
        List<SymbolFunding> unattached = new ArrayList<>();
        Map<RoundTrip, List<FundingPayment>> attached = new LinkedHashMap<>();
        for (SymbolFunding row : funding) {
            RoundTrip holder = trips.stream()
                    .filter(t -> key(t.symbol()).equals(key(row.symbol())) && t.heldAt(row.payment().time()))
                    .findFirst().orElse(null);
            if (holder == null) {
                unattached.add(row);
            } else {
                attached.computeIfAbsent(holder, t -> new ArrayList<>(t.funding())).add(row.payment());
            }
        }
        trips.replaceAll(t -> attached.containsKey(t) ? t.withFunding(attached.get(t)) : t);
        return unattached;
    }

    static String key(String symbol) {
        return symbol.strip().toUpperCase(Locale.ROOT);
    }

    /** The walk over one symbol's executions. */
    private static final class Position {
        private final String symbol;
        private final List<RoundTrip> done = new ArrayList<>();
        private Direction direction;
        private BigDecimal open = BigDecimal.ZERO;
        private List<Execution> entries = new ArrayList<>();
        private List<Execution> exits = new ArrayList<>();
        private String continuesPlanId;
        private BigDecimal carriedIn = BigDecimal.ZERO;

        Position(String symbol, CarriedPosition carried) {
            this.symbol = symbol;
            if (carried != null && carried.quantity().signum() > 0) {
                direction = carried.direction();
                open = carried.quantity();
                continuesPlanId = carried.planId();
                carriedIn = carried.quantity();
            }
        }

        List<RoundTrip> walk(List<Execution> executions) {
            for (Execution execution : executions) {
                take(execution);
            }
            if (open.signum() > 0 && !(entries.isEmpty() && exits.isEmpty())) {
                done.add(trip(false));
            }
            return done;
        }

        private void take(Execution execution) {
            if (open.signum() == 0) {
                direction = execution.side().opens();
            }
            if (execution.side() == TradeSide.opening(direction)) {
                entries.add(execution);
                open = open.add(execution.quantity());
                return;
            }
            int against = execution.quantity().compareTo(open);
            if (against <= 0) {
                exits.add(execution);
                open = open.subtract(execution.quantity());
                if (open.signum() == 0) {
                    done.add(trip(true));
                    reset();
                }
                return;
            }
            // A flip: close what is open, open the rest the other way.
            BigDecimal closing = open;
            BigDecimal closingFee = Decimals.divide(execution.fee().multiply(closing), execution.quantity());
            exits.add(execution.part(closing, closingFee));
            done.add(trip(true));
            reset();
            take(execution.part(execution.quantity().subtract(closing), execution.fee().subtract(closingFee)));
        }

        private RoundTrip trip(boolean closed) {
            return new RoundTrip(symbol, direction, entries, exits, List.of(), closed, continuesPlanId, carriedIn);
        }

        private void reset() {
            entries = new ArrayList<>();
            exits = new ArrayList<>();
            open = BigDecimal.ZERO;
            continuesPlanId = null;
            carriedIn = BigDecimal.ZERO;
        }
    }
}
