package app.microplan.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.ChecklistItem;
import app.microplan.domain.TradePlan;
import app.microplan.domain.WrittenPlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownChecklistTest {

    private static String golden(String name) throws IOException {
        try (InputStream in = MarkdownChecklistTest.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void exampleOneMatchesTheGoldenFile() throws IOException {
        String markdown = MarkdownChecklist.render(ChecklistBuilder.build(ChecklistFixtures.exampleOne(), ZoneOffset.UTC));

        assertThat(markdown).isEqualTo(golden("example-1-checklist.md"));
    }

    @Test
    void boxesAreTaskListItemsTickedAsThePlanSays() {
        TradePlan plan = ChecklistFixtures.exampleOne().toBuilder().checklist(List.of(
                new ChecklistItem("Stop placed", true), new ChecklistItem("Alarm set", false))).build();
        String markdown = MarkdownChecklist.render(ChecklistBuilder.build(plan, ZoneOffset.UTC));

        assertThat(markdown).contains("- [x] Stop placed\n", "- [ ] Alarm set\n");
    }

    @Test
    void aLineBreakInsideAListItemDoesNotEscapeTheList() {
        TradePlan plan = ChecklistFixtures.exampleOne().toBuilder().checklist(List.of(
                new ChecklistItem("Stop placed\nand checked", false))).build();
        String markdown = MarkdownChecklist.render(ChecklistBuilder.build(plan, ZoneOffset.UTC));

        assertThat(markdown).contains("- [ ] Stop placed and checked\n");
    }

    @Test
    void writtenParagraphsKeepTheirLineBreaksAndBlankSectionsAreMarked() {
        TradePlan plan = ChecklistFixtures.exampleOne()
                .withWritten(new WrittenPlan("", "Break of 69,800\nthen retest", "", "", ""));
        String markdown = MarkdownChecklist.render(ChecklistBuilder.build(plan, ZoneOffset.UTC));

        assertThat(markdown).contains("## Entry criteria\n\nBreak of 69,800\nthen retest\n")
                .contains("## Exit strategy\n\n_" + ChecklistBuilder.NOT_WRITTEN + "_\n")
                .contains("**Not ready: 1 blocking rule fails.**")
                .contains("- FAIL · Written plan complete: Write the exit strategy, risk-management rules");
    }

    @Test
    void anInversePlanShowsItsContractAndItsMoneyInCoinAndDollars() {
        TradePlan plan = ChecklistFixtures.exampleOne().toBuilder().setup(ChecklistFixtures.exampleOne().setup()
                        .toBuilder().contract(app.microplan.domain.ContractPresets.BYBIT_BTCUSD).contracts(null).build())
                .account(app.microplan.domain.AccountSnapshot.of("Coin", "0.1", "0").inCurrency("BTC")).build();
        String markdown = MarkdownChecklist.render(ChecklistBuilder.build(plan, ZoneOffset.UTC));

        assertThat(markdown).contains("1 USD a contract; P&L, fees and margin paid in BTC; equity counted in BTC")
                .containsPattern("Risk in BTC and USD[^\\n]*0\\.\\d{8} BTC \\(\\$\\d+\\.\\d\\d at the stop\\)")
                .containsPattern("Position value[^\\n]*BTC = \\$[\\d,]+\\.00; margin 0\\.\\d{8} BTC")
                .doesNotContain("0.00 BTC ");
    }
}
