package app.microplan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The journal's summary index, {@code plans/.index.bin} ({@link IndexFileFormat}): one {@link PlanSummary} per plan file, with the file's
 * size, modification time and identity as they were when it was summarised. It lets a journal of 100,000 plans show
 * its list without parsing every plan first.
 * <p>
 * It is never trusted over the plan files: every read lists the folder and looks at each file's stamp (no content
 * read). A plan file that is new, or whose stamp differs (a save replaces the file, so even a same-size save within
 * the same clock tick has a new identity), is parsed again; a summary whose file is gone is dropped. An index that
 * cannot be read — cut off, not an index, another version — is ignored and built again from the plan files. So the list
 * always shows what the plan files hold, with or without the index.
 * <p>
 * It is written with the same crash-safe helper as the plans ({@link AtomicFiles}; no {@code .bak}: it can always be
 * built again), but not under the journal's lock: saving a plan never waits for it. Two programs writing it at once
 * leave one whole index, and whatever it lacks is found stale on the next read. Its name starts with a dot, so the
 * journal never takes it for a plan, and a killed write's temporary file is removed like a plan's.
 */
public final class JournalIndex {
    public static final String FILE_NAME = ".index.bin";
    /** Plan files parsed on the reading thread alone when reading on one thread; more are parsed on every core. */
    static final int PARSED_ON_ONE_THREAD = 100;
    /** Where Microplan kept its index before decision 0021, as JSON: removed when the new one is written. */
    static final String EARLIER_FILE_NAME = ".index.json";

    /**
     * One plan file: its name, its stamp when summarised, and the summary.
     *
     * @param identity the hash of the file's key (on Linux and macOS its device and inode folded into one number; 0
     *                 where the system gives no key): a save writes a new file and renames it over the old one, so it
     *                 changes even when the size and the time do not. A number, not the key's text: making that text
     *                 for 100,000 files, and reading it back, cost a tenth of a second at start (decision 0023).
     */
    record Row(String file, long size, long modifiedNanos, int identity, PlanSummary summary) {
    }

