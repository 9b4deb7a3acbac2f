package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.cli.CommandRun;
import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.PlanAssessment;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.RuleBook;
import app.microplan.domain.RuleResult;
import app.microplan.domain.Target;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import app.microplan.domain.WrittenPlan;
import app.microplan.ui.JournalFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reasons under the verdict: German with German numbers in a German window, English from the command line. */
class ReasonTextTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @AfterEach
    void backToTheSystemsLanguage() {
        Messages.use(Messages.forLanguage(null));
    }

    private static PlanAssessment example1(String contracts) {
        TradePlan plan = JournalFixtures.example1(PlanStatus.DRAFT, NOW);
        if (contracts != null) {
            plan = plan.withSetup(plan.setup().toBuilder().contracts(new BigDecimal(contracts)).build());
        }
        return RuleBook.assess(plan, CLOCK);
    }

    @Test
    void theRiskCapReasonReadsInGermanInTheWindowAndInEnglishFromTheCommandLine() {
        Messages.use(Messages.forLanguage("de"));
        RuleResult riskCap = example1("10").result(app.microplan.domain.Rule.RISK_CAP);

        assertThat(ReasonText.of(riskCap))
                .isEqualTo("Risiko 70,00 $ sind 1,40 % des Kapitals, über der Grenze von 1,00 %");
        CommandRun cli = CommandRun.of("size", "--json", "--equity", "5000", "--risk-pct", "1", "--side", "long",
                "--entry", "70000", "--stop", "69300", "--target", "72100", "--fee-pct-in", "0", "--fee-pct-out", "0",
                "--contract-size", "0.01", "--tick-size", "0.1", "--contracts", "10", "--leverage", "10");
        JsonNode risk = null;
        for (JsonNode rule : cli.json().get("rules")) {
            if (rule.get("id").asText().equals("risk-cap")) {
                risk = rule;
            }
        }
        assertThat(risk).isNotNull();
        assertThat(risk.get("message").asText()).isEqualTo("Risk $70.00 is 1.40 % of equity, above the 1.00 % cap");
    }

    @Test
    void theMarginCapAndTheMissingInputsReadInGerman() {
        Messages.use(Messages.forLanguage("de"));

        assertThat(ReasonText.of(example1(null).result(app.microplan.domain.Rule.MARGIN_CAP))).isEqualTo(
                "Margin-Auslastung 9,80 % (dieser Plan 490,00 $ + andere Pläne 0,00 $ bei 5.000,00 $ Kapital) liegt"
                        + " unter der Grenze von 10,00 %");
        TradeSetup empty = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001)
                .direction(Direction.LONG).leverage("10").build();
        TradePlan blank = JournalFixtures.example1(PlanStatus.DRAFT, NOW).withSetup(empty)
                .withWritten(new WrittenPlan("", "", "", "", ""));
        PlanAssessment assessment = RuleBook.assess(blank, CLOCK);
        assertThat(ReasonText.of(assessment.result(app.microplan.domain.Rule.RISK_CAP)))
                .isEqualTo("Geben Sie einen Einstiegspreis und einen Stop-Preis ein, um die Positionsgröße zu berechnen");
        assertThat(ReasonText.of(assessment.result(app.microplan.domain.Rule.WRITTEN_PLAN))).isEqualTo(
                "Schreiben Sie die Einstiegskriterien, die Ausstiegsstrategie und die Regeln zum Risikomanagement,"
                        + " bevor der Plan bereit sein kann");
    }

    /** The English bundle says what the domain says, word for word: the window in English reads as the CLI does. */
    @Test
    void inEnglishTheWindowShowsExactlyTheDomainsMessage() {
        Messages.use(Messages.forLanguage("en"));
        TradePlan example = JournalFixtures.example1(PlanStatus.DRAFT, NOW);
        TradeSetup shortWrongStop = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001)
                .direction(Direction.SHORT).entry(EntryLeg.limit("70000")).stop("69300")
                .target(Target.of("72100", "1")).leverage("60").build();
        TradeSetup noTarget = TradeSetup.builder().feesOff().contract(ContractPresets.ETH_MICRO_001)
                .direction(Direction.SHORT).entry(EntryLeg.limit("3500")).stop("3600").leverage("5").build();
        List<PlanAssessment> assessments = Stream.of(example, example.withSetup(shortWrongStop),
                        example.withSetup(noTarget), example.withSetup(example.setup().toBuilder().contracts(BigDecimal.TEN).build()),
                        example.withAccount(AccountSnapshot.of("Main", "100", "0")))
                .map(plan -> RuleBook.assess(plan, CLOCK)).toList();

        int worded = 0;
        for (PlanAssessment assessment : assessments) {
            for (RuleResult result : assessment.rules()) {
                if (result.wording() != null && ReasonText.render(result.wording()).isPresent()) {
                    worded++;
                    assertThat(ReasonText.of(result)).as(result.id()).isEqualTo(result.message());
                }
            }
        }
        assertThat(worded).isGreaterThan(40);
    }
}
