package app.microplan.domain;

import java.math.BigDecimal;

/**
 * The size may never exceed the largest size the caps allow, however it is given: chosen in the size field
 * or fixed by scale-in legs that each carry their own contracts (docs/design.md section 3, "never more than the
 * largest size the caps allow").
 */
public final class SizeRules {
    private SizeRules() {
    }

    public static RuleResult sizeWithinCaps(TradeSetup setup, SizingResult sizing) {
        if (!sizing.isComplete()) {
            return new RuleResult(Rule.SIZE_CAP, false, "Enter " + RuleBook.inWords(sizing.missing())
                    + " to size the position", ReasonWords.enterToSize(sizing.missing()));
        }
        BigDecimal size = sizing.contracts();
        BigDecimal largest = sizing.maxContracts();
        String caps = "risk allows " + Money.contracts(sizing.maxContractsByRisk()) + ", margin allows "
                + Money.contracts(sizing.maxContractsByMargin());
        if (size.compareTo(largest) <= 0) {
            return new RuleResult(Rule.SIZE_CAP, true, Money.contracts(size) + " contracts, at most the largest size "
                    + Money.contracts(largest) + " (" + caps + ")", Wording.of("reason.sizeCap.within",
                    Wording.plain(size), Wording.plain(largest), Wording.plain(sizing.maxContractsByRisk()),
                    Wording.plain(sizing.maxContractsByMargin())));
        }
        return new RuleResult(Rule.SIZE_CAP, false, Money.contracts(size) + source(setup, size)
                + " more than the largest size the caps allow, " + Money.contracts(largest) + " (" + caps
                + "): reduce the size by " + Money.contracts(size.subtract(largest)),
                setup.legsFixTheSize() && setup.entries().size() > 1 ? null : Wording.of("reason.sizeCap.above",
                        Wording.plain(size), Wording.plain(largest), Wording.plain(sizing.maxContractsByRisk()),
                        Wording.plain(sizing.maxContractsByMargin()), Wording.plain(size.subtract(largest))));
    }

    private static String source(TradeSetup setup, BigDecimal size) {
        if (setup.legsFixTheSize() && setup.entries().size() > 1) {
            return " contracts (the entry legs " + RuleBook.inWords(setup.entries().stream()
                    .map(leg -> Money.contracts(leg.contracts()) + " at " + Money.price(leg.price())).toList())
                    + ") are";
        }
        return size.compareTo(BigDecimal.ONE) == 0 ? " contract is" : " contracts are";
    }
}
