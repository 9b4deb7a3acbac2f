package app.microplan.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A new plan started from a playbook: the playbook's criteria join the pre-trade checklist (unticked), its
 * tags become the plan's, its prompts wait for answers, and the plan risks the playbook's share of equity —
 * never more than the trader's own cap, which the plan brings from the settings.
 */
public final class PlaybookStart {
    private PlaybookStart() {
    }

    /** {@code draft} (a new plan with the settings' checklist and policy) shaped by {@code playbook}. */
    public static TradePlan apply(TradePlan draft, Playbook playbook) {
        List<ChecklistItem> checklist = new ArrayList<>(draft.checklist());
        for (String criterion : playbook.checklist()) {
            if (checklist.stream().noneMatch(item -> sameText(item.text(), criterion))) {
                checklist.add(new ChecklistItem(criterion, false));
            }
        }
        RiskPolicy policy = draft.policy().withRiskCap(playbook.riskCap().min(draft.policy().riskCap()));
        return draft.toBuilder().checklist(checklist).tags(playbook.tags()).policy(policy)
                .playbook(PlanPlaybook.startedFrom(playbook)).build();
    }

    /** Checklist lines are the same criterion when they read the same, ignoring case and surrounding spaces. */
    public static boolean sameText(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }
}
