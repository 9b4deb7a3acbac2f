package app.microplan.bench;

import app.microplan.domain.Account;
import app.microplan.domain.ContractCatalog;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.store.CsvImport;
import app.microplan.store.ExecutionCsv;
import app.microplan.store.ExecutionImport;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import app.microplan.ui.JournalFixtures;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Importing an exchange file of 100,000 rows (a Binance trade history: 25,000 round trips of four fills over four
 * symbols) into a journal of 50 ready plans: reading every row, then deduplicating, grouping into round trips and
 * matching them (the preview), then writing (one file per trade, each synced), then the same file a second time
 * (every row a duplicate). Prints the figures; fails on nothing but a broken run.
 */
final class ImportBenchmark {
    private static final int ROWS = 100_000;
    private static final int RUNS = 3;
    private static final String[] SYMBOLS = {"BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintStream out;
    private final Path work;

    ImportBenchmark(PrintStream out, Path work) {
        this.out = out;
        this.work = work;
    }

    void run() throws Exception {
        Path file = work.resolve("Export Trade History.csv");
        write(file);
        JournalStore store = JournalStore.open(work.resolve("import"));
        for (int i = 0; i < 50; i++) {
            store.savePlan(JournalFixtures.example1(PlanStatus.READY, Instant.parse("2025-01-01T00:00:00Z"))
                    .toBuilder().id("ready-" + i).build());
        }
        Account main = new Account("Main", new BigDecimal("5000"));
        ContractCatalog catalog = new ContractCatalog(List.of());
        List<TradePlan> ready = plans(store);
        List<Long> read = new ArrayList<>();
        List<Long> match = new ArrayList<>();
        List<Long> readCpu = new ArrayList<>();
        List<Long> matchCpu = new ArrayList<>();
        ExecutionImport result = null;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            long c0 = cpu();
            CsvImport csv = ExecutionCsv.read(file, ExecutionCsv.open(file, List.of()).layout());
            long t1 = System.nanoTime();
            long c1 = cpu();
            result = ExecutionImport.of(file, csv, ready, main, catalog, Instant.now());
            long t2 = System.nanoTime();
            long c2 = cpu();
            read.add(t1 - t0);
            match.add(t2 - t1);
            readCpu.add(c1 - c0);
            matchCpu.add(c2 - c1);
        }
        out.printf("Import of %,d rows: preview (median of %d): read every row %.2f s (CPU %.2f s); dedupe, round"
                + " trips and matching %.2f s (CPU %.2f s)%n", ROWS, RUNS, Stats.median(read) / 1e9,
                Stats.median(readCpu) / 1e9, Stats.median(match) / 1e9, Stats.median(matchCpu) / 1e9);
        if (Boolean.getBoolean("microplan.bench.previewOnly")) {
            return;
        }
        long w0 = System.nanoTime();
        result.writeTo(store, null, Instant.now());
        long written = System.nanoTime() - w0;
        List<TradePlan> all = plans(store);
        List<Long> again = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            ExecutionImport second = ExecutionImport.of(file, ExecutionCsv.read(file, result.read().layout()), all,
                    main, catalog, Instant.now());
            again.add(System.nanoTime() - t0);
            if (second.changesSomething()) {
                throw new IllegalStateException("the second import should find only duplicates");
            }
        }
        int trades = result.proposal().roundTrips().size();
        out.printf("Import of %,d rows (%,d round trips, 4 symbols) into 50 ready plans, median of %d runs:%n", ROWS,
                trades, RUNS);
        out.printf("  read every row %.2f s; dedupe + round trips + matching %.2f s; the preview in all %.2f s%n",
                Stats.median(read) / 1e9, Stats.median(match) / 1e9,
                (Stats.median(read) + Stats.median(match)) / 1e9);
        out.printf("  write %,d trades (one synced file each, once) %.1f s; the same file again against them, every"
                + " row a duplicate: %.2f s%n", trades, written / 1e9, Stats.median(again) / 1e9);
    }

    /** This thread's CPU time: on a machine shared with other builds, wall time says more about them. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static List<TradePlan> plans(JournalStore store) throws Exception {
        return store.loadPlans().plans().stream().map(LoadedPlan::plan).toList();
    }

    /** Round trips of two entries and two exits, each symbol its own trades, one minute apart. */
    private static void write(Path file) throws Exception {
        LocalDateTime time = LocalDateTime.parse("2025-06-01T00:00:00");
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            writer.write("Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Realized Profit\n");
            for (int row = 0; row < ROWS; row++) {
                String symbol = SYMBOLS[(row / 4) % SYMBOLS.length];
                boolean entry = row % 4 < 2;
                String side = ((row / 4) % 2 == 0) == entry ? "BUY" : "SELL";
                int price = 60_000 + (row % 997);
                writer.write(TIME.format(time.plusMinutes(row)) + "," + symbol + "," + side + "," + price
                        + ".5,0.01," + price + ",0.01,0\n");
            }
        }
    }
}
