package app.microplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The CSV column mappings the trader has made, in {@code csv-mappings.json} in the journal folder:
 * {@code {"schemaVersion": 1, "mappings": [...]}}, saved atomically like every journal file. A file is matched to
 * its mapping by its header, not its name: exchanges name every export differently.
 */
public final class CsvMappingStore {
    public static final String FILE_NAME = "csv-mappings.json";
    public static final int SCHEMA_VERSION = 1;

    private final Path file;
    private final JournalLock lock;

    private CsvMappingStore(Path file, JournalLock lock) {
        this.file = file;
        this.lock = lock;
    }

    public static CsvMappingStore in(Path journalFolder) {
        return new CsvMappingStore(journalFolder.resolve(FILE_NAME), JournalLock.of(journalFolder));
    }

    public Path file() {
        return file;
    }

    /** Every remembered mapping, by source name. */
    public List<ExecutionCsvMapping> all() throws StoreException {
        return read().mappings;
    }

    /** The mapping remembered for this source (ignoring case), if any. */
    public Optional<ExecutionCsvMapping> find(String source) throws StoreException {
        return all().stream().filter(m -> m.source().equalsIgnoreCase(source.strip())).findFirst();
    }

    /** The mapping made for a file with this header, if any. */
    public Optional<ExecutionCsvMapping> findByHeader(List<String> header) throws StoreException {
        String signature = ImportLayouts.signature(header);
        return all().stream().filter(m -> signature.equals(m.headerSignature())).findFirst();
    }

    /**
     * Remembers the mapping, replacing one made for the same header (or, for a mapping without a header, the
     * same source name). Read, merge and write happen under the journal's lock: two windows remembering mappings
     * at once both keep theirs.
     */
    public void remember(ExecutionCsvMapping mapping) throws StoreException {
        try (JournalLock.Held held = lock.acquire()) {
            Stored stored = read();
            if (stored.version > SCHEMA_VERSION) {
                throw new StoreException(FILE_NAME + " was written by a newer Microplan; it is left as it is");
            }
            List<ExecutionCsvMapping> mappings = new ArrayList<>(stored.mappings);
            mappings.removeIf(m -> mapping.headerSignature() != null
                    ? mapping.headerSignature().equals(m.headerSignature())
                    : m.headerSignature() == null && m.source().equalsIgnoreCase(mapping.source()));
            mappings.add(mapping);
            mappings.sort(Comparator.comparing(ExecutionCsvMapping::source, String.CASE_INSENSITIVE_ORDER));
            ObjectNode tree = Json.MAPPER.createObjectNode().put("schemaVersion", SCHEMA_VERSION);
            tree.set("mappings", Json.MAPPER.valueToTree(mappings));
            try {
                AtomicFiles.write(file, Json.MAPPER.writeValueAsBytes(tree));
            } catch (IOException e) {
                throw new StoreException("Cannot save " + FILE_NAME + ": " + Reasons.of(e), e);
            }
        }
    }

    private Stored read() throws StoreException {
        if (!Files.exists(file)) {
            return new Stored(SCHEMA_VERSION, List.of());
        }
        VersionedJson json;
        try {
            json = VersionedJson.read(file);
        } catch (UnreadableFileException e) {
            throw new StoreException(FILE_NAME + " cannot be read: " + e.reason(), e);
        }
        if (!(json.body().get("mappings") instanceof ArrayNode array)) {
            throw new StoreException(FILE_NAME + " cannot be read: it holds no list of mappings");
        }
        try {
            List<ExecutionCsvMapping> mappings = new ArrayList<>();
            for (JsonNode node : array) {
                mappings.add(Json.MAPPER.treeToValue(node, ExecutionCsvMapping.class));
            }
            return new Stored(json.schemaVersion(), mappings);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(FILE_NAME + " cannot be read: " + Reasons.of(e), e);
        }
    }

    private record Stored(int version, List<ExecutionCsvMapping> mappings) {
    }
}
