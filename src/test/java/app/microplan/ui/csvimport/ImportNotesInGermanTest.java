package app.microplan.ui.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.Account;
import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractCatalog;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.ImportProposal;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.Target;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import app.microplan.store.CsvImport;
import app.microplan.store.ExecutionCsv;
import app.microplan.store.ExecutionImport;
import app.microplan.ui.common.Messages;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import matcher's notes (why a round trip went unplanned) in the CSV import dialog: German in a German window
 * with German prices and dates, and in English exactly the domain's notes, which the command line prints.
 */
class ImportNotesInGermanTest {
    private static final Instant WRITTEN = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");

    @TempDir
    Path downloads;

    @AfterEach
    void backToTheSystemsLanguage() {
        Messages.use(Messages.forLanguage(null));
    }

    /** A ready long BTC micro plan at 70,000, written on 1 March 2026. */
    private static TradePlan btcLong() {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").target(Target.of("72100", "1")).leverage("10").build();
        return TradePlan.builder().id("btc").createdAt(WRITTEN).updatedAt(WRITTEN).status(PlanStatus.READY)
                .setup(setup).account(AccountSnapshot.of("Main", "5000", "0")).build();
    }

    private ImportProposal proposal(String rows) throws Exception {
        Path file = downloads.resolve("trades.csv");
        Files.writeString(file, "Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Realized Profit\n" + rows);
        ExecutionCsv.Opened opened = ExecutionCsv.open(file, List.of());
        CsvImport read = ExecutionCsv.read(file, opened.layout(), opened.headerIndex());
        return ExecutionImport.of(file, read, List.of(btcLong()), new Account("Main", new BigDecimal("5000")),
                new ContractCatalog(List.of()), NOW).proposal();
    }

    private static final String SHORT_TRADE = """
            2026-03-02 10:00:00,BTCUSDT,SELL,70000,0.07,4900,0.25,0
            2026-03-02 12:00:00,BTCUSDT,BUY,69000,0.07,4830,0.24,70
            """;
    private static final String FAR_PRICE = "2026-03-02 10:00:00,BTCUSDT,BUY,6804.9,0.07,476.3,0.25,0\n";

    @Test
    void aShortTradeAgainstTheLongPlanIsExplainedInGerman() throws Exception {
        Messages.use(Messages.forLanguage("de"));

        assertThat(ImportOutcomeText.notes(proposal(SHORT_TRADE))).containsExactly("1 Round-Trip von BTCUSDT ohne Plan"
                + " übernommen: nicht in den Long-Plan BTC-MICRO-0.01 vom 01.03.2026 (bereit), weil der Plan ist Long,"
                + " der Trade Short");
    }

    @Test
    void aTradeFarFromThePlannedEntryIsExplainedWithGermanPrices() throws Exception {
        Messages.use(Messages.forLanguage("de"));

        assertThat(ImportOutcomeText.notes(proposal(FAR_PRICE))).singleElement().asString()
                .endsWith("weil seine Einstiege liegen mehr als 5 % vom geplanten Einstieg bei 70.000 entfernt");
    }

    @Test
    void inEnglishTheDialogShowsTheDomainsNotesWordForWord() throws Exception {
        Messages.use(Messages.forLanguage("en"));
        for (String rows : List.of(SHORT_TRADE, FAR_PRICE)) {
            ImportProposal proposal = proposal(rows);

            assertThat(proposal.notes()).isNotEmpty();
            assertThat(proposal.noteWordings()).hasSameSizeAs(proposal.notes());
            assertThat(ImportOutcomeText.notes(proposal)).isEqualTo(proposal.notes());
        }
        assertThat(proposal(SHORT_TRADE).notes()).containsExactly("1 round trip of BTCUSDT went unplanned: not for the"
                + " long BTC-MICRO-0.01 plan of 2026-03-01 (ready), because the plan is long, the trade short");
    }

    private CsvImport read(String rows) throws Exception {
        Path file = downloads.resolve("bad.csv");
        Files.writeString(file, "Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Realized Profit\n" + rows);
        ExecutionCsv.Opened opened = ExecutionCsv.open(file, List.of());
        return ExecutionCsv.read(file, opened.layout(), opened.headerIndex());
    }

    private static final String BAD_ROWS = """
            2026-03-02 10:00:00,BTCUSDT,HOLD,70000,0.07,4900,0.25,0
            2026-03-02 12:00:00,BTCUSDT,BUY,69000,0,4830,0.24,70
            ,BTCUSDT,BUY,69000,0.07,4830,0.24,70
            """;

