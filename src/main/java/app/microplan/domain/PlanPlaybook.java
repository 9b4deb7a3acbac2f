package app.microplan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The playbook a plan started from, as it was then: its id and name (the review groups trades by the id, so
 * a renamed playbook keeps its trades), its minimum reward:risk, and its prompts with the trader's answers.
 * The plan file keeps all of it, so the plan alone can be checked even if the playbook is edited or deleted.
 *
 * @param minRewardRisk the playbook's minimum reward:risk when the plan started, or null
 */
public record PlanPlaybook(String id, String name, BigDecimal minRewardRisk, List<PromptAnswer> answers) {

    public PlanPlaybook {
        ContractSpec.requireText(id, "playbook id");
        ContractSpec.requireText(name, "playbook name");
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** The playbook's prompts, none answered yet. */
    public static PlanPlaybook startedFrom(Playbook playbook) {
        List<PromptAnswer> blank = playbook.prompts().stream().map(p -> new PromptAnswer(p, "")).toList();
        return new PlanPlaybook(playbook.id(), playbook.name(), playbook.minRewardRisk(), blank);
    }

    /** The prompts whose answer is still blank, in order. */
    public List<String> unanswered() {
        List<String> open = new ArrayList<>();
        for (PromptAnswer answer : answers) {
            if (answer.answer().isBlank()) {
                open.add(answer.prompt());
            }
        }
        return open;
    }

    public PlanPlaybook withAnswers(List<PromptAnswer> value) {
        return new PlanPlaybook(id, name, minRewardRisk, value);
    }

    /** One question of the playbook and what the trader wrote under it. */
    public record PromptAnswer(String prompt, String answer) {
        public PromptAnswer {
            ContractSpec.requireText(prompt, "prompt");
            answer = answer == null ? "" : answer;
        }

        public PromptAnswer withAnswer(String value) {
            return new PromptAnswer(prompt, value);
        }
    }
}