    /** The stamp of a file now: changes whenever a save replaces or rewrites it. */
    private record Stamp(long size, long modifiedNanos, int identity) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    return null;
                }
                Object key = attributes.fileKey();
                return new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                        key == null ? 0 : key.hashCode());
            } catch (IOException | SecurityException e) {
                return null;   // parsed again: reading it says what is wrong
            }
        }

        boolean matches(Row row) {
            return row.size() == size && row.modifiedNanos() == modifiedNanos && row.identity() == identity;
        }
    }

    /**
     * What a read found: every readable plan's summary (newest first, as the journal list shows them:
     * {@link PlanSummary#NEWEST_FIRST}), the files that could not be read (by file name), and how the index served.
     *
     * @param reused  summaries taken from the index as they were
     * @param parsed  plan files parsed because the index had nothing current for them
     * @param indexDamaged the index file was there but could not be read (it was built again)
     * @param written a fresh index was written (something had changed)
     */
    public record Summaries(List<PlanSummary> plans, List<LoadProblem> problems, int reused, int parsed,
                            boolean indexDamaged, boolean written) {
    }

    private JournalIndex() {
    }

    public static Path fileOf(Path plansFolder) {
        return plansFolder.resolve(FILE_NAME);
    }

    /**
     * The summaries of the plans in {@code plansFolder}: from the index where it is current, from the plan files where
     * it is not; writes the index again when anything changed. A failed write is not an error (the index is only a
     * shortcut): the next read finds it stale again. Uses every core.
     */
    public static Summaries read(Path plansFolder) throws StoreException {
        return read(plansFolder, false);
    }

    /**
     * The same read on this thread alone, for a read alongside the window's own start, which needs the other core:
     * at 100,000 plans the stamps and the index take most of a second, and spread over both cores they held the
     * first frame back (decision 0027). Only when many plan files must be parsed (a first open, an index that could
     * not be read) are they parsed on every core.
     */
    public static Summaries readOnOneThread(Path plansFolder) throws StoreException {
        return read(plansFolder, true);
    }

    private static Summaries read(Path plansFolder, boolean oneThread) throws StoreException {
        Path indexFile = fileOf(plansFolder);
        // Else the index is decoded on a thread of its own while this one lists the folder and takes every file's
        // stamp: at 100,000 plans each takes about half a second (decision 0022).
        CompletableFuture<Indexed> index = oneThread ? CompletableFuture.completedFuture(Indexed.read(indexFile))
                : CompletableFuture.supplyAsync(() -> Indexed.read(indexFile), JournalIndex::onItsOwnThread);
        List<String> names = planFileNames(plansFolder);
        Stream<String> eachName = oneThread ? names.stream() : names.parallelStream();
        List<Stamp> stamps = eachName.map(name -> Stamp.of(plansFolder.resolve(name))).toList();
        Indexed indexed = index.join();
        Row[] indexedRows = indexed.rowsFor(names);
        IntStream eachFile = IntStream.range(0, names.size());
        if (!oneThread || toParse(stamps, indexedRows) > PARSED_ON_ONE_THREAD) {
            eachFile = eachFile.parallel();
        }
        List<Outcome> outcomes = eachFile
                .mapToObj(i -> summarise(plansFolder, names.get(i), stamps.get(i), indexedRows[i]))
                .toList();
        PlanSummary[] plans = new PlanSummary[outcomes.size()];
        List<Row> rows = new ArrayList<>(outcomes.size());
        List<LoadProblem> problems = new ArrayList<>();
        int reused = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.row() != null) {
                plans[rows.size()] = outcome.row().summary();
                rows.add(outcome.row());
                reused += outcome.reused() ? 1 : 0;
            } else {
                problems.add(outcome.problem());
            }
        }
        int parsed = outcomes.size() - reused;
        boolean stale = indexed.damaged() || parsed > problems.size() || rows.size() != indexed.rows().size();
        boolean written = stale && write(indexFile, rows);
        // Sorted here, not the names: the list wants this order, and sorting 100,000 names as well took a quarter
        // of a second in the window (decision 0023).
        PlanSummary[] newestFirst = Arrays.copyOf(plans, rows.size());
        if (oneThread) {
            Arrays.sort(newestFirst, PlanSummary.NEWEST_FIRST);
        } else {
            Arrays.parallelSort(newestFirst, PlanSummary.NEWEST_FIRST);
        }
        problems.sort(Comparator.comparing(problem -> problem.file().getFileName().toString()));
        return new Summaries(Arrays.asList(newestFirst), problems, reused, parsed, indexed.damaged(), written);
    }

    /** How many of the files have no current summary in the index, so are parsed. */
    private static int toParse(List<Stamp> stamps, Row[] indexedRows) {
        int count = 0;
        for (int i = 0; i < indexedRows.length; i++) {
            count += isCurrent(stamps.get(i), indexedRows[i]) ? 0 : 1;
        }
        return count;
    }

    /**
     * The index file's rows in its order, which is the order the folder listed the files in when it was written;
     * none when there is no index, and none when it is damaged.
     */
    private record Indexed(List<Row> rows, boolean damaged) {
        static Indexed read(Path indexFile) {
            if (!Files.isRegularFile(indexFile)) {
                return new Indexed(List.of(), false);
            }
            // Null when it cannot be read as this version's index: it is then built again.
            List<Row> rows = IndexFileFormat.read(indexFile);
            return rows == null ? new Indexed(List.of(), true) : new Indexed(rows, false);
        }

        /**
         * The index's row for each of {@code names} (null where it has none). A folder lists its files in the same
         * order until files come or go, so they are matched by place as long as the names agree, and the rest by
         * name: a map of 100,000 names was built at every start for nothing (decision 0023).
         */
        Row[] rowsFor(List<String> names) {
            Row[] matched = new Row[names.size()];
            int same = 0;
            int both = Math.min(names.size(), rows.size());
            while (same < both && rows.get(same).file().equals(names.get(same))) {
                matched[same] = rows.get(same);
                same++;
            }
            if (same < names.size() && same < rows.size()) {
                Map<String, Row> byFile = new HashMap<>((rows.size() - same) * 4 / 3 + 1);
                for (Row row : rows.subList(same, rows.size())) {
                    byFile.put(row.file(), row);
                }
                for (int i = same; i < names.size(); i++) {
                    matched[i] = byFile.get(names.get(i));
                }
            }
            return matched;
        }
    }

    private static void onItsOwnThread(Runnable work) {
        Thread thread = new Thread(work, "microplan-index-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private record Outcome(Row row, boolean reused, LoadProblem problem) {
    }

    /** Whether the index's row for a file still summarises it: the file's stamp is the row's. */
    private static boolean isCurrent(Stamp stamp, Row indexed) {
        return stamp != null && indexed != null && stamp.matches(indexed);
    }

    private static Outcome summarise(Path plansFolder, String name, Stamp stamp, Row indexed) {
        // The stamp was taken before the file is read: a save in between leaves a stamp older than the file, so the
        // next read parses it again rather than trusting a summary of the version before.
        if (isCurrent(stamp, indexed)) {
            return new Outcome(indexed, true, null);
        }
        Path file = plansFolder.resolve(name);
        try {
            LoadedPlan loaded = PlanFiles.read(file).loaded();
            if (!name.equals(loaded.plan().id() + ".json")) {
                return new Outcome(null, false, new LoadProblem(file, JournalStore.misnamed(loaded.plan().id())));
            }
            // Read though its stamp could not be taken (it changed meanwhile): kept with a stamp that never matches.
            Stamp kept = stamp == null ? new Stamp(-1, -1, 0) : stamp;
            return new Outcome(new Row(name, kept.size(), kept.modifiedNanos(), kept.identity(),
                    PlanSummary.of(loaded.plan(), loaded.readOnly())), false, null);
        } catch (UnreadableFileException e) {
            return new Outcome(null, false, new LoadProblem(file, e.reason()));
        }
    }

    private static boolean write(Path indexFile, List<Row> rows) {
        try {
            AtomicFiles.write(indexFile, IndexFileFormat.bytes(rows), false);
            Files.deleteIfExists(indexFile.resolveSibling(EARLIER_FILE_NAME));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The plan files' names in the folder's order: as names, as 100,000 paths took twice as long to list, and not
     * sorted (decision 0023).
     */
    private static List<String> planFileNames(Path plansFolder) throws StoreException {
        String[] listed = plansFolder.toFile().list();
        if (listed == null) {
            // Not listed, and java.io does not say why: the paths' listing names it (or lists a folder made meanwhile).
            return planFiles(plansFolder).stream().map(file -> file.getFileName().toString()).toList();
        }
        List<String> names = new ArrayList<>(listed.length);
        for (String name : listed) {
            if (JournalStore.isPlanFileName(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<Path> planFiles(Path plansFolder) throws StoreException {
        if (!Files.isDirectory(plansFolder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(plansFolder)) {
            return listing.filter(JournalStore::isPlanFileName).sorted().toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new StoreException("Cannot list the plans in " + plansFolder + ": " + Reasons.io(e), e);
        }
    }
}
