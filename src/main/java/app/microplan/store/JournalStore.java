package app.microplan.store;

import app.microplan.domain.TradePlan;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The journal on disk: {@code plans/<id>.json} one file per plan, {@code settings.json}, and a {@code trash/}
 * folder that deleted plans go to, so a delete can be undone. Safe for one writer per plan at a time.
 */
public final class JournalStore {
    public static final int PLAN_SCHEMA_VERSION = 1;
    public static final int SETTINGS_SCHEMA_VERSION = 1;

    private final Path folder;
    private final ConcurrentHashMap<String, Object> planLocks = new ConcurrentHashMap<>();

    private JournalStore(Path folder) {
        this.folder = folder;
    }

    /** Opens (and creates, if need be) a journal folder. */
    public static JournalStore open(Path folder) throws StoreException {
        try {
            Files.createDirectories(folder.resolve("plans"));
            return new JournalStore(folder.toAbsolutePath());
        } catch (IOException e) {
            throw new StoreException("Cannot open the journal folder " + folder + ": " + reason(e), e);
        }
    }

    public Path folder() {
        return folder;
    }

    public Path plansFolder() {
        return folder.resolve("plans");
    }

    public Path planFile(String planId) {
        return plansFolder().resolve(planId + ".json");
    }

    /** Reads every plan; a file that cannot be read is set aside with its reason and the rest still load. */
    public JournalLoad loadPlans() throws StoreException {
        List<LoadedPlan> plans = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(plansFolder(), "*.json")) {
            for (Path file : files) {
                try {
                    plans.add(PlanFiles.read(file));
                } catch (StoreException e) {
                    problems.add(new LoadProblem(file, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list the plans in " + plansFolder() + ": " + reason(e), e);
        }
        return new JournalLoad(plans, problems);
    }

    public LoadedPlan loadPlan(Path file) throws StoreException {
        return PlanFiles.read(file);
    }

    public void savePlan(TradePlan plan) throws StoreException {
        synchronized (planLocks.computeIfAbsent(plan.id(), id -> new Object())) {
            Path file = planFile(plan.id());
            try {
                AtomicFiles.write(file, PlanFiles.bytes(plan));
            } catch (IOException e) {
                throw new StoreException("Cannot save " + file.getFileName() + ": " + reason(e), e);
            }
        }
    }

    /** Moves the plan's file to {@code trash/}; {@link #restorePlan} brings it back. */
    public void deletePlan(String planId) throws StoreException {
        synchronized (planLocks.computeIfAbsent(planId, id -> new Object())) {
            try {
                Path trash = Files.createDirectories(folder.resolve("trash"));
                Files.move(planFile(planId), trash.resolve(planId + ".json"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new StoreException("Cannot move plan " + planId + " to the trash: " + reason(e), e);
            }
        }
    }

    public TradePlan restorePlan(String planId) throws StoreException {
        synchronized (planLocks.computeIfAbsent(planId, id -> new Object())) {
            Path trashed = folder.resolve("trash").resolve(planId + ".json");
            try {
                Files.move(trashed, planFile(planId), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new StoreException("Cannot restore plan " + planId + " from the trash: " + reason(e), e);
            }
            return PlanFiles.read(planFile(planId)).plan();
        }
    }

    public Settings loadSettings() throws StoreException {
        Path file = folder.resolve("settings.json");
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        try {
            JsonNode tree = Json.MAPPER.readTree(file.toFile());
            if (tree instanceof ObjectNode object) {
                object.remove("schemaVersion");
            }
            return Json.MAPPER.treeToValue(tree, Settings.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("settings.json cannot be read: " + reason(e), e);
        }
    }

    public void saveSettings(Settings settings) throws StoreException {
        try {
            ObjectNode tree = Json.MAPPER.createObjectNode().put("schemaVersion", SETTINGS_SCHEMA_VERSION);
            tree.setAll((ObjectNode) Json.MAPPER.valueToTree(settings));
            AtomicFiles.write(folder.resolve("settings.json"), Json.MAPPER.writeValueAsBytes(tree));
        } catch (IOException e) {
            throw new StoreException("Cannot save settings.json: " + reason(e), e);
        }
    }

    static String reason(Exception e) {
        if (e instanceof JsonProcessingException json) {
            return json.getOriginalMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
