package app.microplan.samples;

import app.microplan.domain.Account;
import app.microplan.domain.AccountBook;
import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ChecklistAdherence;
import app.microplan.domain.ChecklistItem;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.ContractSpec;
import app.microplan.domain.Decimals;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryFill;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.ExitFill;
import app.microplan.domain.ExitReason;
import app.microplan.domain.PlanLifecycle;
import app.microplan.domain.PositionSizer;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.SizingResult;
import app.microplan.domain.Target;
import app.microplan.domain.TradeLifecycle;
import app.microplan.domain.TradeOutcome;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeReview;
import app.microplan.domain.TradeSetup;
import app.microplan.domain.WrittenPlan;
import app.microplan.store.Settings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Makes a journal of plausible trades from a seed: the sample journal and the benchmark's 10,000 plans.
 * Every plan goes through the real life cycle (sized by the sizer against the account as it is when the plan is
 * written — the margin and risk of the trades still open, today's losses, any cool-down — marked ready by the
 * rule book, opened, closed, reviewed), so the files look like the app wrote them and keep every account rule.
 * Trades happen one every 37 hours at 20× (a trade may still be open when the next is planned: the sizer then
 * fits the next one in the margin left, at up to 25×); the last four plans are two open trades, one ready plan
 * and one cancelled plan, and the six closed trades before them are not reviewed yet.
 */
public final class SampleJournal {
    static final List<String> SETUPS = List.of("breakout", "pullback", "range-fade", "news");
    static final List<String> SESSIONS = List.of("london", "new-york", "asia");
    static final BigDecimal START_EQUITY = new BigDecimal("5000");
    private static final String LEVERAGE = "20";
    private static final BigDecimal TAKER_FEE = new BigDecimal("0.0005");
    /**
     * The design's rules without expected funding in the risk at the stop: the sample was sized so before the
     * default counted it, and its plan files say so ({@code "fundingInRisk": false}).
     */
    private static final RiskPolicy POLICY = RiskPolicy.defaults().withFundingInRisk(false);
    private static final BigDecimal FUNDING_RATE = new BigDecimal("0.0001");
    private static final List<String> MISTAKES = List.of("", "Moved the stop closer too early", "Entered before the candle closed",
            "Took profit before the target", "Hesitated on the second entry", "Checked the chart every minute");
    private static final List<String> LESSONS = List.of("Let the plan work", "Wait for the close",
            "Size is decided before the entry, not during it", "News days need wider stops or no trade",
            "The range held; trust the levels");

    private final Random random;
    private final Instant start;
    private final String idPrefix;
    /** Trades closed but not yet counted in the equity, earliest close first. */
    private final PriorityQueue<Closed> pending = new PriorityQueue<>(Comparator.comparing(Closed::time));
    private BigDecimal equity = START_EQUITY;
    /** The plans made so far, each as it was at every step, so the account can be seen as it was at any time. */
    private final List<Stages> made = new ArrayList<>();
    private long btc = 64_000;
    private long eth = 3_200;

    public SampleJournal(long seed, Instant start, String idPrefix) {
        this.random = new Random(seed);
        this.start = start;
        this.idPrefix = idPrefix;
    }

