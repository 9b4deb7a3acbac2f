package app.microplan.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A journal judged as the window would judge it on opening: every DRAFT and READY plan re-checked against its
 * account ({@link AccountRecheck}), and any plan assessed against its account as it is now. `check --journal`
 * reports it; nothing is written.
 */
public final class JournalCheck {
    private final Map<String, TradePlan> original = new LinkedHashMap<>();
    private final Map<String, TradePlan> checked = new LinkedHashMap<>();
    private final Function<String, Account> accounts;
    private final Clock clock;

    /**
     * One plan's verdict.
     *
     * @param original   the plan as its file has it
     * @param checked    after the re-check: a READY plan that no longer holds is a DRAFT with the reason
     * @param assessment every rule against the account now (an OPEN plan's too, though its file keeps its snapshot)
     */
    public record Result(TradePlan original, TradePlan checked, PlanAssessment assessment) {
        /** A READY plan that a blocking rule now fails: the window turns it into a draft. */
        public boolean noLongerReady() {
            return original.status() == PlanStatus.READY && checked.status() == PlanStatus.DRAFT;
        }

        /** Every blocking rule holds against the account now. */
        public boolean holds() {
            return !noLongerReady() && assessment.allowsReady();
        }
    }

    private JournalCheck(Collection<TradePlan> plans, Function<String, Account> accounts, RiskPolicy policy,
                         Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        plans.forEach(p -> original.put(p.id(), p));
        checked.putAll(original);
        checked.putAll(AccountRecheck.recheckAll(plans, accounts, policy, "", clock));
    }

    /**
     * @param plans    every plan of the journal (a plan file checked with it replaces the journal's version first)
     * @param accounts the settings' accounts by name, null for one not there
     * @param policy   the trader's policy from the journal's settings
     */
    public static JournalCheck of(Collection<TradePlan> plans, Function<String, Account> accounts, RiskPolicy policy,
                                  Clock clock) {
        return new JournalCheck(plans, accounts, policy, clock);
    }

    public Result check(String planId) {
        TradePlan before = original.get(planId);
        TradePlan after = checked.get(planId);
        if (before == null) {
            throw new IllegalArgumentException("no plan " + planId + " in the journal");
        }
        TradePlan judged = after.status().isEditable() ? after : after.withAccount(bookOf(after).snapshotFor(planId));
        return new Result(before, after, RuleBook.assess(judged, clock));
    }

    /** Every DRAFT, READY and OPEN plan, in the journal's order. */
    public List<Result> checkLivePlans() {
        List<Result> results = new ArrayList<>();
        for (TradePlan plan : original.values()) {
            PlanStatus status = plan.status();
            if (status == PlanStatus.DRAFT || status == PlanStatus.READY || status == PlanStatus.OPEN) {
                results.add(check(plan.id()));
            }
        }
        return results;
    }

    /** The account of {@code plan} as the journal shows it after the re-check. */
    public AccountBook bookOf(TradePlan plan) {
        return AccountBook.of(AccountRecheck.accountOf(plan, accounts), checked.values(), clock);
    }
}
