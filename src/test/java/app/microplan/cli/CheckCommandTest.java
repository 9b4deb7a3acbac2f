package app.microplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.domain.WrittenPlan;
import app.microplan.store.JournalStore;
import app.microplan.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `microplan check`, run in-process as the jar runs it. */
class CheckCommandTest {
    private static final Path SEED = Path.of("assets", "samples", "seed-btc-long.json");
    private static final Path ETH_SHORT = Path.of("assets", "samples", "eth-short.json");

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int check(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "check";
        System.arraycopy(args, 0, command, 1, args.length);
        return MicroplanCommand.execute(command, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theSeedPlanPassesEveryRuleAndMayBeMarkedReady() {
        int exit = check(SEED.toString());

        assertThat(exit).isEqualTo(MicroplanCommand.OK);
        assertThat(out.toString()).contains("seed-btc-long  (Draft, long BTC micro perpetual (0.01 BTC))",
                "[PASS] risk-cap                 Risk $46.18 is 0.93 % of equity, within the 1.00 % cap",
                "[PASS] margin-cap               Margin utilization 8.40 % (this plan $420.00",
                "[PASS] written-plan", "Every blocking rule holds.").doesNotContain("[FAIL]", "[WARN]");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonCarriesThePlanAndEveryRule() throws Exception {
        int exit = check(SEED.toString(), "--json");

        JsonNode json = Json.MAPPER.readTree(out.toString());
        assertThat(exit).isEqualTo(MicroplanCommand.OK);
        assertThat(json.path("plan").path("id").asText()).isEqualTo("seed-btc-long");
        assertThat(json.path("allowsReady").asBoolean()).isTrue();
        assertThat(json.path("contracts").decimalValue()).isEqualByComparingTo("6");
        assertThat(json.path("riskAmount").decimalValue()).isEqualByComparingTo("46.18");
        assertThat(json.path("rules")).hasSize(app.microplan.domain.Rule.values().length).allMatch(rule -> rule.path("passed").asBoolean());
    }

    @Test
    void aPlanWithoutItsWrittenSectionsFailsWithExitOne() throws Exception {
        TradePlan unwritten = seed().withWritten(WrittenPlan.EMPTY);

        int exit = check(write(unwritten, folder.resolve("unwritten.json")).toString());

        assertThat(exit).isEqualTo(MicroplanCommand.RULE_FAILED);
        assertThat(out.toString()).contains("[FAIL] written-plan             Write the entry criteria, exit strategy,"
                + " risk-management rules before the plan can be ready", "Blocked by 1 rule(s).");
    }

    @Test
    void aDraftCountsTheMarginOfTheAccountsReadyAndOpenPlansInTheJournal() throws Exception {
        Path journal = journalWith(ETH_SHORT);
        TradePlan sevenContracts = seed().withSetup(seed().setup().toBuilder().contracts(new BigDecimal("7")).build());
        Path plan = write(sevenContracts, folder.resolve("seven.json"));

        int exit = check(plan.toString(), "--journal", journal.toString());

        assertThat(exit).isEqualTo(MicroplanCommand.RULE_FAILED);
        assertThat(out.toString()).contains("other plans' margin $140.00 and open risk $7.71", "from the journal "
                        + journal,
                "[FAIL] margin-cap               Margin utilization 12.60 % (this plan $490.00 + other plans $140.00");
    }

    @Test
    void aDraftSizedByTheCapsShrinksToFitTheJournalsMargin() throws Exception {
        Path journal = journalWith(ETH_SHORT);

        int exit = check(SEED.toString(), "--journal", journal.toString());

        assertThat(exit).isEqualTo(MicroplanCommand.OK);
        assertThat(out.toString()).contains("Contracts            5  (largest 5: risk allows 6, margin allows 5)");
    }

    @Test
    void plansOfOtherAccountsDraftsAndThePlanItselfAreNotCounted() throws Exception {
        TradePlan otherAccount = TradePlan.builder().id("other-account").status(PlanStatus.OPEN)
                .setup(seed().setup()).account(AccountSnapshot.of("Kraken", "5000", "0")).build();
        TradePlan draft = seed().toBuilder().id("another-draft").build();
        TradePlan seedReady = seed().withStatus(PlanStatus.READY);
        Path journal = journalWith();
        JournalStore store = JournalStore.open(journal);
        store.savePlan(otherAccount);
        store.savePlan(draft);
        store.savePlan(seedReady);

        int exit = check(SEED.toString(), "--journal", journal.toString());

        assertThat(exit).isEqualTo(MicroplanCommand.OK);
        assertThat(out.toString()).contains("other plans' margin $0.00 and open risk $0.00");
    }

    @Test
    void aReadyPlanIsCheckedAgainstTheAccountAsItIsNow() throws Exception {
        Path journal = journalWith();
        JournalStore.open(journal).savePlan(seed().toBuilder().id("seed-ready").status(PlanStatus.READY).build());
        TradePlan readyShort = JournalStore.readPlanFile(ETH_SHORT).plan();
        Path plan = write(readyShort, folder.resolve("eth-short.json"));

        int exit = check(plan.toString(), "--journal", journal.toString());

        assertThat(exit).isEqualTo(MicroplanCommand.RULE_FAILED);
        assertThat(out.toString()).contains("eth-short  (Ready, short ETH micro perpetual (0.01 ETH))",
                // The seed (6 contracts at 10×) holds $420.00 and this plan $140.00: 11.20 % of $5,000. The first
                // change named is the policy's: the journal's settings count expected funding, the old file did not.
                "No longer ready      Back to draft: expected funding now counts in the risk — margin now 11.20 %,"
                        + " above the 10.00 % cap",
                "[FAIL] margin-cap               Margin utilization 11.20 %");
    }

    @Test
    void anUnreadableFileIsOneLineAndExitTwo() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.json"));

        int exit = check(empty.toString());

        assertThat(exit).isEqualTo(MicroplanCommand.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("check: cannot read " + empty + ": the file is empty" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo() {
        int exit = check(folder.resolve("nope.json").toString());

        assertThat(exit).isEqualTo(MicroplanCommand.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("check: " + folder.resolve("nope.json") + ": no such file"
                + System.lineSeparator());
    }

    @Test
    void aMissingJournalIsOneLineAndExitTwo() {
        int exit = check(SEED.toString(), "--journal", folder.resolve("no-journal").toString());

        assertThat(exit).isEqualTo(MicroplanCommand.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("check: --journal: " + folder.resolve("no-journal") + " is not a folder"
                + System.lineSeparator());
    }

    @Test
    void anUnreadableJournalFileIsNamedAsAWarning() throws Exception {
        Path journal = journalWith(ETH_SHORT);
        Files.writeString(journal.resolve("plans").resolve("broken.json"), "{ \"id\" : ");

        int exit = check(SEED.toString(), "--journal", journal.toString());

        assertThat(exit).isEqualTo(MicroplanCommand.OK);
        assertThat(err.toString()).startsWith("check: skipped broken.json: the file ends in the middle of the data");
    }

    @Test
    void aPlanFromANewerVersionIsCheckedAndMarkedReadOnly() throws Exception {
        Path newer = Files.writeString(folder.resolve("newer.json"),
                Files.readString(SEED).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"));

        int exit = check(newer.toString());

        assertThat(exit).isEqualTo(MicroplanCommand.OK);
        assertThat(out.toString()).contains("(read-only: written by a newer Microplan)");
    }

    private static TradePlan seed() throws Exception {
        return JournalStore.readPlanFile(SEED).plan();
    }

    private Path journalWith(Path... samples) throws Exception {
        Path journal = folder.resolve("journal");
        Path plans = Files.createDirectories(journal.resolve("plans"));
        for (Path sample : samples) {
            Files.copy(sample, plans.resolve(sample.getFileName()));
        }
        return journal;
    }

    private static Path write(TradePlan plan, Path file) throws Exception {
        Path journal = Files.createTempDirectory(file.getParent(), "write");
        JournalStore store = JournalStore.open(journal);
        store.savePlan(plan);
        return Files.move(store.planFile(plan.id()), file);
    }
}
