package app.microplan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A written plan for one trade: its numbers ({@link TradeSetup}), the rules and account they were sized
 * against, the trader's written sections and pre-trade checklist, and where it is in its life cycle.
 *
 * @param execution the fills and funding once the plan is entered (OPEN, CLOSED, REVIEWED), else null
 * @param review    the trader's review once the plan is REVIEWED, else null
 * @param history   every change of status with its time and reason, oldest first (missing in older files: none)
 * @param overrides account rules the trader chose to override, each with a written reason (missing: none)
 * @param playbook  the playbook the plan started from, with the answers to its prompts; null for none
 */
public record TradePlan(
        String id,
        Instant createdAt,
        Instant updatedAt,
        PlanStatus status,
        TradeSetup setup,
        RiskPolicy policy,
        AccountSnapshot account,
        WrittenPlan written,
        List<ChecklistItem> checklist,
        List<String> tags,
        TradeExecution execution,
        TradeReview review,
        List<PlanEvent> history,
        List<RuleOverride> overrides,
        PlanPlaybook playbook) {

    public TradePlan {
        ContractSpec.requireText(id, "plan id");
        Objects.requireNonNull(createdAt, "created time");
        Objects.requireNonNull(updatedAt, "updated time");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(account, "account");
        written = written == null ? WrittenPlan.EMPTY : written;
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        tags = tags == null ? List.of() : List.copyOf(tags);
        history = history == null ? List.of() : List.copyOf(history);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** A plan with an execution and review but no history, overrides or playbook (the shape before the gate). */
    public TradePlan(String id, Instant createdAt, Instant updatedAt, PlanStatus status, TradeSetup setup,
                     RiskPolicy policy, AccountSnapshot account, WrittenPlan written, List<ChecklistItem> checklist,
                     List<String> tags, TradeExecution execution, TradeReview review) {
        this(id, createdAt, updatedAt, status, setup, policy, account, written, checklist, tags, execution, review,
                null, null, null);
    }

    /** A plan not yet entered: no execution, no review (the shape of a plan before the journal existed). */
    public TradePlan(String id, Instant createdAt, Instant updatedAt, PlanStatus status, TradeSetup setup,
                     RiskPolicy policy, AccountSnapshot account, WrittenPlan written, List<ChecklistItem> checklist,
                     List<String> tags) {
        this(id, createdAt, updatedAt, status, setup, policy, account, written, checklist, tags, null, null);
    }

    /** Why this DRAFT is no longer READY, when a re-check or an edit took it back; empty otherwise. */
    public Optional<String> backToDraftReason() {
        if (status != PlanStatus.DRAFT || history.isEmpty() || !history.get(history.size() - 1).isBackToDraft()) {
            return Optional.empty();
        }
        return Optional.of(history.get(history.size() - 1).reason());
    }

    /** The trader's override of an account rule, if there is one. */
    public Optional<RuleOverride> overrideOf(Rule rule) {
        return overrides.stream().filter(o -> o.rule() == rule).findFirst();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public TradePlan withSetup(TradeSetup value) {
        return toBuilder().setup(value).build();
    }

    public TradePlan withStatus(PlanStatus value) {
        return toBuilder().status(value).build();
    }

    public TradePlan withWritten(WrittenPlan value) {
        return toBuilder().written(value).build();
    }

    public TradePlan withAccount(AccountSnapshot value) {
        return toBuilder().account(value).build();
    }

    public TradePlan withUpdatedAt(Instant value) {
        return toBuilder().updatedAt(value).build();
    }

    public TradePlan withExecution(TradeExecution value) {
        return toBuilder().execution(value).build();
    }

    public TradePlan withReview(TradeReview value) {
        return toBuilder().review(value).build();
    }

    /** Builds a plan; starts as a new DRAFT with a fresh id, default policy and an empty "Main" account. */
    public static final class Builder {
        private String id = UUID.randomUUID().toString();
        private Instant createdAt = Instant.now();
        private Instant updatedAt = createdAt;
        private PlanStatus status = PlanStatus.DRAFT;
        private TradeSetup setup = TradeSetup.builder().build();
        private RiskPolicy policy = RiskPolicy.defaults();
        private AccountSnapshot account = AccountSnapshot.of("Main", "0", "0");
        private WrittenPlan written = WrittenPlan.EMPTY;
        private List<ChecklistItem> checklist = new ArrayList<>();
        private List<String> tags = new ArrayList<>();
        private TradeExecution execution;
        private TradeReview review;
        private List<PlanEvent> history = new ArrayList<>();
        private List<RuleOverride> overrides = new ArrayList<>();
        private PlanPlaybook playbook;

        private Builder() {
        }

        private Builder(TradePlan p) {
            id = p.id;
            createdAt = p.createdAt;
            updatedAt = p.updatedAt;
            status = p.status;
            setup = p.setup;
            policy = p.policy;
            account = p.account;
            written = p.written;
            checklist = new ArrayList<>(p.checklist);
            tags = new ArrayList<>(p.tags);
            execution = p.execution;
            review = p.review;
            history = new ArrayList<>(p.history);
            overrides = new ArrayList<>(p.overrides);
            playbook = p.playbook;
        }

        public Builder id(String value) { id = value; return this; }
        public Builder createdAt(Instant value) { createdAt = value; return this; }
        public Builder updatedAt(Instant value) { updatedAt = value; return this; }
        public Builder status(PlanStatus value) { status = value; return this; }
        public Builder setup(TradeSetup value) { setup = value; return this; }
        public Builder policy(RiskPolicy value) { policy = value; return this; }
        public Builder account(AccountSnapshot value) { account = value; return this; }
        public Builder written(WrittenPlan value) { written = value; return this; }
        public Builder checklist(List<ChecklistItem> value) { checklist = new ArrayList<>(value); return this; }
        public Builder tags(List<String> value) { tags = new ArrayList<>(value); return this; }
        public Builder execution(TradeExecution value) { execution = value; return this; }
        public Builder review(TradeReview value) { review = value; return this; }
        public Builder history(List<PlanEvent> value) { history = new ArrayList<>(value); return this; }
        public Builder event(PlanEvent value) { history.add(value); return this; }
        public Builder overrides(List<RuleOverride> value) { overrides = new ArrayList<>(value); return this; }
        public Builder playbook(PlanPlaybook value) { playbook = value; return this; }

        public TradePlan build() {
            return new TradePlan(id, createdAt, updatedAt, status, setup, policy, account, written, checklist, tags,
                    execution, review, history, overrides, playbook);
        }
    }
}
