package app.microplan.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Re-checks the DRAFT and READY plans of a journal against their accounts as they are now: the window after
 * any change that matters (equity, policy, another plan marked ready, entered, closed or deleted, the journal
 * read from disk), and `check --all`. The plans marked ready last are checked first, each against the account
 * as the ones before it left it: when two READY plans no longer fit together, the newer one goes back to draft.
 */
public final class AccountRecheck {
    private AccountRecheck() {
    }

    /**
     * @param plans          every plan of the journal (other plans count in their accounts' figures)
     * @param accounts       the accounts of the trader's settings by name, or null for an account not there
     *                       (its plans are then checked against the equity and limits their own snapshot records)
     * @param settingsPolicy the trader's policy, or null to keep each plan's own
     * @param trigger        what happened, for the reasons; blank to name the first change each plan finds
     * @param which          which DRAFT and READY plans to re-check (the others still count)
     * @return the plans that changed, by id, in the order they were checked
     */
    public static Map<String, TradePlan> recheck(Collection<TradePlan> plans, Function<String, Account> accounts,
                                                 RiskPolicy settingsPolicy, String trigger, Clock clock,
                                                 Predicate<TradePlan> which) {
        Map<String, TradePlan> journal = new LinkedHashMap<>();
        plans.forEach(p -> journal.put(p.id(), p));
        Map<String, AccountBook> books = new HashMap<>();
        Map<String, TradePlan> changed = new LinkedHashMap<>();
        for (TradePlan plan : inCheckingOrder(plans, which)) {
            String name = plan.account().accountName();
            AccountBook book = books.computeIfAbsent(name,
                    n -> AccountBook.of(accountOf(plan, accounts), journal.values(), clock));
            TradePlan next = ReadyGate.recheck(plan, book.snapshotFor(plan.id()), settingsPolicy, trigger, clock);
            if (!sameVersion(plan, next)) {
                changed.put(next.id(), next);
                journal.put(next.id(), next);
                books.put(name, book.with(plan.id(), next));
            }
        }
        return changed;
    }

    /** Every DRAFT and READY plan of the journal. */
    public static Map<String, TradePlan> recheckAll(Collection<TradePlan> plans, Function<String, Account> accounts,
                                                    RiskPolicy settingsPolicy, String trigger, Clock clock) {
        return recheck(plans, accounts, settingsPolicy, trigger, clock, p -> true);
    }

    /** The account's settings, or one made of what the plan recorded when the account is not in the settings. */
    public static Account accountOf(TradePlan plan, Function<String, Account> accounts) {
        Account account = accounts.apply(plan.account().accountName());
        return account != null ? account
                : new Account(plan.account().accountName(), plan.account().equity(), plan.account().limits(), false)
                        .withEquityCurrency(plan.account().equityCurrency());
    }

    /** When the plan was last marked ready (its history), or its last update for a plan from before the history. */
    static Instant readySince(TradePlan plan) {
        List<PlanEvent> history = plan.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() == PlanStatus.READY) {
                return history.get(i).at();
            }
        }
        return plan.updatedAt();
    }

    private static List<TradePlan> inCheckingOrder(Collection<TradePlan> plans, Predicate<TradePlan> which) {
        List<TradePlan> ready = new ArrayList<>();
        List<TradePlan> drafts = new ArrayList<>();
        for (TradePlan plan : plans) {
            if (!which.test(plan)) {
                continue;
            }
            if (plan.status() == PlanStatus.READY) {
                ready.add(plan);
            } else if (plan.status() == PlanStatus.DRAFT) {
                drafts.add(plan);
            }
        }
        ready.sort(Comparator.comparing(AccountRecheck::readySince).reversed());
        ready.addAll(drafts);
        return ready;
    }

    private static boolean sameVersion(TradePlan a, TradePlan b) {
        return a.status() == b.status() && a.account().sameAs(b.account()) && a.policy().sameAs(b.policy())
                && a.setup().sameNumbersAs(b.setup()) && a.history().size() == b.history().size();
    }
}