    @Test
    void aRowsProblemsReadInGermanAndInEnglishAsTheStoreWritesThem() throws Exception {
        CsvImport read = read(BAD_ROWS);
        List<String> english = read.problems().stream().map(app.microplan.store.RowProblem::message).toList();

        Messages.use(Messages.forLanguage("en"));
        assertThat(read.problems().stream().map(ImportOutcomeText::problem).toList()).isEqualTo(english);
        Messages.use(Messages.forLanguage("de"));
        List<String> german = read.problems().stream().map(ImportOutcomeText::problem).toList();

        assertThat(german).hasSize(3);
        assertThat(german.get(0)).startsWith("Zeile 2, ").contains("„HOLD“ ist keine Richtung, die diese Datei verwendet");
        assertThat(german.get(1)).startsWith("Zeile 3, ").endsWith(": muss über 0 liegen, war 0");
        assertThat(german.get(2)).startsWith("Zeile 4, ").endsWith(": ist leer");
    }

    private static final String BAD_NUMBERS = """
            2026-03-02 10:00:00,BTCUSDT,BUY,7O050,0.07,4900,0.25,0
            2026-03-02 10:00:00,BTCUSDT,BUY,1e20,0.07,4900,0.25,0
            2026-03-02 10:00:00,BTCUSDT,BUY,70000,0.07,4900,0.0000000000001,0
            2026-03-02 10:00:00,BTCUSDT,BUY,%s,0.07,4900,0.25,0
            """.formatted("9".repeat(101));

    /** Every problem of {@code read} in English as the store writes it, and the German texts. */
    private static List<String> inBothLanguages(CsvImport read) {
        List<String> english = read.problems().stream().map(app.microplan.store.RowProblem::message).toList();
        assertThat(read.problems()).allSatisfy(problem -> assertThat(problem.wording()).isNotNull());
        Messages.use(Messages.forLanguage("en"));
        assertThat(read.problems().stream().map(ImportOutcomeText::problem).toList()).isEqualTo(english);
        Messages.use(Messages.forLanguage("de"));
        return read.problems().stream().map(ImportOutcomeText::problem).toList();
    }

    @Test
    void numberCellProblemsReadInGermanAndInEnglishAsTheStoreWritesThem() throws Exception {
        List<String> german = inBothLanguages(read(BAD_NUMBERS));

        assertThat(german).hasSize(4);
        assertThat(german.get(0)).startsWith("Zeile 2, ").endsWith(": „7O050“ ist keine Zahl");
        assertThat(german.get(1)).startsWith("Zeile 3, ").endsWith(": 1E+20 ist zu groß: Zahlen müssen unter 10^15 "
                + "bleiben (15 Stellen vor dem Komma)");
        assertThat(german.get(2)).startsWith("Zeile 4, ").endsWith(": 1E-13 hat zu viele Nachkommastellen: höchstens 12"
                + " Stellen nach dem Komma");
        assertThat(german.get(3)).startsWith("Zeile 5, ").endsWith("…“ ist zu lang für eine Zahl");
    }

    @Test
    void fileProblemsReadInGermanAndInEnglishAsTheStoreWritesThem() throws Exception {
        CsvImport good = read("2026-03-02 10:00:00,BTCUSDT,BUY,70000,0.07,4900,0.25,0\n");
        assertThat(good.problems()).isEmpty();
        Path headerOnly = downloads.resolve("header-only.csv");
        Files.writeString(headerOnly, "Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Realized Profit\n");
        Path other = downloads.resolve("other.csv");
        Files.writeString(other, "When,What\n2026-03-02,something\n");
        Path empty = downloads.resolve("empty.csv");
        Files.writeString(empty, "");
        Path fewColumns = downloads.resolve("few.csv");
        Files.writeString(fewColumns, "Date(UTC),Symbol,Side\n2026-03-02 10:00:00,BTCUSDT,BUY\n");

        assertThat(inBothLanguages(ExecutionCsv.read(headerOnly, good.layout(), 0)))
                .containsExactly("Zeile 2: die Datei hat eine Kopfzeile, aber keine Zeilen");
        assertThat(inBothLanguages(ExecutionCsv.read(other, good.layout()))).singleElement().asString()
                .startsWith("Zeile 1: die Datei ist nicht im Format ")
                .endsWith(": ihre Kopfzeile steht nicht unter den ersten Zeilen");
        assertThat(inBothLanguages(ExecutionCsv.read(empty, good.layout(), 0)))
                .containsExactly("Zeile 1: die Datei ist leer (eine Kopfzeile wird gebraucht)");
        assertThat(inBothLanguages(ExecutionCsv.read(fewColumns, good.layout(), 0))).singleElement().asString()
                .startsWith("Zeile 1: der Kopfzeile fehlt: ").endsWith(" (sie hat Date(UTC), Symbol, Side)");
    }
}
