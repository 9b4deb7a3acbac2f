package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.TradePlan;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that is saving plans, at random moments, again and again. After every kill the journal must be
 * exactly what some whole number of saves left: every file parses and is its previous or its new version,
 * never a torn or mixed one; every backup parses and is an earlier version; and reopening the journal removes
 * the temporary file the kill left, so none remains.
 * <p>
 * The test counts the kills that landed mid-write — a temporary file of a plan on disk right after the kill
 * means the save had written it and not yet renamed it — and requires at least {@value #MIN_MID_WRITE} of
 * {@value #KILLS}: a run whose kills all fell between saves would prove nothing. The saver is a slow writer
 * ({@link CrashingSaver#PAUSE_MILLIS} ms before each rename) so that most kills land there.
 */
class CrashSafetyTest {
    private static final int KILLS = 50;
    private static final int MIN_MID_WRITE = 20;
    private static final int PLANS = CrashingSaver.PLANS;
    /** Kills land from the first save to a few dozen saves in. */
    private static final int MAX_WAIT_MILLIS = 120;

    @TempDir
    Path journal;

    @Test
    /* A guard against a hang, not a speed limit: 50 Java starts take ~25 s on a quiet machine, minutes on a busy one. */
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killedWhileSavingEveryPlanFileIsItsPreviousOrItsNewVersion() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        JournalStore first = JournalStore.open(journal);
        for (int plan = 0; plan < PLANS; plan++) {
            first.savePlan(CrashingSaver.version(plan, 0));
        }
        long[] onDisk = new long[PLANS];
        long nextGeneration = 1;
        int kills = 0;
        int midWrite = 0;
        long savesSeen = 0;
        while (kills < KILLS) {
            Process saver = startSaver(nextGeneration);
            awaitSaving(saver);
            boolean exitedByItself = saver.waitFor(random.nextInt(MAX_WAIT_MILLIS), TimeUnit.MILLISECONDS);
            assertThat(exitedByItself).as("the saver stopped before it was killed: %s", stderr()).isFalse();
            saver.destroyForcibly().waitFor();
            kills++;
            if (!temporaryFiles().isEmpty()) {
                midWrite++;
            }

            long[] now = generationsOnDisk();
            assertThat(temporaryFiles()).as("reopening the journal after kill %d removed its leftovers", kills).isEmpty();
            int saves = wholeSavesExplaining(onDisk, nextGeneration, now);
            assertThat(saves).as("kill %d (seed %d): generations %s are not what whole saves leave after %s",
                    kills, seed, java.util.Arrays.toString(now), java.util.Arrays.toString(onDisk)).isNotNegative();
            everyBackupIsAnEarlierWholeVersion(now);
            savesSeen += saves;
            onDisk = now;
            nextGeneration = java.util.Arrays.stream(now).max().orElseThrow() + 1;
        }
        System.out.printf("CrashSafetyTest: %d kills, %d of them mid-write (temporary file on disk), %d saves completed"
                + " between them, journal and backups whole after each (seed %d)%n", kills, midWrite, savesSeen, seed);
        assertThat(midWrite).as("kills that landed between the temporary file and its rename").isGreaterThanOrEqualTo(
                MIN_MID_WRITE);
        assertThat(savesSeen).as("the kills landed while plans were being saved").isPositive();
    }

    /**
     * Each plan's .bak, once there is one, parses and is one whole version the saver wrote: an older one, or the
     * file's own version when the kill came after the backup was made and before the new file was renamed in.
     */
    private void everyBackupIsAnEarlierWholeVersion(long[] generations) throws Exception {
        for (int plan = 0; plan < PLANS; plan++) {
            Path backup = AtomicFiles.backupOf(journal.resolve("plans").resolve("crash-" + plan + ".json"));
            if (Files.exists(backup)) {
                TradePlan previous = JournalStore.readPlanFile(backup).plan();
                long generation = CrashingSaver.generationOf(previous);
                assertThat(previous).isEqualTo(CrashingSaver.version(plan, generation));
                assertThat(generation).isLessThanOrEqualTo(generations[plan]);
            }
        }
    }

    /** Temporary files in the journal: what a save had written and not yet renamed when it was killed. */
    private List<Path> temporaryFiles() throws Exception {
        try (java.util.stream.Stream<Path> files = Files.list(journal.resolve("plans"))) {
            return files.filter(AtomicFiles::isLeftover).toList();
        }
    }

    private Process startSaver(long generation) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), CrashingSaver.class.getName(),
                journal.toString(), Long.toString(generation))
                .redirectError(journal.resolve("saver-stderr.txt").toFile()).start();
    }

    private void awaitSaving(Process saver) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("the saver did not start: %s", stderr()).isEqualTo(CrashingSaver.READY);
    }

    /** Loads the journal as the app would and checks each plan is exactly one version the saver writes. */
    private long[] generationsOnDisk() throws Exception {
        JournalLoad load = JournalStore.open(journal).loadPlans();
        assertThat(load.problems()).isEmpty();
        List<TradePlan> plans = load.plans().stream().map(LoadedPlan::plan)
                .sorted(Comparator.comparing(TradePlan::id)).toList();
        assertThat(plans).hasSize(PLANS);
        long[] generations = new long[PLANS];
        for (int plan = 0; plan < PLANS; plan++) {
            generations[plan] = CrashingSaver.generationOf(plans.get(plan));
            assertThat(plans.get(plan)).isEqualTo(CrashingSaver.version(plan, generations[plan]));
        }
        return generations;
    }

    /**
     * The saver writes plan 0..4 of generation g, then of g + 1, and so on. The number of whole saves that turns
     * {@code before} into {@code after}, or -1 if no number of whole saves does (a save half-applied).
     */
    private static int wholeSavesExplaining(long[] before, long firstGeneration, long[] after) {
        long top = java.util.Arrays.stream(after).max().orElseThrow();
        int most = (int) Math.max(0, (top - firstGeneration + 1) * PLANS);
        for (int saves = 0; saves <= most; saves++) {
            boolean matches = true;
            for (int plan = 0; plan < PLANS && matches; plan++) {
                int savesOfPlan = saves / PLANS + (plan < saves % PLANS ? 1 : 0);
                long expected = savesOfPlan == 0 ? before[plan] : firstGeneration + savesOfPlan - 1;
                matches = after[plan] == expected;
            }
            if (matches) {
                return saves;
            }
        }
        return -1;
    }

    private String stderr() throws Exception {
        Path file = journal.resolve("saver-stderr.txt");
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
