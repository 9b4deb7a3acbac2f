package app.microplan.store;

import app.microplan.domain.TradePlan;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** One plan as a JSON file: {@code schemaVersion} first, then the plan's fields. */
final class PlanFiles {
    /** Plan ids become file names: letters, digits, '-' and '_' keep them safe on every file system. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

    private static final ObjectReader CURRENT = Json.MAPPER.readerFor(TradePlan.class);
    /** A newer Microplan may have added fields; reading what this version knows is safe because it never saves. */
    private static final ObjectReader NEWER = CURRENT.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A plan read from a file, with what the file held, so a later save can tell whether it changed. */
    record PlanFile(LoadedPlan loaded, int schemaVersion, FileFingerprint fingerprint) {
    }

    private PlanFiles() {
    }

    static byte[] bytes(TradePlan plan) throws IOException {
        return VersionedJson.bytes(JournalStore.PLAN_SCHEMA_VERSION, plan);
    }

    static PlanFile read(Path file) throws UnreadableFileException {
        VersionedJson json = VersionedJson.read(file);
        int version = json.schemaVersion();
        boolean newer = version > JournalStore.PLAN_SCHEMA_VERSION;
        try {
            if (!newer) {
                PlanMigrations.upgrade(json.body(), version);
            }
            TradePlan plan = (newer ? NEWER : CURRENT).readValue(json.body());
            if (!isSafeId(plan.id())) {
                String shown = plan.id().length() <= 40 ? plan.id() : plan.id().substring(0, 40) + "…";
                throw new UnreadableFileException(file, "the plan id \"" + shown + "\" may hold only the letters A-Z"
                        + " and a-z, digits, '-' and '_', at most 128 of them (it names the plan's file)", null);
            }
            return new PlanFile(new LoadedPlan(plan, newer), version, json.fingerprint());
        } catch (IOException | IllegalArgumentException e) {
            String reason = Reasons.of(e);
            throw new UnreadableFileException(file, newer ? "written by a newer Microplan (plan schema " + version
                    + ") in a form this version cannot read: " + reason : reason, e);
        }
    }

    static boolean isSafeId(String planId) {
        return SAFE_ID.matcher(planId).matches();
    }
}
