package app.microplan.domain;

import java.util.List;

/**
 * What a plan's playbook adds to the rule book: its prompts must be answered before the plan is ready (they
 * belong to the written plan, so they extend that rule), and its minimum reward:risk replaces the policy's
 * when it is the stricter one (a warning, like the policy's own).
 */
public final class PlaybookRules {
    private PlaybookRules() {
    }

    /** The plan's policy with the playbook's minimum reward:risk when that is higher. */
    public static RiskPolicy policyOf(TradePlan plan) {
        RiskPolicy policy = plan.policy();
        PlanPlaybook playbook = plan.playbook();
        if (playbook == null || playbook.minRewardRisk() == null
                || playbook.minRewardRisk().compareTo(policy.minRewardRisk()) <= 0) {
            return policy;
        }
        return new RiskPolicy(policy.riskCap(), policy.marginCap(), policy.leverageWarning(),
                playbook.minRewardRisk(), policy.maxFundingShareOfRisk());
    }

    /** The written-plan rule, failing as well while a prompt of the playbook has no answer. */
    public static RuleResult writtenPlan(TradePlan plan, RuleResult sections) {
        PlanPlaybook playbook = plan.playbook();
        List<String> open = playbook == null ? List.of() : playbook.unanswered();
        if (open.isEmpty()) {
            return sections;
        }
        String prompts = open.size() == 1 ? "the prompt \"" + open.get(0) + "\""
                : open.size() + " prompts (" + RuleBook.inWords(open.stream().map(p -> "\"" + p + "\"").toList()) + ")";
        String answer = "Answer " + prompts + " of the " + playbook.name() + " playbook";
        String message = sections.passed() ? answer + " before the plan can be ready"
                : sections.message() + "; " + Character.toLowerCase(answer.charAt(0)) + answer.substring(1);
        return new RuleResult(Rule.WRITTEN_PLAN, false, message, wording(open, playbook.name(), sections));
    }

    /**
     * The same reason for the window's language (decision 15): the prompts are the trader's own text and stay as
     * written; a sections' reason without a wording leaves the whole reason English.
     */
    private static Wording wording(List<String> open, String playbook, RuleResult sections) {
        Object prompts = open.size() == 1 ? Wording.of("reason.playbook.prompt", open.get(0))
                : Wording.of("reason.playbook.prompts", open.size(), new Wording.Items(
                        open.stream().map(p -> Wording.of("reason.playbook.quoted", p)).toList()));
        if (sections.passed()) {
            return Wording.of("reason.playbook.answer", prompts, playbook);
        }
        return sections.wording() == null ? null
                : Wording.of("reason.playbook.alsoAnswer", sections.wording(), prompts, playbook);
    }
}