    public List<TradePlan> plans(int count) {
        List<TradePlan> plans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            plans.add(SamplePlaybooks.shape(i, plan(i, count)));
        }
        return plans;
    }

    private TradePlan plan(int i, int count) {
        Instant created = start.plus(Duration.ofHours(37L * i));
        TradePlan draft = draft(i, created);
        int fromEnd = count - i;
        if (fromEnd == 1) {
            // Three trades already hold the account's margin: the last idea is never marked ready, and dropped.
            TradePlan cancelled = TradeLifecycle.cancel(draft, created.plus(Duration.ofHours(2)));
            made.add(new Stages(draft, null, null, created.plus(Duration.ofHours(2)), cancelled));
            return cancelled;
        }
        TradePlan ready = PlanLifecycle.markReady(draft, Clock.fixed(created, ZoneOffset.UTC));
        if (fromEnd == 2) {
            made.add(new Stages(ready, null, null, null, null));
            return ready;
        }
        Instant opened = created.plus(Duration.ofHours(1));
        List<EntryFill> entries = entries(i, ready.setup(), opened);
        TradePlan open = TradeLifecycle.open(ready, entries, opened);
        if (fromEnd <= 4) {
            made.add(new Stages(ready, opened, open, null, null));
            return open;
        }
        Instant closed = opened.plus(Duration.ofMinutes(120 + random.nextInt(58 * 60)));
        TradePlan done = TradeLifecycle.close(open, exits(i, ready.setup(), open, closed), funding(open, opened, closed),
                closed);
        pending.add(new Closed(closed, TradeOutcome.of(done).orElseThrow().realizedPnl()));
        made.add(new Stages(ready, opened, open, closed, done));
        return fromEnd <= 10 ? done : TradeLifecycle.review(done, review(done), closed.plus(Duration.ofHours(3)));
    }

    /** One plan as it was: READY when written, OPEN from its first fill, closed (or cancelled) at the end. */
    private record Stages(TradePlan ready, Instant opened, TradePlan open, Instant ended, TradePlan done) {
        TradePlan at(Instant time) {
            if (ended != null && !time.isBefore(ended)) {
                return done;
            }
            return opened != null && !time.isBefore(opened) ? open : ready;
        }
    }

    /**
     * The account as the trader sees it when writing a plan at {@code time}: the equity the generator keeps, and
     * from the plans of the last few days (no trade lasts longer) what is open, lost today, or cooling down.
     */
    private AccountSnapshot liveAccount(String planId, Instant time) {
        List<TradePlan> recent = made.subList(Math.max(0, made.size() - 8), made.size()).stream()
                .map(stages -> stages.at(time)).toList();
        Account main = new Account("Main", equityBefore(time));
        return AccountBook.of(main, recent, Clock.fixed(time, ZoneOffset.UTC)).snapshotFor(planId);
    }

    private TradePlan draft(int i, Instant created) {
        ContractSpec contract = contract();
        Direction side = random.nextInt(100) < 55 ? Direction.LONG : Direction.SHORT;
        long price = nextPrice(contract);
        long tick = contract.underlying().equals("BTC") ? 10 : 1;
        long distance = roundTo(price * (60 + random.nextInt(91)) / 10_000, tick);
        long sign = side == Direction.LONG ? 1 : -1;
        TradeSetup.Builder setup = TradeSetup.builder().feesOff().contract(contract).direction(side).leverage(LEVERAGE)
                .entry(EntryLeg.limit(Long.toString(price))).stop(Long.toString(price - sign * distance))
                .entryFeeRate(TAKER_FEE).exitFeeRate(TAKER_FEE).fundingRate(FUNDING_RATE).holdingHours(BigDecimal.valueOf(24));
        if (random.nextInt(100) < 30) {
            setup.entry(EntryLeg.limit(Long.toString(price - sign * roundTo(distance / 3, tick))));
        }
        if (random.nextInt(100) < 35) {
            setup.target(Target.of(Long.toString(price + sign * roundTo(distance * 3 / 2, tick)), "0.5"))
                    .target(Target.of(Long.toString(price + sign * 3 * distance), "0.5"));
        } else {
            setup.target(Target.of(Long.toString(price + sign * 2 * distance), "1"));
        }
        String id = String.format("%s-%02d", idPrefix, i + 1);
        AccountSnapshot account = liveAccount(id, created);
        TradeSetup sized = fixSize(fitLeverage(setup.build(), account), account);
        String name = SETUPS.get(random.nextInt(SETUPS.size()));
        return TradePlan.builder().id(id).createdAt(created).updatedAt(created).policy(POLICY)
                .setup(sized).account(account).tags(tags(name)).written(written(name, contract, side))
                .checklist(Settings.DEFAULT_CHECKLIST.stream().map(t -> new ChecklistItem(t, true)).toList()).build();
    }

    private ContractSpec contract() {
        int pick = random.nextInt(10);
        return pick < 6 ? ContractPresets.BTC_MICRO_001 : pick < 9 ? ContractPresets.ETH_MICRO_001
                : ContractPresets.BTC_MICRO_0001;
    }

    private long nextPrice(ContractSpec contract) {
        if (contract.underlying().equals("BTC")) {
            btc = Math.max(55_000, Math.min(75_000, btc + random.nextInt(3001) - 1500));
            return roundTo(btc, 10);
        }
        eth = Math.max(2_600, Math.min(3_800, eth + random.nextInt(161) - 80));
        return eth;
    }

    /**
     * 20×, or when the margin other open trades hold leaves less room than the risk allows, the lowest leverage up
     * to 25× at which it fits (beyond that the position is sized down to the margin left). The stops lie 0.6–1.5 %
     * from the entry, well inside the liquidation distance of 25× (3.5 % at a 0.5 % maintenance rate).
     */
    private static TradeSetup fitLeverage(TradeSetup setup, AccountSnapshot account) {
        for (String leverage : List.of(LEVERAGE, "22", "25")) {
            TradeSetup candidate = setup.toBuilder().leverage(leverage).build();
            SizingResult sizing = PositionSizer.size(candidate, POLICY, account);
            if (sizing.maxContractsByMargin().compareTo(sizing.maxContractsByRisk()) >= 0) {
                return candidate;
            }
        }
        return setup.toBuilder().leverage("25").build();
    }

    /** The largest size every cap allows, written into the legs: the plan file then says what was planned. */
    private static TradeSetup fixSize(TradeSetup setup, AccountSnapshot account) {
        SizingResult sizing = PositionSizer.size(setup, POLICY, account);
        return sizing.contracts().signum() == 0 ? setup
                : setup.toBuilder().entries(sizing.allocatedEntries()).contracts(null).build();
    }

    /**
     * The starting equity plus the P&L of every trade closed before {@code time}. Over thousands of trades
     * the trader withdraws what grows above twice the start and tops the account up when it falls below
     * half, so sizes stay those of a micro-futures account (the 40-trade sample never reaches either).
     */
    private BigDecimal equityBefore(Instant time) {
        while (!pending.isEmpty() && pending.peek().time().isBefore(time)) {
            equity = equity.add(pending.poll().pnl());
        }
        BigDecimal most = START_EQUITY.multiply(BigDecimal.valueOf(2));
        BigDecimal least = START_EQUITY.divide(BigDecimal.valueOf(2));
        equity = equity.compareTo(most) > 0 ? most : equity.compareTo(least) < 0 ? START_EQUITY : equity;
        // Rounded down to the cent, as an account whose equity follows the journal is (AccountBook).
        return equity.setScale(2, RoundingMode.FLOOR);
    }

    private record Closed(Instant time, BigDecimal pnl) {
    }

    private List<String> tags(String setupName) {
        List<String> tags = new ArrayList<>(List.of(setupName, SESSIONS.get(random.nextInt(SESSIONS.size()))));
        int trend = random.nextInt(4);
        if (trend == 0) {
            tags.add("trend");
        } else if (trend == 1) {
            tags.add("counter-trend");
        }
        return tags;
    }

    private static WrittenPlan written(String setupName, ContractSpec contract, Direction side) {
        String what = side.label().toLowerCase() + " " + contract.underlying();
        return new WrittenPlan("A " + setupName + " " + what + ": the level held twice on the 4h chart",
                "Limit order at the level after a 15m close on the right side of it",
                "Stop beyond the level; take profit at the targets, move nothing",
                "1 % risk, margin under 10 %, no add-ons", "");
    }

    /** The planned legs, each filled a few ticks worse; one trade too big and one entered outside the plan. */
    private List<EntryFill> entries(int i, TradeSetup setup, Instant opened) {
        List<EntryFill> fills = new ArrayList<>();
        BigDecimal sign = setup.direction().sign();
        BigDecimal tick = setup.contract().tickSize();
        for (int leg = 0; leg < setup.entries().size(); leg++) {
            EntryLeg planned = setup.entries().get(leg);
            BigDecimal slip = tick.multiply(BigDecimal.valueOf(random.nextInt(4)));
            if (i == 12 && leg == 0) {
                slip = planned.price().multiply(new BigDecimal("0.003")).setScale(0, RoundingMode.HALF_UP);
            }
            BigDecimal price = planned.price().add(sign.multiply(slip));
            BigDecimal contracts = planned.contracts().add(i == 6 && leg == 0 ? BigDecimal.ONE : BigDecimal.ZERO);
            fills.add(new EntryFill(opened.plus(Duration.ofMinutes(7L * leg)), price, contracts,
                    fee(setup, price, contracts)));
        }
        return fills;
    }

    /** Stopped out (40 %), at the targets (35 %) or by hand (25 %); one stop overrun far past the stop. */
    private List<ExitFill> exits(int i, TradeSetup setup, TradePlan open, Instant closed) {
        BigDecimal contracts = open.execution().enteredContracts();
        BigDecimal sign = setup.direction().sign();
        int fate = random.nextInt(100);
        if (fate < 40 || i == 18) {
            BigDecimal slip = i == 18 ? setup.stop().multiply(new BigDecimal("0.003")).setScale(0, RoundingMode.HALF_UP)
                    : setup.contract().tickSize().multiply(BigDecimal.valueOf(random.nextInt(20)));
            return List.of(exit(setup, setup.stop().subtract(sign.multiply(slip)), contracts, closed, ExitReason.STOP));
        }
        if (fate < 75) {
            return targetExits(setup, contracts, closed);
        }
        BigDecimal average = open.execution().averageEntry();
        BigDecimal risk = average.subtract(setup.stop()).abs();
        BigDecimal share = BigDecimal.valueOf(random.nextInt(261) - 80).movePointLeft(2);
        BigDecimal price = average.add(sign.multiply(risk).multiply(share))
                .divide(setup.contract().tickSize(), 0, RoundingMode.HALF_UP).multiply(setup.contract().tickSize());
        return List.of(exit(setup, price, contracts, closed, ExitReason.MANUAL));
    }

    private List<ExitFill> targetExits(TradeSetup setup, BigDecimal contracts, Instant closed) {
        BigDecimal sign = setup.direction().sign();
        List<ExitFill> exits = new ArrayList<>();
        BigDecimal left = contracts;
        for (int t = 0; t < setup.targets().size(); t++) {
            Target target = setup.targets().get(t);
            boolean last = t == setup.targets().size() - 1;
            BigDecimal part = last ? left : contracts.multiply(target.fraction()).setScale(0, RoundingMode.FLOOR);
            if (part.signum() == 0) {
                continue;
            }
            BigDecimal slip = setup.contract().tickSize().multiply(BigDecimal.valueOf(random.nextInt(3)));
            Instant time = last ? closed : closed.minus(Duration.ofMinutes(45));
            exits.add(exit(setup, target.price().subtract(sign.multiply(slip)), part, time, ExitReason.TARGET));
            left = left.subtract(part);
        }
        return exits;
    }

    private static ExitFill exit(TradeSetup setup, BigDecimal price, BigDecimal contracts, Instant time,
                                 ExitReason reason) {
        return new ExitFill(time, price, contracts, fee(setup, price, contracts), reason);
    }

    private static BigDecimal fee(TradeSetup setup, BigDecimal price, BigDecimal contracts) {
        return Decimals.cents(price.multiply(contracts).multiply(setup.contract().contractSize()).multiply(TAKER_FEE));
    }

    /** Entry notional × rate for each 8-hour payment held; longs pay, shorts receive. */
    private static BigDecimal funding(TradePlan open, Instant opened, Instant closed) {
        long payments = Duration.between(opened, closed).toHours() / 8;
        BigDecimal notional = open.execution().entryValue().multiply(open.setup().contract().contractSize());
        return Decimals.cents(notional.multiply(FUNDING_RATE).multiply(BigDecimal.valueOf(payments)))
                .multiply(open.setup().direction().sign());
    }

    private TradeReview review(TradePlan closed) {
        TradeOutcome outcome = TradeOutcome.of(closed).orElseThrow();
        List<ChecklistAdherence> answers = closed.checklist().stream()
                .map(item -> new ChecklistAdherence(item.text(), honestAnswer(item.text(), outcome))).toList();
        int rating = outcome.adherence().allHold() ? 3 + random.nextInt(3) : 1 + random.nextInt(2);
        List<String> emotions = new ArrayList<>();
        emotions.add(TradeReview.COMMON_EMOTIONS.get(random.nextInt(TradeReview.COMMON_EMOTIONS.size())));
        if (random.nextBoolean()) {
            emotions.add(TradeReview.COMMON_EMOTIONS.get(random.nextInt(TradeReview.COMMON_EMOTIONS.size())));
        }
        String mistakes = outcome.adherence().allHold() ? MISTAKES.get(random.nextInt(MISTAKES.size()))
                : String.join("; ", outcome.adherence().breaches());
        return new TradeReview(outcome.isWin() ? "Entry and exit as written" : "Entry as written; the level failed",
                mistakes, LESSONS.get(random.nextInt(LESSONS.size())), rating, emotions, answers);
    }

    /** Mostly "followed"; never for the size or the stop when the app saw otherwise. */
    private boolean honestAnswer(String item, TradeOutcome outcome) {
        boolean followed = random.nextInt(100) >= 8;
        if (item.startsWith("Size")) {
            return followed && outcome.adherence().sizeWithinPlan();
        }
        return item.startsWith("Stop") ? followed && outcome.adherence().stopRespected() : followed;
    }

    private static long roundTo(long value, long step) {
        return Math.max(step, Math.round((double) value / step) * step);
    }
}
