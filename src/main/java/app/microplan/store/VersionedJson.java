package app.microplan.store;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A journal file read whole: the JSON object it holds (without {@code schemaVersion}), the schema version it
 * declares, and the fingerprint of its bytes. Every file the store writes starts with {@code schemaVersion}.
 * A file without one is version 0, the format of the preview builds.
 */
record VersionedJson(ObjectNode body, int schemaVersion, FileFingerprint fingerprint) {

    /**
     * The largest journal file read: a plan is a few kilobytes, so 5 MB is far beyond any real one and still
     * small enough that a stray large file does not stall loading or eat memory.
     */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    static final String SCHEMA_VERSION = "schemaVersion";

    static VersionedJson read(Path file) throws UnreadableFileException {
        byte[] content = readBytes(file);
        try {
            JsonNode tree = Json.MAPPER.readTree(content);
            if (!(tree instanceof ObjectNode object)) {
                throw new UnreadableFileException(file, "it holds " + (tree == null || tree.isMissingNode()
                        ? "no JSON value" : "a JSON " + tree.getNodeType().name().toLowerCase()) + ", not an object", null);
            }
            Optional<String> outOfRange = BoundedNumbers.firstProblem(object);
            if (outOfRange.isPresent()) {
                throw new UnreadableFileException(file, outOfRange.get(), null);
            }
            return new VersionedJson(object, schemaVersion(file, object.remove(SCHEMA_VERSION)),
                    FileFingerprint.of(content));
        } catch (IOException e) {
            throw new UnreadableFileException(file, Reasons.of(e), e);
        }
    }

    /** The schema version a file declares, or 0 when it cannot be read (such a file is not from a newer version). */
    static int peekVersion(Path file) {
        try {
            return read(file).schemaVersion();
        } catch (UnreadableFileException e) {
            return 0;
        }
    }

    /** The bytes of a file: {@code schemaVersion} first, then the value's fields in their declared order. */
    static byte[] bytes(int schemaVersion, Object value) throws IOException {
        return Json.MAPPER.writeValueAsBytes(new Versioned(schemaVersion, value));
    }

    /*
     * Written straight from the value, not through a JsonNode tree: a tree would hold each number as a JsonNode,
     * and writing that back bypasses the mapper's exact-decimal serializer.
     */
    @JsonPropertyOrder({SCHEMA_VERSION})
    private record Versioned(int schemaVersion, @JsonUnwrapped Object value) {
    }

    private static byte[] readBytes(Path file) throws UnreadableFileException {
        OrdinaryFiles.require(file);
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableFileException(file, "the file is empty", null);
            }
            if (size > MAX_FILE_BYTES) {
                throw new UnreadableFileException(file, "the file is " + megabytes(size) + " MB, more than the "
                        + megabytes(MAX_FILE_BYTES) + " MB a journal file may be", null);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableFileException(file, Reasons.io(e), e);
        }
    }

    private static int schemaVersion(Path file, JsonNode version) throws UnreadableFileException {
        if (version == null) {
            return 0;
        }
        if (!version.canConvertToExactIntegral() || !version.canConvertToInt() || version.intValue() < 0) {
            throw new UnreadableFileException(file, "\"schemaVersion\" is " + version + ", not a whole number", null);
        }
        return version.intValue();
    }

    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
