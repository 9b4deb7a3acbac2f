package app.microplan.ui.playbooks;

import app.microplan.domain.PlanPlaybook;
import app.microplan.ui.common.Messages;
import app.microplan.ui.plan.PlanViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The prompts of the playbook a plan started from, each with the trader's answer as typed. Every keystroke
 * goes to the plan's view model like any other edit of the written plan, so the rule strip says at once
 * whether the plan may be marked ready.
 */
public final class PlaybookPromptsViewModel {
    private final PlanViewModel plan;
    private final String title;
    private final List<PromptInput> prompts = new ArrayList<>();

    /** One prompt and its answer. */
    public record PromptInput(String prompt, StringProperty answer) {
    }

    public PlaybookPromptsViewModel(PlanViewModel plan) {
        this.plan = plan;
        PlanPlaybook playbook = plan.getPlan().playbook();
        this.title = playbook == null ? "" : Messages.text("playbook.promptsTitle", playbook.name());
        if (playbook != null) {
            for (PlanPlaybook.PromptAnswer answer : playbook.answers()) {
                StringProperty text = new SimpleStringProperty(this, "answer", answer.answer());
                text.addListener((obs, old, now) -> answered());
                prompts.add(new PromptInput(answer.prompt(), text));
            }
        }
    }

    /** Shown only for a plan started from a playbook. */
    public boolean isShown() {
        return plan.getPlan().playbook() != null;
    }

    /** "From the Breakout playbook". */
    public String title() {
        return title;
    }

    public List<PromptInput> prompts() {
        return List.copyOf(prompts);
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return plan.editableProperty();
    }

    private void answered() {
        plan.answerPlaybookPrompts(prompts.stream()
                .map(p -> new PlanPlaybook.PromptAnswer(p.prompt(), p.answer().get())).toList());
    }
}
