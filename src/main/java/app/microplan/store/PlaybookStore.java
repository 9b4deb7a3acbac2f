package app.microplan.store;

import app.microplan.domain.Playbook;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The trader's playbooks, in {@code playbooks.json} in the journal folder:
 * {@code {"schemaVersion": 1, "playbooks": [...]}}. Saved like every journal file: atomically with a
 * {@code .bak}, never over a file another program changed since it was read (the trader's version then goes
 * beside it), and never over a file from a newer Microplan, which is read as far as this version understands it.
 * One store per open journal: it remembers what it read, which is what makes a later save safe.
 */
public final class PlaybookStore {
    public static final String FILE_NAME = "playbooks.json";
    public static final int SCHEMA_VERSION = 1;

    private final Path file;
    private final GuardedWriter writer;

    private PlaybookStore(Path folder, Clock clock) {
        this.file = folder.resolve(FILE_NAME);
        this.writer = new GuardedWriter(JournalLock.of(folder), clock);
    }

    public static PlaybookStore in(Path journalFolder) {
        return new PlaybookStore(journalFolder.toAbsolutePath().normalize(), Clock.systemDefaultZone());
    }

    public Path file() {
        return file;
    }

    /** Every playbook, in the trader's order; none when there is no file yet. */
    public List<Playbook> load() throws StoreException {
        // The file is only ever replaced whole (AtomicFiles), so reading needs no lock.
        if (!Files.exists(file)) {
            return List.of();
        }
        VersionedJson json = VersionedJson.read(file);
        ObjectReader reader = Json.MAPPER.readerFor(PlaybookFile.class);
        if (json.schemaVersion() > SCHEMA_VERSION) {
            reader = reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
        try {
            PlaybookFile read = reader.readValue(json.body());
            writer.remember(file, json.fingerprint(), json.schemaVersion());
            return read.playbooks();
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableFileException(file, Reasons.of(e), e);
        }
    }

    /** Replaces the file with these playbooks (one name once, ignoring case). */
    public void save(List<Playbook> playbooks) throws StoreException {
        List<String> names = new ArrayList<>();
        for (Playbook playbook : playbooks) {
            String name = playbook.name().toLowerCase(java.util.Locale.ROOT);
            if (names.contains(name)) {
                throw new StoreException("Two playbooks are named \"" + playbook.name() + "\"; give each its own name");
            }
            names.add(name);
        }
        byte[] bytes;
        try {
            bytes = VersionedJson.bytes(SCHEMA_VERSION, new PlaybookFile(playbooks));
        } catch (IOException e) {
            throw new StoreException("Cannot write " + FILE_NAME + ": " + Reasons.of(e), e);
        }
        writer.write(file, bytes, SCHEMA_VERSION, GuardedWriter.IfDeleted.WRITE_AGAIN);
    }

    /** The file's body: the playbooks in order. */
    record PlaybookFile(List<Playbook> playbooks) {
        PlaybookFile {
            playbooks = playbooks == null ? List.of() : List.copyOf(playbooks);
        }
    }
}
