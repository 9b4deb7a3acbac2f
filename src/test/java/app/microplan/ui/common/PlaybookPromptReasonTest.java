package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanPlaybook;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.Rule;
import app.microplan.domain.RuleBook;
import app.microplan.domain.RuleResult;
import app.microplan.domain.TradePlan;
import app.microplan.domain.WrittenPlan;
import app.microplan.ui.JournalFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The playbook's unanswered prompts in the written-plan rule: German in a German window (the prompts themselves
 * as the trader wrote them), and the English bundle word for word the domain's English, which the CLI prints.
 */
class PlaybookPromptReasonTest {
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @AfterEach
    void backToTheSystemsLanguage() {
        Messages.use(Messages.forLanguage(null));
    }

    private static RuleResult writtenPlan(List<String> prompts, boolean sectionsWritten) {
        TradePlan plan = JournalFixtures.example1(PlanStatus.DRAFT, NOW);
        plan = plan.toBuilder().playbook(new PlanPlaybook("breakout", "Breakout", null,
                prompts.stream().map(p -> new PlanPlaybook.PromptAnswer(p, "")).toList())).build();
        if (!sectionsWritten) {
            plan = plan.withWritten(new WrittenPlan("thesis", "", "exit", "risk", ""));
        }
        return RuleBook.assess(plan, CLOCK).result(Rule.WRITTEN_PLAN);
    }

    @Test
    void oneOpenPromptReadsInGermanWithThePromptAsWritten() {
        Messages.use(Messages.forLanguage("de"));

        assertThat(ReasonText.of(writtenPlan(List.of("Where is the level?"), true))).isEqualTo(
                "Beantworten Sie die Frage „Where is the level?“ aus dem Playbook Breakout, bevor der Plan bereit sein kann");
    }

    @Test
    void severalPromptsAndAMissingSectionReadInGerman() {
        Messages.use(Messages.forLanguage("de"));

        assertThat(ReasonText.of(writtenPlan(List.of("Where is the level?", "What volume?", "Which session?"), false)))
                .isEqualTo("Schreiben Sie die Einstiegskriterien, bevor der Plan bereit sein kann; beantworten Sie"
                        + " außerdem 3 Fragen („Where is the level?“, „What volume?“ und „Which session?“) aus dem"
                        + " Playbook Breakout");
    }

    @Test
    void inEnglishTheWindowReadsExactlyWhatTheDomainWrites() {
        Messages.use(Messages.forLanguage("en"));
        for (RuleResult result : List.of(writtenPlan(List.of("Where is the level?"), true),
                writtenPlan(List.of("Where is the level?", "What volume?"), true),
                writtenPlan(List.of("Where is the level?", "What volume?", "Which session?"), false))) {
            assertThat(result.wording()).isNotNull();
            assertThat(ReasonText.render(result.wording())).isPresent();
            assertThat(ReasonText.of(result)).isEqualTo(result.message());
        }
        assertThat(writtenPlan(List.of("Where is the level?", "What volume?"), true).message()).isEqualTo(
                "Answer 2 prompts (\"Where is the level?\" and \"What volume?\") of the Breakout playbook before the"
                        + " plan can be ready");
    }
}
