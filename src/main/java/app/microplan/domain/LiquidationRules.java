package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The rules about liquidation and the margin table (docs/design.md section 3): the stop must be hit well before
 * liquidation — by the policy's buffer, after every leg of the scale-in path — and the leverage must be one the
 * exchange allows for a position of this notional.
 */
public final class LiquidationRules {
    private LiquidationRules() {
    }

    /**
     * Liquidation at least {@link RiskPolicy#liquidationBuffer()} times as far from the entry as the stop, checked
     * after each leg fills in the order the price reaches them; the first leg whose position fails is named.
     */
    public static RuleResult stopBeforeLiquidation(TradeSetup setup, RiskPolicy policy, SizingResult sizing) {
        Rule rule = Rule.STOP_BEFORE_LIQUIDATION;
        if (!sizing.isComplete()) {
            return new RuleResult(rule, false, "Enter " + RuleBook.inWords(sizing.missing()) + " to size the position",
                    ReasonWords.enterToSize(sizing.missing()));
        }
        List<LegLiquidation> path = sizing.exchange().liquidationPath();
        String label = sizing.exchange().convention().label();
        Wording convention = LiquidationText.convention(sizing.exchange().convention());
        if (path.isEmpty()) {
            return new RuleResult(rule, true, "No liquidation price to check (" + label + ")",
                    Wording.of("reason.liquidation.none", convention));
        }
        boolean scaleIn = path.size() > 1;
        Check tightest = null;
        for (LegLiquidation point : path) {
            Check check = new Check(setup, policy, point);
            if (!check.passes()) {
                return new RuleResult(rule, false, check.failure(scaleIn, label), check.failureWording(scaleIn, convention));
            }
            if (tightest == null || check.ratio().compareTo(tightest.ratio()) < 0) {
                tightest = check;
            }
        }
        return new RuleResult(rule, true, tightest.success(scaleIn, label), tightest.successWording(scaleIn, convention));
    }

    /** The leverage must not exceed what the exchange's margin tier allows for a position of this notional. */
    public static RuleResult leverageForSize(TradeSetup setup, SizingResult sizing) {
        Rule rule = Rule.LEVERAGE_FOR_SIZE;
        if (!sizing.isComplete()) {
            return new RuleResult(rule, false, "Enter " + RuleBook.inWords(sizing.missing()) + " to size the position",
                    ReasonWords.enterToSize(sizing.missing()));
        }
        if (setup.contract().usesDollarMargin()) {
            return new RuleResult(rule, true, "No leverage to choose: margin is set in dollars per contract",
                    Wording.of("reason.leverageForSize.dollarMargin"));
        }
        String currency = sizing.quoteCurrency();
        String notional = Money.format(sizing.notional(), currency);
        BigDecimal allowed = sizing.exchange().maxLeverageAllowed();
        BigDecimal leverage = setup.leverage();
        if (allowed == null) {
            BigDecimal largest = setup.contract().tiers().largestNotional();
            return new RuleResult(rule, false, "A position of " + notional + " is larger than the exchange's margin "
                    + "table allows (its last tier ends at " + Money.format(largest, currency) + "): use fewer contracts",
                    Wording.of("reason.leverageForSize.beyondTable", Wording.money(sizing.notional(), currency),
                            Wording.money(largest, currency)));
        }
        String tier = tierDescription(setup.contract(), sizing.notional(), currency);
        // The tier clause is "" when the notional falls in no tier: nothing to say in any language.
        Object tierWording = setup.contract().tiers().tierFor(sizing.notional()).map(MarginTier::notionalCeiling)
                .<Object>map(ceiling -> Wording.of("reason.leverageForSize.tier", Wording.money(ceiling, currency)))
                .orElse("");
        if (leverage.compareTo(allowed) <= 0) {
            return new RuleResult(rule, true, "Leverage " + Decimals.plain(leverage) + "× is within the "
                    + Decimals.plain(allowed) + "× the exchange allows for a position of " + notional + tier,
                    Wording.of("reason.leverageForSize.within", Wording.plain(leverage), Wording.plain(allowed),
                            Wording.money(sizing.notional(), currency), tierWording));
        }
        return new RuleResult(rule, false, "Leverage " + Decimals.plain(leverage) + "× is above the "
                + Decimals.plain(allowed) + "× the exchange allows for a position of " + notional + tier
                + ": use at most " + Decimals.plain(allowed) + "×",
                Wording.of("reason.leverageForSize.above", Wording.plain(leverage), Wording.plain(allowed),
                        Wording.money(sizing.notional(), currency), tierWording));
    }

