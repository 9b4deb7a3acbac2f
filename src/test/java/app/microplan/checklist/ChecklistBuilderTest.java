package app.microplan.checklist;

import app.microplan.domain.RuleState;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ChecklistItem;
import app.microplan.domain.PlanLifecycle;
import app.microplan.domain.PlanOverrides;
import app.microplan.domain.ReadyGate;
import app.microplan.domain.Rule;
import app.microplan.domain.RuleBook;
import app.microplan.domain.TradePlan;
import app.microplan.domain.WrittenPlan;
import app.microplan.store.Settings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChecklistBuilderTest {

    private static Map<String, String> byLabel(List<Checklist.Field> fields) {
        return fields.stream().collect(Collectors.toMap(Checklist.Field::label, Checklist.Field::value));
    }

    @Test
    void exampleOneNumbersUseTheCommandLineRounding() {
        Checklist checklist = ChecklistBuilder.build(ChecklistFixtures.exampleOne(), ZoneOffset.UTC);
        Map<String, String> numbers = byLabel(checklist.numbers());

        assertThat(numbers).containsEntry("Entries", "Limit 70,000 × 7")
                .containsEntry("Average entry", "70,000")
                .containsEntry("Stop", "69,300")
                .containsEntry("Targets", "72,100 (100 % of the position)")
                .containsEntry("Contracts", "7 (largest allowed 7)")
                .containsEntry("Leverage", "10×")
                .containsEntry("Risk at the stop", "$49.00 = 0.98 % of equity (cap 1.00 %)")
                .containsEntry("Risk budget", "$50.00")
                .containsEntry("Notional", "$4,900.00")
                .containsEntry("Initial margin", "$490.00")
                .containsEntry("Margin utilization", "9.80 % (other plans $0.00, cap 10.00 %)")
                .containsEntry("Liquidation (estimate)", "≈ 63,350 (Bybit formula)")
                .containsEntry("Fees", "$0.00 (entry $0.00, exit at the stop $0.00)")
                .containsEntry("Reward:risk", "3.00");
        assertThat(numbers.get("Funding cost")).startsWith("$0.00");
    }

    @Test
    void headerNamesContractSideStatusDateAndAccount() {
        Checklist checklist = ChecklistBuilder.build(ChecklistFixtures.exampleOne(), ZoneOffset.UTC);
        Map<String, String> header = byLabel(checklist.header());

        assertThat(checklist.title()).isEqualTo("Pre-trade checklist: BTC-MICRO-0.01 Long");
        assertThat(header).containsEntry("Side", "Long").containsEntry("Status", "Draft")
                .containsEntry("Date", "2025-03-14").containsEntry("Account", "Main")
                .containsEntry("Tags", "breakout, weekly-open");
        assertThat(header.get("Contract")).contains("BTC-MICRO-0.01", "BTC micro perpetual (0.01 BTC)");
        assertThat(checklist.reference()).contains("plan 5d1c7e2a");
    }

    @Test
    void overridesWithTheirReasonsAndTheStatusHistoryArePrinted() {
        Instant marked = Instant.parse("2025-03-14T10:00:00Z");
        TradePlan overridden = PlanOverrides.override(ChecklistFixtures.exampleOne().withAccount(
                new AccountSnapshot("Main", new BigDecimal("5000"), BigDecimal.ZERO, null, new BigDecimal("120"), null,
                        null)), Rule.DAILY_LOSS, "Last trade of the week, size halved next time", marked);
        TradePlan ready = PlanLifecycle.markReady(overridden, marked.plusSeconds(60));
        TradePlan back = ReadyGate.recheck(ready, new AccountSnapshot("Main", new BigDecimal("4000"), BigDecimal.ZERO,
                null, new BigDecimal("120"), null, null), null, "", Clock.fixed(
                marked.plusSeconds(3600), ZoneOffset.UTC));

        Checklist checklist = ChecklistBuilder.build(back, ZoneOffset.UTC);

        assertThat(checklist.rules()).anySatisfy(line -> {
            assertThat(line.title()).isEqualTo("Daily loss limit");
            assertThat(line.state()).isEqualTo(RuleState.WARN);
            assertThat(line.message()).endsWith("— overridden: Last trade of the week, size halved next time");
        });
        assertThat(checklist.sections()).anySatisfy(section -> {
            assertThat(section.title()).isEqualTo("Account rules overridden");
            assertThat(section.text()).isEqualTo("- Daily loss limit: Last trade of the week, size halved next time"
                    + " (2025-03-14 10:00)");
        });
        assertThat(checklist.sections()).anySatisfy(section -> {
            assertThat(section.title()).isEqualTo("Status history");
            assertThat(section.text()).isEqualTo("- 2025-03-14 10:01 Draft → Ready: Marked ready: every blocking rule"
                    + " holds (1 account rule overridden with a reason)\n- 2025-03-14 11:00 Ready → Draft: Back to"
                    + " draft: equity lowered to $4,000.00 — risk now $49.00 (1.23 %), above the 1.00 % cap; margin now"
                    + " 12.25 %, above the 10.00 % cap");
        });
        assertThat(MarkdownChecklist.render(checklist)).contains("## Status history\n\n- 2025-03-14 10:01 Draft →"
                + " Ready");
    }

    @Test
    void theDateIsTheTradersLocalDate() {
        TradePlan lateEvening = ChecklistFixtures.exampleOne().toBuilder()
                .createdAt(Instant.parse("2025-03-14T23:30:00Z")).build();

        assertThat(byLabel(ChecklistBuilder.build(lateEvening, ZoneOffset.UTC).header())).containsEntry("Date", "2025-03-14");
        assertThat(byLabel(ChecklistBuilder.build(lateEvening, ZoneId.of("Asia/Tokyo")).header()))
                .containsEntry("Date", "2025-03-15");
    }

    @Test
    void everyRuleAppearsWithTheRuleBooksMessageInOrder() {
        TradePlan plan = ChecklistFixtures.exampleOne();
        Checklist checklist = ChecklistBuilder.build(plan, ZoneOffset.UTC);
        List<String> expected = RuleBook.assess(plan).rules().stream().map(r -> r.message()).toList();

        assertThat(checklist.rules()).extracting(Checklist.RuleLine::message).containsExactlyElementsOf(expected);
        assertThat(checklist.rules()).hasSize(Rule.values().length).allMatch(r -> r.state() == RuleState.PASS);
        assertThat(checklist.ready()).isTrue();
        assertThat(checklist.verdict()).startsWith("Every blocking rule holds");
    }

    @Test
    void failingAndWarningRulesAreToldApart() {
        TradePlan plan = ChecklistFixtures.exampleOne();
        TradePlan risky = plan.withSetup(plan.setup().toBuilder().leverage("25").build())
                .withWritten(new WrittenPlan("", "", "", "", ""));
        Checklist checklist = ChecklistBuilder.build(risky, ZoneOffset.UTC);
        Map<String, RuleState> states = checklist.rules().stream()
                .collect(Collectors.toMap(Checklist.RuleLine::title, Checklist.RuleLine::state));

        assertThat(states).containsEntry(Rule.WRITTEN_PLAN.title(), RuleState.FAIL)
                .containsEntry(Rule.HIGH_LEVERAGE.title(), RuleState.WARN)
                .containsEntry(Rule.RISK_CAP.title(), RuleState.PASS);
        assertThat(checklist.ready()).isFalse();
        assertThat(checklist.verdict()).isEqualTo("Not ready: 1 blocking rule fails; 1 warning to read.");
    }

    @Test
    void blankWrittenSectionsSaySoAndBlankNotesAreLeftOut() {
        TradePlan plan = ChecklistFixtures.exampleOne().withWritten(new WrittenPlan("Thesis\r\nline two", "", " ", "", ""));
        Map<String, Checklist.Section> sections = ChecklistBuilder.build(plan, ZoneOffset.UTC).sections().stream()
                .collect(Collectors.toMap(Checklist.Section::title, Function.identity()));

        assertThat(sections).containsOnlyKeys("Thesis", "Entry criteria", "Exit strategy", "Risk-management rules");
        assertThat(sections.get("Thesis").text()).isEqualTo("Thesis\nline two");
        assertThat(sections.get("Thesis").written()).isTrue();
        assertThat(sections.get("Exit strategy").written()).isFalse();
        assertThat(sections.get("Exit strategy").text()).isEqualTo(ChecklistBuilder.NOT_WRITTEN);
    }

    @Test
    void aPlanWithoutBoxesGetsTheDefaultPreTradeBoxesUnticked() {
        TradePlan plan = ChecklistFixtures.exampleOne().toBuilder().checklist(List.of()).build();
        List<ChecklistItem> items = ChecklistBuilder.build(plan, ZoneOffset.UTC).items();

        assertThat(items).extracting(ChecklistItem::text).containsExactlyElementsOf(Settings.DEFAULT_CHECKLIST);
        assertThat(items).noneMatch(ChecklistItem::checked);
    }

    @Test
    void anIncompletePlanShowsDashesNotZeros() {
        TradePlan plan = ChecklistFixtures.exampleOne();
        TradePlan noStop = plan.withSetup(plan.setup().toBuilder().stop((java.math.BigDecimal) null).build());
        Checklist checklist = ChecklistBuilder.build(noStop, ZoneOffset.UTC);
        Map<String, String> numbers = byLabel(checklist.numbers());

        assertThat(numbers).containsEntry("Stop", "not set").containsEntry("Contracts", PlanFigures.NOT_SIZED)
                .containsEntry("Risk at the stop", PlanFigures.NOT_SIZED).containsEntry("Entries", "Limit 70,000");
        assertThat(checklist.sizeNote()).contains("a stop price");
        assertThat(checklist.ready()).isFalse();
    }
}
