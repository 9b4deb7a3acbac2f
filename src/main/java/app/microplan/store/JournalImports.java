package app.microplan.store;

import app.microplan.domain.ImportProposal;
import app.microplan.domain.TradePlan;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes an import into the journal and undoes it as a whole. Before any plan file is written, what every file
 * the import touches held (the plan files, their {@code .bak} copies, the remembered mappings) is kept in
 * {@code imports/<id>.json}; undo puts those bytes back — byte for byte — and removes the files the import made.
 * Undo refuses, changing nothing, when a file was changed after the import: it would lose that change.
 */
public final class JournalImports {
    public static final String FOLDER = "imports";
    static final int SCHEMA_VERSION = 1;
    /** Import ids start with their time, so the records sort as they were made: 20260305-120000-1a2b3c4d. */
    private static final java.time.format.DateTimeFormatter ID_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC);

    private final JournalStore store;

    private JournalImports(JournalStore store) {
        this.store = store;
    }

    public static JournalImports of(JournalStore store) {
        return new JournalImports(store);
    }

    /** What an undo put back: the plans as they are again, and the ids of the plans it removed. */
    public record Undone(ImportRecord record, List<TradePlan> restored, List<String> removed) {
    }

    /**
     * One file the import writes: its bytes before (null: it did not exist), and the SHA-256 of what the import
     * leaves in it (null when that is not known beforehand: the remembered mappings).
     */
    private record Touched(Path file, byte[] before, String afterSha256) {
        static Touched of(Path file, byte[] before, byte[] after) {
            return new Touched(file, before, after == null ? null : sha256(after));
        }

        /** The file holds what the import left, or what it held before (undone already): safe to put back. */
        boolean untouchedSince(byte[] now) {
            return afterSha256 == null || (now == null ? before == null : afterSha256.equals(sha256(now))
                    || (before != null && java.util.Arrays.equals(now, before)));
        }
    }

    /**
     * Writes the proposal's plans (and, when given, the remembered mapping) after keeping what the files held.
     *
     * @param mapping a column mapping to remember with the import, or null
     */
    public ImportRecord apply(ImportProposal proposal, String file, String layout, String summary,
                              ExecutionCsvMapping mapping, Instant now) throws StoreException {
        List<Touched> touched = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (TradePlan plan : proposal.plansToWrite()) {
            Path target = store.planFile(plan.id());
            byte[] before = bytesOrNull(target);
            (before == null ? added : changed).add(plan.id());
            touched.add(Touched.of(target, before, JournalStore.bytesOf(plan)));
            Path backup = AtomicFiles.backupOf(target);
            byte[] backupBefore = bytesOrNull(backup);
            touched.add(Touched.of(backup, backupBefore, before == null ? backupBefore : before));
        }
        CsvMappingStore mappings = CsvMappingStore.in(store.folder());
        if (mapping != null) {
            touched.add(Touched.of(mappings.file(), bytesOrNull(mappings.file()), null));
            touched.add(Touched.of(AtomicFiles.backupOf(mappings.file()),
                    bytesOrNull(AtomicFiles.backupOf(mappings.file())), null));
        }
        ImportRecord record = new ImportRecord(ID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8),
                now, file, layout, summary, changed, added);
        Path recordFile = recordFile(record.id());
        boolean foldersExisted = Files.isDirectory(folder());
        writeRecord(recordFile, record, touched);
        try {
            for (TradePlan plan : proposal.plansToWrite()) {
                store.savePlan(plan);
            }
            if (mapping != null) {
                mappings.remember(mapping);
            }
        } catch (StoreException e) {
            rollBack(touched, recordFile, foldersExisted);
            throw e;
        }
        return record;
    }

    /** Every import still on record, newest first. */
    public List<ImportRecord> list() throws StoreException {
        List<ImportRecord> records = new ArrayList<>();
        if (!Files.isDirectory(folder())) {
            return records;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder(), "*.json")) {
            for (Path file : files) {
                records.add(readRecord(file).record());
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list the imports in " + folder() + ": " + Reasons.io(e), e);
        }
        records.sort(Comparator.comparing(ImportRecord::time).reversed());
        return records;
    }

    public Optional<ImportRecord> last() throws StoreException {
        return list().stream().findFirst();
    }

    /** Puts back every file the import changed, exactly as it was, and forgets the import. */
    public Undone undo(String id) throws StoreException {
        Path recordFile = recordFile(id);
        if (!Files.exists(recordFile)) {
            throw new StoreException("There is no import " + id + " to undo (it was undone already?)");
        }
        Stored stored = readRecord(recordFile);
        for (Touched file : stored.touched()) {
            if (!file.untouchedSince(bytesOrNull(file.file()))) {
                throw new StoreException(file.file().getFileName() + " was changed after the import of "
                        + stored.record().file() + "; undoing it would lose that change, so nothing was undone");
            }
        }
        List<TradePlan> restored = new ArrayList<>();
        for (Touched file : stored.touched()) {
            store.restorePlanFile(file.file(), file.before());
        }
        for (String planId : stored.record().changedPlans()) {
            restored.add(store.loadPlan(store.planFile(planId)).plan());
        }
        forget(recordFile, false);
        return new Undone(stored.record(), restored, stored.record().addedPlans());
    }

    // ---- The record file ------------------------------------------------------------------------------------

    private record Stored(ImportRecord record, List<Touched> touched) {
    }

    private Path folder() {
        return store.folder().resolve(FOLDER);
    }

    private Path recordFile(String id) {
        return folder().resolve(id + ".json");
    }

    private void writeRecord(Path file, ImportRecord record, List<Touched> touched) throws StoreException {
        ObjectNode root = Json.MAPPER.createObjectNode().put("schemaVersion", SCHEMA_VERSION);
        root.set("import", Json.MAPPER.valueToTree(record));
        ArrayNode files = root.putArray("files");
        Base64.Encoder base64 = Base64.getEncoder();
        for (Touched touchedFile : touched) {
            ObjectNode node = files.addObject();
            node.put("path", store.folder().relativize(touchedFile.file()).toString().replace('\\', '/'));
            node.put("before", touchedFile.before() == null ? null : base64.encodeToString(touchedFile.before()));
            node.put("afterSha256", touchedFile.afterSha256());
        }
        try {
            AtomicFiles.write(file, Json.MAPPER.writeValueAsBytes(root), false);
        } catch (IOException e) {
            throw new StoreException("Cannot keep the record of this import in " + folder() + ": " + Reasons.io(e), e);
        }
    }

    private Stored readRecord(Path file) throws StoreException {
        try {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            ImportRecord record = Json.MAPPER.treeToValue(root.get("import"), ImportRecord.class);
            List<Touched> touched = new ArrayList<>();
            Base64.Decoder base64 = Base64.getDecoder();
            for (JsonNode node : root.path("files")) {
                JsonNode before = node.get("before");
                JsonNode after = node.get("afterSha256");
                touched.add(new Touched(store.folder().resolve(node.get("path").asText()),
                        before == null || before.isNull() ? null : base64.decode(before.asText()),
                        after == null || after.isNull() ? null : after.asText()));
            }
            return new Stored(record, touched);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("The import record " + file.getFileName() + " cannot be read: " + Reasons.of(e), e);
        }
    }

    private void rollBack(List<Touched> touched, Path recordFile, boolean folderExisted) {
        for (Touched file : touched) {
            try {
                store.restorePlanFile(file.file(), file.before());
            } catch (StoreException ignored) {
                // the record stays, so the trader can undo the rest
                return;
            }
        }
        try {
            forget(recordFile, folderExisted);
        } catch (StoreException ignored) {
            // a stray record of an import that wrote nothing is harmless
        }
    }

    /** Deletes the record, and the imports folder once it is empty (the journal is then as it was before). */
    private void forget(Path recordFile, boolean keepFolder) throws StoreException {
        try {
            Files.deleteIfExists(recordFile);
            if (!keepFolder) {
                try (DirectoryStream<Path> left = Files.newDirectoryStream(folder())) {
                    if (!left.iterator().hasNext()) {
                        Files.delete(folder());
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot remove the import record " + recordFile.getFileName() + ": "
                    + Reasons.io(e), e);
        }
    }

    // ---- Bytes ------------------------------------------------------------------------------------------------

    private static byte[] bytesOrNull(Path file) throws StoreException {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file.getFileName() + ": " + Reasons.io(e), e);
        }
    }

    private static String sha256(byte[] content) {
        return FileFingerprint.of(content).sha256();
    }
}