    private static String tierDescription(ContractSpec contract, BigDecimal notional, String currency) {
        return contract.tiers().tierFor(notional).map(MarginTier::notionalCeiling)
                .map(ceiling -> " (the tier up to " + Money.format(ceiling, currency) + ")").orElse("");
    }

    /** One point of the path measured against the stop: both distances from the position's average entry. */
    private record Check(BigDecimal stop, BigDecimal buffer, LegLiquidation point, Direction direction) {
        Check(TradeSetup setup, RiskPolicy policy, LegLiquidation point) {
            this(setup.stop(), policy.liquidationBuffer(), point, setup.direction());
        }

        BigDecimal stopDistance() {
            return direction.favourableMove(stop, point.averageEntry());
        }

        BigDecimal liquidationDistance() {
            return direction.favourableMove(point.price(), point.averageEntry());
        }

        boolean stopComesFirst() {
            return direction.favourableMove(point.price(), stop).signum() > 0;
        }

        boolean passes() {
            return stopComesFirst()
                    && liquidationDistance().compareTo(buffer.multiply(stopDistance().max(BigDecimal.ZERO))) >= 0;
        }

        /** Liquidation distance ÷ stop distance, rounded down. */
        BigDecimal ratio() {
            return stopDistance().signum() <= 0 ? new BigDecimal("999")
                    : liquidationDistance().divide(stopDistance(), 2, RoundingMode.FLOOR);
        }

        String failure(boolean scaleIn, String label) {
            String where = scaleIn ? "After entry " + point.leg() + " fills (" + Money.contracts(point.contracts())
                    + " contracts, average " + price(point.averageEntry()) + "), liquidation" : "Liquidation";
            String verdict = stopComesFirst()
                    ? "liquidation must be at least " + Decimals.plain(buffer) + "× as far as the stop (it is "
                    + ratio().toPlainString() + "×)"
                    : "the position would be liquidated before the stop fills";
            return where + " ≈ " + price(point.price()) + " (" + label + ") is " + price(liquidationDistance())
                    + " from the " + (scaleIn ? "average entry" : "entry " + price(point.averageEntry()))
                    + " and the stop " + price(stop) + " is " + price(stopDistance()) + ": " + verdict
                    + "; lower the leverage or move the stop closer";
        }

        String success(boolean scaleIn, String label) {
            return "Stop " + price(stop) + " is hit before liquidation ≈ " + price(point.price()) + " (" + label
                    + "): " + price(liquidationDistance()) + " from the entry against the stop's "
                    + price(stopDistance()) + " (" + ratio().toPlainString() + "×, at least " + Decimals.plain(buffer)
                    + "× needed" + (scaleIn ? ", after every leg of the scale-in" : "") + ")";
        }

        /** {@link #failure} as a wording for the window's language (decision 15). */
        Wording failureWording(boolean scaleIn, Wording convention) {
            Wording where = scaleIn ? Wording.of("reason.liquidation.afterLeg", point.leg(),
                    Wording.plain(point.contracts()), figure(point.averageEntry()))
                    : Wording.of("reason.liquidation.liquidation");
            Wording from = scaleIn ? Wording.of("reason.liquidation.fromAverage")
                    : Wording.of("reason.liquidation.fromEntry", figure(point.averageEntry()));
            Wording verdict = stopComesFirst()
                    ? Wording.of("reason.liquidation.tooClose", Wording.plain(buffer), Wording.decimal(ratio()))
                    : Wording.of("reason.liquidation.beforeStop");
            return Wording.of("reason.liquidation.fails", where, figure(point.price()), convention,
                    figure(liquidationDistance()), from, figure(stop), figure(stopDistance()), verdict);
        }

        /** {@link #success} as a wording for the window's language (decision 15). */
        Wording successWording(boolean scaleIn, Wording convention) {
            return Wording.of(scaleIn ? "reason.liquidation.passesScaleIn" : "reason.liquidation.passes",
                    figure(stop), figure(point.price()), convention, figure(liquidationDistance()),
                    figure(stopDistance()), Wording.decimal(ratio()), Wording.plain(buffer));
        }

        private static Wording.Figure figure(BigDecimal value) {
            return Wording.price(value.setScale(8, RoundingMode.HALF_UP));
        }

        private static String price(BigDecimal value) {
            return Money.price(value.setScale(8, RoundingMode.HALF_UP));
        }
    }
}
