package app.microplan.store;

import app.microplan.domain.AccountLimits;
import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ChecklistItem;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.ContractSpec;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.OrderType;
import app.microplan.domain.PlanEvent;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.Rule;
import app.microplan.domain.RuleOverride;
import app.microplan.domain.Target;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import app.microplan.domain.WrittenPlan;
import java.math.BigDecimal;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Plans with every field filled at random, built through {@code TradePlan.builder()}: a field added to the plan
 * later is one more {@code .field(...)} line in {@link #plans()}.
 */
final class PlanArbitraries {
    private PlanArbitraries() {
    }

    static Arbitrary<TradePlan> plans() {
        Arbitrary<TradePlan.Builder> identity = Combinators.combine(ids(), instants(), instants(),
                Arbitraries.of(PlanStatus.class)).as((id, created, updated, status) ->
                TradePlan.builder().id(id).createdAt(created).updatedAt(updated).status(status));
        Arbitrary<TradePlan.Builder> planned = Combinators.combine(identity, setups(), policies(), accounts(),
                        written(), checklistItems().list().ofMaxSize(6), text().list().ofMaxSize(4))
                .as((plan, setup, policy, account, written, checklist, tags) -> plan.setup(setup).policy(policy)
                        .account(account).written(written).checklist(checklist).tags(tags));
        return Combinators.combine(planned, events().list().ofMaxSize(4), overrides().list().ofMaxSize(3))
                .as((plan, history, overrides) -> plan.history(history).overrides(overrides).build());
    }

    private static Arbitrary<PlanEvent> events() {
        return Combinators.combine(instants(), Arbitraries.of(PlanStatus.class), Arbitraries.of(PlanStatus.class),
                anyText(120)).as(PlanEvent::new);
    }

    private static Arbitrary<RuleOverride> overrides() {
        return Combinators.combine(Arbitraries.of(Rule.OPEN_RISK, Rule.DAILY_LOSS, Rule.COOL_DOWN), text(), instants())
                .as(RuleOverride::new);
    }

    static Arbitrary<TradeSetup> setups() {
        Arbitrary<TradeSetup.Builder> trade = Combinators.combine(contracts(), Arbitraries.of(Direction.class),
                entries().list().ofMinSize(0).ofMaxSize(3), positive().injectNull(0.2),
                targets().list().ofMaxSize(3), positive()).as((contract, direction, entries, stop, targets, leverage) ->
                TradeSetup.builder().contract(contract).direction(direction).entries(entries).stop(stop)
                        .targets(targets).leverage(leverage));
        // A fee rate left empty (null) means the contract's fee schedule: both kinds must survive a save.
        return Combinators.combine(trade, nonNegative().injectNull(0.5), fraction().injectNull(0.3),
                        fraction().injectNull(0.3), signed(), nonNegative())
                .as((setup, contracts, entryFee, exitFee, funding, hours) -> setup.contracts(contracts)
                        .entryFeeRate(entryFee).exitFeeRate(exitFee).fundingRate(funding).holdingHours(hours).build());
    }

    private static Arbitrary<ContractSpec> contracts() {
        Arbitrary<ContractSpec> custom = Combinators.combine(text(), positive(), positive(), positive(), positive(),
                fraction(), fraction(), Arbitraries.integers().between(0, 24))
                .as((symbol, size, tick, step, leverage, mmr, fee, hours) -> new ContractSpec(symbol, symbol + " custom",
                        "BTC", size, tick, step, step, "USDT", leverage, mmr, fee, fee, hours));
        return Arbitraries.oneOf(Arbitraries.of(ContractPresets.ALL), custom);
    }

    private static Arbitrary<EntryLeg> entries() {
        return Combinators.combine(Arbitraries.of(OrderType.class), positive(), nonNegative().injectNull(0.5))
                .as(EntryLeg::new);
    }

    private static Arbitrary<Target> targets() {
        return Combinators.combine(positive(), Arbitraries.oneOf(fraction().filter(f -> f.signum() > 0),
                Arbitraries.just(BigDecimal.ONE))).as(Target::new);
    }

    private static Arbitrary<RiskPolicy> policies() {
        return Combinators.combine(decimals(1, 200, 4), decimals(1, 1000, 4), positive(), positive(), positive(),
                Arbitraries.of(true, false), liquidationBuffers().injectNull(0.3),
                Arbitraries.of(true, false).injectNull(0.3)).as(RiskPolicy::new);
    }

    /** A liquidation buffer the policy accepts: 1 (no buffer) or more, with its scale: 1, 1.5, 2.000, 12.3456. */
    private static Arbitrary<BigDecimal> liquidationBuffers() {
        return Arbitraries.integers().between(0, 4).flatMap(scale -> {
            long one = BigDecimal.ONE.scaleByPowerOfTen(scale).longValueExact();
            return Arbitraries.longs().between(one, 100 * one).map(unscaled -> BigDecimal.valueOf(unscaled, scale));
        });
    }

    private static Arbitrary<AccountSnapshot> accounts() {
        Arbitrary<AccountLimits> limits = Combinators.combine(decimals(1, 300, 4), decimals(1, 300, 4),
                Arbitraries.integers().between(1, 2), Arbitraries.integers().between(60, 10_080)).as(AccountLimits::new);
        return Combinators.combine(text(), nonNegative(), nonNegative(), nonNegative(), nonNegative(),
                instants().injectNull(0.5), limits).as(AccountSnapshot::new);
    }

    private static Arbitrary<WrittenPlan> written() {
        Arbitrary<String> any = anyText(200);
        return Combinators.combine(any, any, any, any, any).as(WrittenPlan::new);
    }

    private static Arbitrary<ChecklistItem> checklistItems() {
        return Combinators.combine(text(), Arbitraries.of(true, false)).as(ChecklistItem::new);
    }

    static Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-_").ofMinLength(1).ofMaxLength(36)
                .map(s -> "p" + s);
    }

    /** Non-blank text with quotes, backslashes, line breaks, letters beyond ASCII and emoji, as traders write. */
    private static Arbitrary<String> text() {
        return Combinators.combine(anyText(40), Arbitraries.of("", "📈", "€"))
                .as((s, tail) -> s + tail).filter(s -> !s.isBlank());
    }

    /** Any characters a keyboard or a paste can give (no unpaired UTF-16 surrogates, which no file can hold). */
    private static Arbitrary<String> anyText(int maxLength) {
        return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFD')
                .ofMaxLength(maxLength);
    }

    private static Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(0, 4_102_444_800L),
                Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
    }

    /** Any positive number a plan might hold, with its scale: 70000, 70000.00, 0.00000001, and 1E+3. */
    private static Arbitrary<BigDecimal> positive() {
        return decimals(1, 999_999_999_999L, -3, 12);
    }

    private static Arbitrary<BigDecimal> nonNegative() {
        return decimals(0, 999_999_999_999L, -3, 12);
    }

    private static Arbitrary<BigDecimal> signed() {
        return decimals(-1_000_000L, 1_000_000L, 0, 8);
    }

    /** From 0 up to, not including, 1, with up to eight decimals. */
    private static Arbitrary<BigDecimal> fraction() {
        return Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.longs().between(0, 99_999_999L))
                .as((scale, digits) -> BigDecimal.valueOf(digits % (long) Math.pow(10, scale), scale));
    }

    private static Arbitrary<BigDecimal> decimals(long minUnscaled, long maxUnscaled, int scale) {
        return decimals(minUnscaled, maxUnscaled, scale, scale);
    }

    private static Arbitrary<BigDecimal> decimals(long minUnscaled, long maxUnscaled, int minScale, int maxScale) {
        return Combinators.combine(Arbitraries.longs().between(minUnscaled, maxUnscaled),
                Arbitraries.integers().between(minScale, maxScale)).as(BigDecimal::valueOf);
    }
}
