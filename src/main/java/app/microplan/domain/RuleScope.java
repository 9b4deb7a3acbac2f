package app.microplan.domain;

/**
 * Which rules a contract can be held to. A CME future has no leverage to choose, no liquidation price and no
 * funding, so the rules about them are not shown at all rather than passed with nothing to say; a contract
 * whose convention makes no liquidation estimate has no liquidation rule either.
 */
public final class RuleScope {
    private RuleScope() {
    }

    public static boolean applies(Rule rule, ContractSpec contract) {
        return switch (rule) {
            case LEVERAGE_LIMIT, HIGH_LEVERAGE, LEVERAGE_FOR_SIZE -> !contract.usesDollarMargin();
            case STOP_BEFORE_LIQUIDATION -> contract.hasLiquidationPrice();
            case FUNDING_COST -> contract.hasFunding();
            default -> true;
        };
    }
}
