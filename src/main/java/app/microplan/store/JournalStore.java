package app.microplan.store;

import app.microplan.domain.ContractSpec;
import app.microplan.domain.TradePlan;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The journal on disk: {@code plans/<id>.json} one file per plan, {@code settings.json}, {@code contracts.json}
 * (the trader's own contract specs), and a {@code trash/} folder that deleted plans go to, so a delete can be
 * undone. Every file starts with its {@code schemaVersion}; every save is atomic and keeps a {@code .bak}.
 * <p>
 * The store only writes over a file it read or wrote itself: see {@link GuardedWriter}. A plan file that cannot
 * be read is reported and left where it is, untouched; the store never writes over it. Every change happens under
 * the journal's {@link JournalLock}: any number of threads, stores and programs may save into one journal.
 */
public final class JournalStore {
    public static final int PLAN_SCHEMA_VERSION = 1;
    public static final int SETTINGS_SCHEMA_VERSION = 1;
    public static final int CONTRACTS_SCHEMA_VERSION = 1;

    private final Path folder;
    private final GuardedWriter writer;
    private int leftoversRemoved;

    private JournalStore(Path folder, Clock clock) {
        this.folder = folder;
        this.writer = new GuardedWriter(JournalLock.of(folder), clock);
    }

    /** Opens (and creates, if need be) a journal folder. */
    public static JournalStore open(Path folder) throws StoreException {
        return open(folder, Clock.systemDefaultZone());
    }

    /**
     * Opens (and creates) the folder and removes the temporary files a killed save left behind: under the journal's
     * lock, so a save in progress in another program is never touched. {@link #leftoversRemoved()} counts them.
     */
    static JournalStore open(Path folder, Clock clock) throws StoreException {
        JournalStore store;
        try {
            Files.createDirectories(folder.resolve("plans"));
            store = new JournalStore(folder.toAbsolutePath().normalize(), clock);
        } catch (IOException e) {
            throw new StoreException("Cannot open the journal folder " + folder + ": " + Reasons.io(e), e);
        }
        try (JournalLock.Held held = store.writer.lock()) {
            store.leftoversRemoved = Leftovers.remove(store.folder, store.plansFolder());
        }
        return store;
    }

    /** Opens a journal folder that must already exist, creating nothing: for commands that only read. */
    public static JournalStore openExisting(Path folder) throws StoreException {
        if (!Files.isDirectory(folder)) {
            throw new StoreException("The journal folder " + folder + " does not exist");
        }
        return new JournalStore(folder.toAbsolutePath().normalize(), Clock.systemDefaultZone());
    }

    /** Reads one plan file anywhere (a sample, an attachment), without a journal. */
    public static LoadedPlan readPlanFile(Path file) throws UnreadableFileException {
        return PlanFiles.read(file).loaded();
    }

    public Path folder() {
        return folder;
    }

    /** Temporary files of interrupted saves that opening the journal removed. */
    public int leftoversRemoved() {
        return leftoversRemoved;
    }

    public Path plansFolder() {
        return folder.resolve("plans");
    }

    public Path planFile(String planId) {
        return plansFolder().resolve(planId + ".json");
    }

    public Path trashFolder() {
        return folder.resolve("trash");
    }

    /**
     * Reads every plan, several files at a time. A file that cannot be read is reported with its reason and left
     * as it is; every other plan still loads. Plans come back in file-name order. What is read here is what a
     * later save compares against: after a reload the caller holds the disk's versions, not older edits.
     */
    public JournalLoad loadPlans() throws StoreException {
        List<PlanOutcome> outcomes = planFiles().parallelStream().map(this::loadListed).toList();
        List<LoadedPlan> plans = new ArrayList<>(outcomes.size());
        List<LoadProblem> problems = new ArrayList<>();
        for (PlanOutcome outcome : outcomes) {
            if (outcome.plan() != null) {
                plans.add(outcome.plan());
            } else {
                problems.add(outcome.problem());
            }
        }
        return new JournalLoad(plans, problems);
    }

    /**
     * The summaries of every plan for the journal list, from the summary index where it is current and from the
     * plan files where it is not ({@link JournalIndex}); much faster than {@link #loadPlans} on a big journal.
     */
    public JournalIndex.Summaries loadSummaries() throws StoreException {
        return JournalIndex.read(plansFolder());
    }

    /** Reads one plan file; if it is a journal file, a later save of the plan may replace exactly what was read. */
    public LoadedPlan loadPlan(Path file) throws StoreException {
        Path absolute = file.toAbsolutePath().normalize();
        try (JournalLock.Held held = writer.lock()) {
            PlanFiles.PlanFile read = PlanFiles.read(absolute);
            writer.remember(absolute, read.fingerprint(), read.schemaVersion());
            return read.loaded();
        }
    }

    /**
     * Saves the plan to {@code plans/<id>.json}. If the file on disk is not the one this store read or wrote,
     * nothing is overwritten: the plan is written beside it and {@link SaveConflictException} says where. A file
     * from a newer schema is refused with a {@link StoreException}; so is a folder that cannot be written.
     */
    public void savePlan(TradePlan plan) throws StoreException {
        writer.write(checkedPlanFile(plan), planBytes(plan), PLAN_SCHEMA_VERSION, GuardedWriter.IfDeleted.REFUSE);
    }

    /**
     * Saves the plan over whatever {@code plans/<id>.json} holds now, or again if it was deleted: after a
     * {@link SaveConflictException} the trader compared both versions and kept theirs; after a
     * {@link DeletedElsewhereException} they chose to keep the plan. A replaced version stays in {@code <id>.json.bak}.
     */
    public void savePlanOverConflict(TradePlan plan) throws StoreException {
        writer.overwrite(checkedPlanFile(plan), planBytes(plan), PLAN_SCHEMA_VERSION);
    }

    /** Plans whose saves met another program's version, each waiting for the trader's choice (after a restart too). */
    public List<PlanConflict> conflicts() throws StoreException {
        return ConflictFiles.in(plansFolder()).conflicts();
    }

    /** Conflict files that cannot be read, with the reason: listed like unreadable plans. */
    public List<LoadProblem> unreadableConflicts() throws StoreException {
        return ConflictFiles.in(plansFolder()).unreadable();
    }

    /**
     * Keep mine: the trader's version replaces the other program's, which stays in {@code <id>.json.bak}; the
     * conflict file goes to the trash.
     */
    public void keepMine(PlanConflict conflict) throws StoreException {
        try (JournalLock.Held held = writer.lock()) {
            savePlanOverConflict(conflict.mine());
            ConflictFiles.setAside(conflict.file(), trashFolder());
        }
    }

    /**
     * Keep theirs: the other program's version stays and is read again (later saves build on it); the trader's
     * version goes to the trash. Empty when the other program deleted the plan.
     */
    public Optional<LoadedPlan> keepTheirs(PlanConflict conflict) throws StoreException {
        try (JournalLock.Held held = writer.lock()) {
            Path file = planFile(conflict.planId());
            Optional<LoadedPlan> theirs = Files.exists(file) ? Optional.of(loadPlan(file))
                    : Optional.empty();
            ConflictFiles.setAside(conflict.file(), trashFolder());
            return theirs;
        }
    }

    /**
     * Writes the plan as a plan file into another folder ({@code <id>.json}, or {@code <id>-2.json} and so on
     * beside an existing one): "Save elsewhere…" when the journal refuses a save and the trader quits.
     */
    public static Path writeCopy(TradePlan plan, Path folder) throws StoreException {
        String stem = PlanFiles.isSafeId(plan.id()) ? plan.id() : "plan";
        Path target = folder.resolve(stem + ".json");
        for (int n = 2; Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            target = folder.resolve(stem + "-" + n + ".json");
        }
        try {
            AtomicFiles.write(target, planBytes(plan), false);
            return target;
        } catch (IOException e) {
            throw new StoreException("Cannot write " + target.getFileName() + " in " + folder + ": " + Reasons.io(e), e);
        }
    }

    /** Moves the plan's file to {@code trash/}; {@link #restorePlan} brings it back. */
    public void deletePlan(String planId) throws StoreException {
        Path file = planFile(planId);
        try (JournalLock.Held held = writer.lock()) {
            try {
                Files.createDirectories(trashFolder());
                Files.move(file, trashFolder().resolve(planId + ".json"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new StoreException("Cannot move plan " + planId + " to the trash: " + Reasons.io(e), e);
            }
            writer.forget(file);
        }
    }

    /** Moves a deleted plan back from {@code trash/}; refuses if a plan file of that id exists again. */
    public TradePlan restorePlan(String planId) throws StoreException {
        Path file = planFile(planId);
        try (JournalLock.Held held = writer.lock()) {
            if (Files.exists(file)) {
                throw new StoreException("Cannot restore plan " + planId + ": " + file.getFileName()
                        + " exists again in " + plansFolder() + ", and it is not overwritten");
            }
            try {
                Files.move(trashFolder().resolve(planId + ".json"), file);
            } catch (IOException e) {
                throw new StoreException("Cannot restore plan " + planId + " from the trash: " + Reasons.io(e), e);
            }
            return loadPlan(file).plan();
        }
    }

    /**
     * Puts a plan file back exactly as it was ({@code content}), or removes it ({@code null}): what undoing an
     * import does. No backup is made (the backup is put back on its own), and the store remembers what it wrote.
     */
    void restorePlanFile(Path file, byte[] content) throws StoreException {
        try (JournalLock.Held held = writer.lock()) {
            try {
                if (content == null) {
                    Files.deleteIfExists(file);
                    writer.forget(file);
                } else {
                    AtomicFiles.write(file, content, false);
                    writer.remember(file, FileFingerprint.of(content), VersionedJson.peekVersion(file));
                }
            } catch (IOException e) {
                throw new StoreException("Cannot put back " + file.getFileName() + ": " + Reasons.io(e), e);
            }
        }
    }

    /** The bytes {@link #savePlan} writes for this plan. */
    static byte[] bytesOf(TradePlan plan) throws StoreException {
        return planBytes(plan);
    }

    /** The trader's settings; the defaults when there is no {@code settings.json} yet. */
    public Settings loadSettings() throws StoreException {
        Path file = settingsFile();
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        return readVersioned(file, Settings.class, SETTINGS_SCHEMA_VERSION);
    }

    public void saveSettings(Settings settings) throws StoreException {
        writer.write(settingsFile(), bytes(SETTINGS_SCHEMA_VERSION, settings, "settings.json"), SETTINGS_SCHEMA_VERSION,
                GuardedWriter.IfDeleted.WRITE_AGAIN);
    }

    /**
     * The trader's own contract specs from {@code contracts.json} (empty when there is none). The built-in
     * presets are not stored: {@link app.microplan.domain.ContractCatalog} lays the trader's specs over them.
     */
    public List<ContractSpec> loadContracts() throws StoreException {
        Path file = contractsFile();
        if (!Files.exists(file)) {
            return List.of();
        }
        return readVersioned(file, TraderContracts.class, CONTRACTS_SCHEMA_VERSION).contracts();
    }

    public void saveContracts(List<ContractSpec> contracts) throws StoreException {
        writer.write(contractsFile(), bytes(CONTRACTS_SCHEMA_VERSION, new TraderContracts(contracts), "contracts.json"),
                CONTRACTS_SCHEMA_VERSION, GuardedWriter.IfDeleted.WRITE_AGAIN);
    }

    public Path settingsFile() {
        return folder.resolve("settings.json");
    }

    public Path contractsFile() {
        return folder.resolve("contracts.json");
    }

    /** {@code contracts.json}: the trader's own specs, in the order they were added. */
    record TraderContracts(List<ContractSpec> contracts) {
        TraderContracts {
            contracts = contracts == null ? List.of() : List.copyOf(contracts);
        }
    }

    /** One plan file's result: the plan, or why it was set aside. */
    private record PlanOutcome(LoadedPlan plan, LoadProblem problem) {
    }

    private PlanOutcome loadListed(Path file) {
        try {
            PlanFiles.PlanFile read = PlanFiles.read(file);
            String id = read.loaded().plan().id();
            String expectedName = id + ".json";
            if (!file.getFileName().toString().equals(expectedName)) {
                return new PlanOutcome(null, new LoadProblem(file, misnamed(id)));
            }
            writer.remember(file, read.fingerprint(), read.schemaVersion());
            return new PlanOutcome(read.loaded(), null);
        } catch (UnreadableFileException e) {
            return new PlanOutcome(null, new LoadProblem(file, withBackupHint(file, e.reason())));
        }
    }

    /** Why a plan file whose name is not its plan's id is set aside (a full load and the summary index alike). */
    static String misnamed(String planId) {
        return "it holds plan \"" + planId + "\", whose file should be named " + planId + ".json (one file per plan;"
                + " is it a copy?)";
    }

    private static String withBackupHint(Path file, String reason) {
        Path backup = AtomicFiles.backupOf(file);
        return Files.exists(backup) ? reason + " (the version before its last save is in " + backup.getFileName() + ")"
                : reason;
    }

    private List<Path> planFiles() throws StoreException {
        if (!Files.isDirectory(plansFolder())) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(plansFolder())) {
            return listing.filter(JournalStore::isPlanFileName).sorted().toList();
        } catch (IOException e) {
            throw new StoreException("Cannot list the plans in " + plansFolder() + ": " + Reasons.io(e), e);
        }
    }

    /* Folders, pipes and broken links named *.json are listed too: reading them says what they are. */
    static boolean isPlanFileName(Path file) {
        return isPlanFileName(file.getFileName().toString());
    }

    /* A killed write's leftover ({@link AtomicFiles#isLeftover}) starts with a dot and ends in .tmp: never a plan. */
    static boolean isPlanFileName(String name) {
        return name.endsWith(".json") && !name.startsWith(".") && !GuardedWriter.isConflictName(name);
    }

    private Path checkedPlanFile(TradePlan plan) throws StoreException {
        if (!PlanFiles.isSafeId(plan.id())) {
            throw new StoreException("Cannot save plan \"" + plan.id() + "\": a plan id must be letters, digits,"
                    + " '-' and '_' (it becomes the file name)");
        }
        return planFile(plan.id());
    }

    private static byte[] planBytes(TradePlan plan) throws StoreException {
        return bytes(PLAN_SCHEMA_VERSION, plan, plan.id() + ".json");
    }

    private static byte[] bytes(int version, Object value, String fileName) throws StoreException {
        try {
            return VersionedJson.bytes(version, value);
        } catch (IOException e) {
            throw new StoreException("Cannot write " + fileName + ": " + Reasons.of(e), e);
        }
    }

    /** Reads settings or contracts; a newer file is read as far as this version understands it, never saved over. */
    private <T> T readVersioned(Path file, Class<T> type, int currentVersion) throws StoreException {
        try (JournalLock.Held held = writer.lock()) {
            VersionedJson json = VersionedJson.read(file);
            ObjectReader reader = Json.MAPPER.readerFor(type);
            if (json.schemaVersion() > currentVersion) {
                reader = reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            }
            try {
                T value = reader.readValue(json.body());
                writer.remember(file, json.fingerprint(), json.schemaVersion());
                return value;
            } catch (IOException | IllegalArgumentException e) {
                throw new UnreadableFileException(file, Reasons.of(e), e);
            }
        }
    }
}
