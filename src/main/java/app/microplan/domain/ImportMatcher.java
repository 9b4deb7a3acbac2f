package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Puts an exchange's executions and funding where they belong in the journal. Executions already there (the
 * same trade id, or the same time, price and quantity) are skipped; the rest are grouped into round trips; a
 * round trip goes into a ready plan only when the account, the instrument, the side, the time (after the plan
 * was ready) and the prices (within {@link #PLAUSIBLE_ENTRY_DISTANCE} of the planned entries) all fit — else it
 * becomes an unplanned trade. Executions that continue a trade already open in the journal go into it. Funding
 * goes to the trade of its symbol open at its time. Nothing is written here: the result is a proposal.
 */
public final class ImportMatcher {
    /**
     * How far an entry fill may lie from the planned entry prices and still be that plan's trade: 5 %. Wider than
     * any slippage a trader accepts, narrower than the gap between two different instruments' prices.
     */
    public static final BigDecimal PLAUSIBLE_ENTRY_DISTANCE = new BigDecimal("0.05");

    /** Where the executions come from and where they go. */
    public record Request(String account, BigDecimal accountEquity, ContractCatalog catalog, String source,
                          Instant now) {
        public Request {
            ContractSpec.requireText(account, "account");
            Objects.requireNonNull(accountEquity, "account equity");
            Objects.requireNonNull(catalog, "contract catalog");
            ContractSpec.requireText(source, "source");
            Objects.requireNonNull(now, "now");
        }
    }

    private final Request request;
    private final Map<String, TradePlan> original = new LinkedHashMap<>();
    private final Map<String, TradePlan> working = new LinkedHashMap<>();
    /** Per plan id: entries, exits and funding payments the import puts into it. */
    private final Map<String, int[]> imported = new LinkedHashMap<>();
    private final List<TradePlan> unplanned = new ArrayList<>();
    private final Set<String> taken = new HashSet<>();
    /** The ready plans, the only ones a new round trip can go into (unplanned trades added meanwhile never are). */
    private final List<String> readyIds = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** The notes' wordings by their English text (decision 15). */
    private final Map<String, Wording> noteWordings = new HashMap<>();
    /** The wordings of the refusals, by their English text. */
    private final Map<String, Wording> refusalWordings = new HashMap<>();
    /** Why round trips went unplanned though a plan of their instrument waited: one note a reason, with a count. */
    private final Map<String, Integer> refusedBy = new LinkedHashMap<>();
    private final List<ContractSpec> contracts;
    /** Each ready plan's name and planned entry range, worked out once: they are asked for every round trip. */
    private final Map<String, String> planTexts = new HashMap<>();
    /** Each ready plan's instrument, and the instrument of each symbol of the file, worked out once. */
    private final Map<String, InstrumentKey> planKeys = new HashMap<>();
    private final Map<String, InstrumentKey> symbolKeys = new HashMap<>();
    private final Map<String, String> letters = new HashMap<>();

    private ImportMatcher(Collection<TradePlan> journal, Request request) {
        this.request = request;
        this.contracts = request.catalog().all();
        for (TradePlan plan : journal) {
            original.put(plan.id(), plan);
            working.put(plan.id(), plan);
            if (plan.status() == PlanStatus.READY) {
                readyIds.add(plan.id());
            }
        }
    }

    public static ImportProposal propose(List<Execution> executions, List<SymbolFunding> funding,
                                         Collection<TradePlan> journal, Request request) {
        return new ImportMatcher(journal, request).run(executions, funding);
    }

    /**
     * When the plan was ready to be traded: executions before it are not its trade. The plan's creation time until
     * the plan keeps a history of its status changes; the one place to use the time it was marked ready then.
     */
    static Instant readySince(TradePlan plan) {
        return plan.createdAt();
    }

    private ImportProposal run(List<Execution> executions, List<SymbolFunding> funding) {
        Duplicates duplicates = new Duplicates(working.values());
        List<Execution> fresh = new ArrayList<>();
        for (Execution execution : executions) {
            if (!duplicates.isKnown(execution)) {
                fresh.add(execution);
            }
        }
        List<SymbolFunding> freshFunding = new ArrayList<>();
        for (SymbolFunding row : funding) {
            if (!duplicates.isKnown(row)) {
                freshFunding.add(row);
            }
        }
        Map<String, Execution> firstBySymbol = new HashMap<>();
        for (Execution execution : fresh) {
            firstBySymbol.merge(RoundTrips.key(execution.symbol()), execution,
                    (a, b) -> b.time().isBefore(a.time()) ? b : a);
        }
        List<RoundTrip> trips = new ArrayList<>(RoundTrips.group(fresh,
                symbol -> carried(symbol, firstBySymbol.get(RoundTrips.key(symbol)))));
        List<SymbolFunding> unattached = RoundTrips.attachFunding(trips, freshFunding);
        for (RoundTrip trip : trips) {
            place(trip);
        }
        for (SymbolFunding row : unattached) {
            placeFunding(row);
        }
        refusedBy.forEach((reason, count) -> {
            String note = count + (count == 1 ? " round trip " : " round trips ") + reason;
            notes.add(note);
            Wording wording = refusalWordings.get(reason);
            if (wording != null) {
                noteWordings.put(note, Wording.of("import.note.unplanned", count, wording));
            }
        });
        return new ImportProposal(executions.size(), funding.size(), executions.size() - fresh.size(),
                funding.size() - freshFunding.size(), trips, updates(), unplanned, notes, noteWordings);
    }

    // ---- Round trips ----------------------------------------------------------------------------------------

    private void place(RoundTrip trip) {
        if (trip.continuesPlanId() != null) {
            TradePlan plan = working.get(trip.continuesPlanId());
            try {
                record(plan, trip);
                return;
            } catch (IllegalArgumentException | IllegalStateException e) {
                notes.add(trip.describe() + " continues " + name(plan) + " but cannot go into it: " + e.getMessage()
                        + "; it is not imported");
                return;
            }
        }
        List<String> refusals = new ArrayList<>();
        TradePlan best = null;
        BigDecimal bestDistance = null;
        for (String id : readyIds) {
            TradePlan plan = working.get(id);
            Refusal refused = refusal(plan, trip);
            String refusal = refused == null ? null : refused.text();
            if (refusal == null) {
                BigDecimal distance = distance(plan, trip.averageEntry());
                if (best == null || distance.compareTo(bestDistance) < 0) {
                    best = plan;
                    bestDistance = distance;
                }
            } else if (!refusal.isEmpty()) {
                String text = "of " + trip.symbol() + " went unplanned: not for the "
                        + planTexts.computeIfAbsent(plan.id(), key -> name(plan)) + ", because " + refusal;
                refusals.add(text);
                refusalWordings.computeIfAbsent(text, key -> Wording.of("import.note.notFor", trip.symbol(),
                        nameWording(plan), refused.wording()));
            }
        }
        if (best != null) {
            taken.add(best.id());
            record(best, trip);
            return;
        }
        addUnplanned(trip, refusals);
    }

    /** Why a plan cannot take a round trip, in English and as a wording for the window. */
    private record Refusal(String text, Wording wording) {
    }

    private static final Refusal NOT_A_CANDIDATE = new Refusal("", null);

    /**
     * Why the plan cannot take the round trip; an empty text when it is not even a candidate (another account,
     * instrument); null when it can.
     */
    private Refusal refusal(TradePlan plan, RoundTrip trip) {
        if (plan.status() != PlanStatus.READY || taken.contains(plan.id())
                || !plan.account().accountName().equals(request.account()) || !sameInstrument(plan, trip.symbol())) {
            return NOT_A_CANDIDATE;
        }
        if (plan.setup().direction() != trip.direction()) {
            return new Refusal("the plan is " + plan.setup().direction().label().toLowerCase() + ", the trade "
                    + trip.direction().label().toLowerCase(), Wording.of("import.note.otherDirection",
                    Wording.of("import.note.direction." + plan.setup().direction().name()),
                    Wording.of("import.note.direction." + trip.direction().name())));
        }
        if (trip.openedAt().isBefore(readySince(plan))) {
            return new Refusal("the trade began before the plan was written", Wording.of("import.note.beforePlan"));
        }
        if (!plausiblePrices(plan.setup(), trip)) {
            return new Refusal(planTexts.computeIfAbsent("range:" + plan.id(), key -> "its entries are more than 5 %"
                    + " from the planned " + AdherenceCheck.plannedRange(plan.setup())),
                    Wording.of("import.note.farFromPlan", plannedRange(plan.setup())));
        }
        try {
            TripFills.of(trip, plan.setup());
            return null;
        } catch (IllegalArgumentException e) {
            return new Refusal("its quantities are not whole " + plan.setup().contract().symbol() + " contracts",
                    Wording.of("import.note.notWhole", plan.setup().contract().symbol()));
        }
    }

    /** {@link AdherenceCheck#plannedRange} as a wording. */
    private static Wording plannedRange(TradeSetup setup) {
        if (setup.entries().isEmpty()) {
            return Wording.of("import.note.noEntry");
        }
        BigDecimal lowest = setup.entries().stream().map(EntryLeg::price).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal highest = setup.entries().stream().map(EntryLeg::price).max(BigDecimal::compareTo).orElseThrow();
        return lowest.compareTo(highest) == 0 ? Wording.of("import.note.entryAt", Wording.price(lowest))
                : Wording.of("import.note.entriesFromTo", Wording.price(lowest), Wording.price(highest));
    }

    /** {@link InstrumentKey#trades}, with the keys of the few plans and symbols of an import worked out once. */
    private boolean sameInstrument(TradePlan plan, String symbol) {
        ContractSpec contract = plan.setup().contract();
        InstrumentKey planKey = planKeys.computeIfAbsent(plan.id(), id -> InstrumentKey.ofContract(contract));
        InstrumentKey tripKey = symbolKeys.computeIfAbsent(symbol, InstrumentKey::ofSymbol);
        return tripKey.matches(planKey) || letters.computeIfAbsent(symbol, InstrumentKey::letters)
                .equals(letters.computeIfAbsent(contract.symbol(), InstrumentKey::letters));
    }

    private static boolean plausiblePrices(TradeSetup setup, RoundTrip trip) {
        if (setup.entries().isEmpty()) {
            return false;
        }
        BigDecimal low = setup.entries().stream().map(EntryLeg::price).min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal high = setup.entries().stream().map(EntryLeg::price).max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal floor = low.subtract(low.multiply(PLAUSIBLE_ENTRY_DISTANCE));
        BigDecimal ceiling = high.add(high.multiply(PLAUSIBLE_ENTRY_DISTANCE));
        for (Execution entry : trip.entries()) {
            if (entry.price().compareTo(floor) < 0 || entry.price().compareTo(ceiling) > 0) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal distance(TradePlan plan, BigDecimal price) {
        return plan.setup().entries().stream().map(leg -> leg.price().subtract(price).abs())
                .min(Comparator.naturalOrder()).orElse(price);
    }

    private void record(TradePlan plan, RoundTrip trip) {
        TripFills fills = TripFills.of(trip, plan.setup());
        TradePlan recorded = TradeLifecycle.recordFills(plan, fills.entries(), fills.exits(), request.now());
        if (!trip.funding().isEmpty()) {
            List<FundingPayment> payments = new ArrayList<>(recorded.execution().fundingPayments());
            payments.addAll(trip.funding());
            recorded = recorded.withExecution(recorded.execution().withFundingPayments(payments));
        }
        note(recorded, fills.entries().size(), fills.exits().size(), trip.funding().size());
    }

    private void addUnplanned(RoundTrip trip, List<String> refusals) {
        AccountSnapshot account = new AccountSnapshot(request.account(), request.accountEquity(), BigDecimal.ZERO);
        try {
            TradePlan trade = UnplannedTrades.of(trip, contracts, account, request.source(), request.now());
            unplanned.add(trade);
            working.put(trade.id(), trade);
        } catch (IllegalArgumentException e) {
            notes.add(trip.describe() + " cannot be imported: " + e.getMessage());
            return;
        }
        for (String refusal : refusals) {
            refusedBy.merge(refusal, 1, Integer::sum);
        }
    }

    // ---- Positions already open ----------------------------------------------------------------------------

    /** The journal's open trade of this symbol and account, in the file's unit, that the file's executions go on. */
    private RoundTrips.CarriedPosition carried(String symbol, Execution first) {
        for (TradePlan plan : working.values()) {
            TradeExecution execution = plan.execution();
            if (plan.status() != PlanStatus.OPEN || execution == null
                    || !plan.account().accountName().equals(request.account())
                    || !InstrumentKey.trades(symbol, plan.setup().contract())
                    || first.time().isBefore(execution.lastFillAt())) {
                continue;
            }
            BigDecimal quantity = inFileUnit(execution.openContracts(), plan.setup().contract(), first);
            if (quantity != null) {
                return new RoundTrips.CarriedPosition(plan.setup().direction(), quantity, plan.id());
            }
        }
        return null;
    }

    private static BigDecimal inFileUnit(BigDecimal contracts, ContractSpec contract, Execution sample) {
        return switch (sample.unit()) {
            case COINS -> contracts.multiply(contract.contractSize());
            case CONTRACTS -> sample.contractValue() == null ? contracts
                    : Decimals.divide(contracts.multiply(contract.contractSize()), sample.contractValue())
                    .stripTrailingZeros();
            case USD -> null;
        };
    }

    // ---- Funding ------------------------------------------------------------------------------------------

    private void placeFunding(SymbolFunding row) {
        Instant time = row.payment().time();
        // The file's own round trips took the funding paid while they were open; what is left belongs to the journal's.
        for (String id : original.keySet()) {
            TradePlan plan = working.get(id);
            TradeExecution execution = plan.execution();
            if (execution == null || execution.entries().isEmpty()
                    || !plan.account().accountName().equals(request.account())
                    || !InstrumentKey.trades(row.symbol(), plan.setup().contract())) {
                continue;
            }
            Instant closed = plan.status() == PlanStatus.OPEN ? null : execution.closedAt();
            if (time.isBefore(execution.openedAt()) || (closed != null && time.isAfter(closed))) {
                continue;
            }
            List<FundingPayment> payments = new ArrayList<>(execution.fundingPayments());
            payments.add(row.payment());
            note(plan.withExecution(execution.withFundingPayments(payments)), 0, 0, 1);
            return;
        }
        String note = "Funding of " + row.symbol() + " at " + time + " (" + Decimals.plain(row.payment().amount())
                + ") fits no trade of account " + request.account() + ": it is not imported";
        notes.add(note);
        String iso = time.toString();
        noteWordings.put(note, Wording.of("import.note.fundingFitsNoTrade", row.symbol(),
                Wording.of("import.note.instant", iso.substring(0, 4), iso.substring(5, 7), iso.substring(8, 10),
                        iso.substring(11, iso.length() - 1)),
                Wording.plain(row.payment().amount()), request.account()));
    }

    // ---- The result ---------------------------------------------------------------------------------------

    private void note(TradePlan plan, int entries, int exits, int funding) {
        working.put(plan.id(), plan);
        int[] counts = imported.computeIfAbsent(plan.id(), id -> new int[3]);
        counts[0] += entries;
        counts[1] += exits;
        counts[2] += funding;
    }

    private List<ImportProposal.PlanUpdate> updates() {
        List<ImportProposal.PlanUpdate> updates = new ArrayList<>();
        imported.forEach((id, counts) -> {
            TradePlan before = original.get(id);
            String what = counted(counts[0], "entry", "entries") + ", " + counted(counts[1], "exit", "exits")
                    + ", " + counted(counts[2], "funding payment", "funding payments");
            TradePlan after = working.get(id);
            after = after.toBuilder().execution(after.execution().withChange(new ExecutionChange(request.now(),
                    "Imported from " + request.source() + ": " + what))).updatedAt(request.now()).build();
            String status = before.status() == after.status() ? "stays " + after.status().label().toLowerCase()
                    : "becomes " + after.status().label().toLowerCase();
            updates.add(new ImportProposal.PlanUpdate(before, after, name(before) + ": " + what + "; " + status));
        });
        return updates;
    }

    /** {@link #name} as a wording: its date split so German writes it "01.03.2026". */
    private static Wording nameWording(TradePlan plan) {
        String day = plan.createdAt().toString().substring(0, 10);
        return Wording.of("import.note.plan", Wording.of("import.note.direction." + plan.setup().direction().name()),
                plan.setup().contract().symbol(), Wording.of("import.note.date", day.substring(0, 4),
                        day.substring(5, 7), day.substring(8, 10)),
                Wording.of("import.note.status." + plan.status().name()));
    }

    /** "long BTC-MICRO-0.01 plan of 2026-03-01 (ready)" — how notes name a plan. */
    static String name(TradePlan plan) {
        return plan.setup().direction().label().toLowerCase() + " " + plan.setup().contract().symbol()
                + " plan of " + plan.createdAt().toString().substring(0, 10) + " ("
                + plan.status().label().toLowerCase() + ")";
    }

    private static String counted(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    // ---- Duplicates -----------------------------------------------------------------------------------------

    /** The executions and funding already in the journal, and those seen earlier in the file. */
    private static final class Duplicates {
        private final Map<Instant, List<Recorded>> fillsByTime = new HashMap<>();
        private final Map<String, List<Recorded>> fillsById = new HashMap<>();
        private final List<Recorded> funding = new ArrayList<>();
        private final Set<String> seenIds = new HashSet<>();
        private final Set<String> seenWithoutId = new HashSet<>();

        private record Recorded(ContractSpec contract, Fill fill, FundingPayment payment) {
        }

        Duplicates(Collection<TradePlan> plans) {
            for (TradePlan plan : plans) {
                TradeExecution execution = plan.execution();
                if (execution == null) {
                    continue;
                }
                ContractSpec contract = plan.setup().contract();
                List<Fill> fills = new ArrayList<>(execution.entries());
                fills.addAll(execution.exits());
                for (Fill fill : fills) {
                    Recorded recorded = new Recorded(contract, fill, null);
                    fillsByTime.computeIfAbsent(fill.time(), t -> new ArrayList<>()).add(recorded);
                    if (fill.tradeId() != null) {
                        fillsById.computeIfAbsent(fill.tradeId(), t -> new ArrayList<>()).add(recorded);
                    }
                }
                for (FundingPayment payment : execution.fundingPayments()) {
                    funding.add(new Recorded(contract, null, payment));
                }
            }
        }

        boolean isKnown(Execution execution) {
            String fileKey = execution.tradeId() != null ? "id:" + RoundTrips.key(execution.symbol()) + ":"
                    + execution.tradeId() : RoundTrips.key(execution.symbol()) + "|" + execution.time() + "|"
                    + execution.price().stripTrailingZeros() + "|" + execution.quantity().stripTrailingZeros();
            if (!(execution.tradeId() != null ? seenIds : seenWithoutId).add(fileKey)) {
                return true;
            }
            List<Recorded> candidates = new ArrayList<>(fillsByTime.getOrDefault(execution.time(), List.of()));
            if (execution.tradeId() != null) {
                candidates.addAll(fillsById.getOrDefault(execution.tradeId(), List.of()));
            }
            for (Recorded recorded : candidates) {
                if (InstrumentKey.trades(execution.symbol(), recorded.contract())
                        && recorded.fill().sameExecutionAs(execution.time(), execution.price(),
                        contractsOrNull(execution, recorded.contract()), execution.tradeId())) {
                    return true;
                }
            }
            return false;
        }

        boolean isKnown(SymbolFunding row) {
            String fileKey = row.payment().tradeId() != null ? "id:" + row.payment().tradeId()
                    : RoundTrips.key(row.symbol()) + "|" + row.payment().time() + "|"
                    + row.payment().amount().stripTrailingZeros();
            if (!seenIds.add("funding:" + fileKey)) {
                return true;
            }
            for (Recorded recorded : funding) {
                if (InstrumentKey.trades(row.symbol(), recorded.contract())
                        && recorded.payment().samePaymentAs(row.payment())) {
                    return true;
                }
            }
            return false;
        }

        private static BigDecimal contractsOrNull(Execution execution, ContractSpec contract) {
            try {
                return TripFills.contracts(execution, contract);
            } catch (IllegalArgumentException e) {
                return BigDecimal.valueOf(-1);
            }
        }
    }
}
