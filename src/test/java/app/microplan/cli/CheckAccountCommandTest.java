package app.microplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.Account;
import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryFill;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.ExitFill;
import app.microplan.domain.ExitReason;
import app.microplan.domain.PlanLifecycle;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.Target;
import app.microplan.domain.TradeExecution;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import app.microplan.domain.WrittenPlan;
import app.microplan.store.JournalStore;
import app.microplan.store.Json;
import app.microplan.store.Settings;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check` judging the whole account: every account rule with the journal's plans and settings, and `--all`. */
class CheckAccountCommandTest {
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final WrittenPlan WRITTEN = new WrittenPlan("Range breakout", "4h close above 70,000",
            "Scale out at 72,100", "Risk 1 %, stop at 69,300", "");

    @TempDir
    Path folder;

    private Path journal;
    private JournalStore store;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void journal() throws Exception {
        journal = folder.resolve("journal");
        store = JournalStore.open(journal);
    }

    private int check(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "check";
        System.arraycopy(args, 0, command, 1, args.length);
        return MicroplanCommand.execute(command, new PrintWriter(out), new PrintWriter(err), CLOCK);
    }

    private static TradePlan plan(String id, String contracts, String leverage) {
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").leverage(leverage).target(Target.of("72100", "1"))
                .contracts(new BigDecimal(contracts)).build();
        return TradePlan.builder().id(id).createdAt(NOW.minusSeconds(7200)).updatedAt(NOW.minusSeconds(7200))
                .setup(setup).account(AccountSnapshot.of("Main", "5000", "0")).written(WRITTEN).build();
    }

    /** A plan file outside the journal, as a trader would check before adding it. */
    private Path planFile(TradePlan plan) throws Exception {
        JournalStore elsewhere = JournalStore.open(folder.resolve("drafts"));
        elsewhere.savePlan(plan);
        return elsewhere.planFile(plan.id());
    }

    private static TradePlan closedLoss(String id, String exit, Instant closedAt) {
        TradePlan ready = PlanLifecycle.markReady(plan(id, "1", "10"), closedAt.minusSeconds(7200));
        TradeExecution execution = new TradeExecution(
                List.of(new EntryFill(closedAt.minusSeconds(3600), new BigDecimal("70000"), BigDecimal.ONE, BigDecimal.ZERO)),
                List.of(new ExitFill(closedAt, new BigDecimal(exit), BigDecimal.ONE, BigDecimal.ZERO, ExitReason.STOP)),
                BigDecimal.ZERO);
        return ready.toBuilder().status(PlanStatus.CLOSED).execution(execution).build();
    }

    private static TradePlan twoPercent(TradePlan plan) {
        return plan.toBuilder().policy(RiskPolicy.defaults().withRiskCap(new BigDecimal("0.02"))).build();
    }

    private void twoPercentRiskSettings() throws Exception {
        store.saveSettings(new Settings(List.of(new Account("Main", new BigDecimal("5000"))), "Main",
                RiskPolicy.defaults().withRiskCap(new BigDecimal("0.02")), null, null, null, null, null, null, null));
    }

    @Test
    void openRiskOverThreePercentOfEquityFailsWithTheSplitInWords() throws Exception {
        twoPercentRiskSettings();
        store.savePlan(twoPercent(plan("a", "7", "50")).withStatus(PlanStatus.OPEN));
        store.savePlan(PlanLifecycle.markReady(twoPercent(plan("b", "14", "50")), NOW.minusSeconds(600)));

        int exit = check(planFile(plan("c", "7", "50")).toString(), "--journal", journal.toString());

        assertThat(exit).isEqualTo(MicroplanCommand.RULE_FAILED);
        assertThat(out.toString()).contains("[FAIL] open-risk                Open risk 3.92 % (this plan $49.00 + other"
                + " plans $147.00 of $5,000.00 equity) is above the 3.00 % cap", "[PASS] margin-cap");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theDailyLossLimitReachedFailsWithTodaysLoss() throws Exception {
        store.savePlan(closedLoss("loss", "55000", NOW.minusSeconds(9000)));

        int exit = check(planFile(plan("c", "7", "10")).toString(), "--journal", journal.toString());

        assertThat(exit).isEqualTo(MicroplanCommand.RULE_FAILED);
        assertThat(out.toString()).contains("[FAIL] daily-loss               Today's realized loss $150.00 + this plan's"
                + " risk $49.00 = $199.00, 3.98 % of equity, above the 3.00 % daily limit: the daily loss limit is"
                + " reached, no more trades today");
    }

    @Test
    void anActiveCoolDownFailsWithTheTimeLeft() throws Exception {
        store.savePlan(closedLoss("loss-1", "69500", NOW.minusSeconds(2400)));
        store.savePlan(closedLoss("loss-2", "69800", NOW.minusSeconds(600)));

        int exit = check(planFile(plan("c", "7", "10")).toString(), "--journal", journal.toString(), "--json");

        JsonNode json = Json.MAPPER.readTree(out.toString());
        assertThat(exit).isEqualTo(MicroplanCommand.RULE_FAILED);
        JsonNode coolDown = rule(json, "cool-down");
        assertThat(coolDown.path("severity").asText()).isEqualTo("BLOCKING");
        assertThat(coolDown.path("passed").asBoolean()).isFalse();
        assertThat(coolDown.path("message").asText()).isEqualTo("Cool-down after 2 losing trades in a row: no plan of"
                + " the account can be marked ready until 12:50 (50 minutes left)");
        JsonNode account = json.path("account");
        assertThat(account.path("equity").decimalValue()).isEqualByComparingTo("5000");
        assertThat(account.path("otherPlansMargin").decimalValue()).isEqualByComparingTo("0");
        assertThat(account.path("openRisk").decimalValue()).isEqualByComparingTo("49.00");
        assertThat(account.path("realizedLossToday").decimalValue()).isEqualByComparingTo("7.00");
        assertThat(account.path("coolDownUntil").asText()).isEqualTo("2026-03-02T12:50:00Z");
    }

    @Test
    void scaleInLegsAboveTheLargestSizeFailAtMostTheLargestSize() throws Exception {
        TradePlan legs = plan("legs", "1", "20");
        legs = legs.withSetup(legs.setup().toBuilder().contracts(null).stop("68900")
                .entries(List.of(EntryLeg.limit("70000", "1"), EntryLeg.limit("69000", "9"))).build());

        int exit = check(planFile(legs).toString());

        assertThat(exit).isEqualTo(MicroplanCommand.RULE_FAILED);
        assertThat(out.toString()).contains("[FAIL] size-cap                 10 contracts (the entry legs 1 at 70,000 and"
                + " 9 at 69,000) are more than the largest size the caps allow, 9 (risk allows 9, margin allows 14):"
                + " reduce the size by 1");
    }

    @Test
    void targetFractionsAddingUpToMoreThanOneFail() throws Exception {
        TradePlan twice = plan("twice", "7", "10");
        twice = twice.withSetup(twice.setup().toBuilder().targets(List.of(Target.of("71000", "0.8"),
                Target.of("72100", "0.8"))).build());

        int exit = check(planFile(twice).toString());

        assertThat(exit).isEqualTo(MicroplanCommand.RULE_FAILED);
        assertThat(out.toString()).contains("[FAIL] take-profit              The targets close 160.00 % of the position:"
                + " together they may close at most 100.00 %");
    }

    @Test
    void aFolderThatIsNotAJournalIsBadInputInOneLine() throws Exception {
        Path plan = planFile(plan("c", "7", "10"));
        Path notAJournal = Files.createDirectories(folder.resolve("samples"));
        Path plansIsAFile = Files.createDirectories(folder.resolve("odd"));
        Files.writeString(plansIsAFile.resolve("plans"), "not a folder");

        assertThat(check(plan.toString(), "--journal", notAJournal.toString())).isEqualTo(MicroplanCommand.BAD_INPUT);
        assertThat(check("--journal", plansIsAFile.toString(), "--all")).isEqualTo(MicroplanCommand.BAD_INPUT);

        assertThat(err.toString().lines()).containsExactly(
                "check: --journal: " + notAJournal + " has no plans folder (is it a Microplan journal?)",
                "check: --journal: " + plansIsAFile + " is not a Microplan journal: its plans is a file, not a folder");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void allFindsTheReadyPlanThatNoLongerHoldsAndExitsOne() throws Exception {
        TradePlan a = PlanLifecycle.markReady(plan("a", "7", "10"), NOW.minusSeconds(3600));
        TradePlan b = PlanLifecycle.markReady(plan("b", "7", "10"), NOW.minusSeconds(1800));
        store.savePlan(a);
        store.savePlan(b);
        store.savePlan(plan("draft", "1", "10"));

        int exit = check("--journal", journal.toString(), "--all");

        assertThat(exit).isEqualTo(MicroplanCommand.RULE_FAILED);
        assertThat(out.toString()).contains(
                "a            Ready  Long BTC-MICRO-0.01          still ready: every blocking rule holds",
                "b            Ready  Long BTC-MICRO-0.01          NO LONGER READY — Back to draft: other plans' margin"
                        + " now $490.00 — margin now 19.60 %, above the 10.00 % cap",
                "draft        Draft  Long BTC-MICRO-0.01          draft: 2 blocking rules fail",
                "1 READY plan no longer holds");
    }

    @Test
    void allAsJsonGivesEveryPlanAndTheAccount() throws Exception {
        store.savePlan(PlanLifecycle.markReady(plan("a", "7", "10"), NOW.minusSeconds(3600)));

        int exit = check("--journal", journal.toString(), "--all", "--json");

        JsonNode json = Json.MAPPER.readTree(out.toString());
        assertThat(exit).isEqualTo(MicroplanCommand.OK);
        assertThat(json.path("checked")).singleElement().satisfies(p -> {
            assertThat(p.path("id").asText()).isEqualTo("a");
            assertThat(p.path("noLongerReady").asBoolean()).isFalse();
            assertThat(p.path("rules")).allSatisfy(r -> assertThat(r.fieldNames()).toIterable()
                    .contains("id", "severity", "passed", "message"));
        });
        JsonNode account = json.path("accounts").get(0);
        assertThat(account.path("margin").decimalValue()).isEqualByComparingTo("490.00");
        assertThat(account.path("openRiskPercent").decimalValue()).isEqualByComparingTo("0.98");
        assertThat(account.path("limits").path("openRiskCapPercent").decimalValue()).isEqualByComparingTo("3");
    }

    @Test
    void allNeedsAJournalAndAPlanOrAllIsRequired() {
        assertThat(check("--all")).isEqualTo(MicroplanCommand.BAD_INPUT);
        assertThat(check()).isEqualTo(MicroplanCommand.BAD_INPUT);
        assertThat(err.toString().lines()).containsExactly(
                "check: --all: give the journal to check with --journal DIR",
                "check: give a plan file (check PLAN.json), or --journal DIR --all");
    }

    private static JsonNode rule(JsonNode json, String id) {
        for (JsonNode rule : json.path("rules")) {
            if (rule.path("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }
}
