package app.microplan.store;

import app.microplan.domain.Direction;
import app.microplan.domain.PlanStatus;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The summary index's bytes: a mark, a version, the number of rows, every row's search text in one block, then the
 * rows, each field in a fixed order — a text as its length and UTF-8 bytes, a time as seconds and nanoseconds, the
 * risk fraction as its unscaled digits and scale. No field names and no text to parse: reading 100,000 rows this
 * way took a third of what the same rows as JSON took (decision 0021), and with the search texts read as one block
 * (a row keeps its length), less than half again (decision 0022). Anything else than exactly such a file — cut off,
 * longer, another version, an unknown status, search texts that do not add up — reads as damaged (null), and the
 * index is built again.
 */
final class IndexFileFormat {
    /** "MPIX": a file that does not start with it is no index of ours. */
    private static final int MARK = 0x4D504958;
    static final int VERSION = 3;
    /** Larger than any text a plan holds; a bigger length means the file is damaged, not that memory should go. */
    private static final int LONGEST_TEXT = 16 << 20;
    private static final PlanStatus[] STATUSES = PlanStatus.values();
    private static final Direction[] SIDES = Direction.values();
    private static final byte NO_RISK = 0;
    private static final byte SMALL_RISK = 1;
    private static final byte LARGE_RISK = 2;

    private IndexFileFormat() {
    }

    static byte[] bytes(List<JournalIndex.Row> rows) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * rows.size() + 16);
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeInt(MARK);
        out.writeInt(VERSION);
        out.writeInt(rows.size());
        byte[] searchTexts = searchTexts(rows);
        out.writeInt(searchTexts.length);
        out.write(searchTexts);
        for (JournalIndex.Row row : rows) {
            PlanSummary s = row.summary();
            text(out, row.file());
            out.writeLong(row.size());
            out.writeLong(row.modifiedNanos());
            text(out, row.identity());
            text(out, s.id());
            out.writeLong(s.createdAt().getEpochSecond());
            out.writeInt(s.createdAt().getNano());
            text(out, s.status().name());
            text(out, s.symbol());
            text(out, s.direction().name());
            risk(out, s.riskFraction());
            text(out, s.backToDraft());
            out.writeInt(s.searchText().length());
            out.writeBoolean(s.readOnly());
            out.writeBoolean(s.unplanned());
            text(out, s.title());
        }
        out.flush();
        return buffer.toByteArray();
    }

    private static byte[] searchTexts(List<JournalIndex.Row> rows) {
        long total = rows.stream().mapToLong(row -> row.summary().searchText().length()).sum();
        byte[] all = new byte[Math.toIntExact(total)];
        int at = 0;
        for (JournalIndex.Row row : rows) {
            row.summary().searchText().copyTo(all, at);
            at += row.summary().searchText().length();
        }
        return all;
    }

    /** The rows of the index file, or null when it is not exactly an index of this version. */
    static List<JournalIndex.Row> read(Path file) {
        try (IndexInput in = new IndexInput(Files.newInputStream(file))) {
            if (in.readInt() != MARK || in.readInt() != VERSION) {
                return null;
            }
            int count = in.readInt();
            int searchBytes = in.readInt();
            if (count < 0 || searchBytes < 0 || searchBytes > Files.size(file)) {
                return null;
            }
            byte[] searchTexts = in.readBytes(searchBytes);
            List<JournalIndex.Row> rows = new ArrayList<>(Math.min(count, 1 << 20));
            Map<String, String> symbols = new HashMap<>();
            int searchAt = 0;
            for (int i = 0; i < count; i++) {
                JournalIndex.Row row = row(in, searchTexts, searchAt, symbols);
                rows.add(row);
                searchAt += row.summary().searchText().length();
            }
            return searchAt == searchBytes && in.atEnd() ? rows : null;
        } catch (EOFException e) {
            return null;   // cut off
        } catch (IOException | RuntimeException e) {
            return null;   // unreadable, or a field no summary can hold (an unknown status, a bad number)
        }
    }

    /** One row; {@code symbols} holds each symbol read so far, so the rows of one contract share one text. */
    private static JournalIndex.Row row(IndexInput in, byte[] searchTexts, int searchAt, Map<String, String> symbols)
            throws IOException {
        String file = text(in);
        long size = in.readLong();
        long modifiedNanos = in.readLong();
        String identity = text(in);
        String id = text(in);
        Instant createdAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
        PlanStatus status = Objects.requireNonNull(in.readName(STATUSES), "no such status");
        String read = text(in);
        String symbol = Objects.requireNonNullElse(symbols.putIfAbsent(read, read), read);
        Direction direction = Objects.requireNonNull(in.readName(SIDES), "no such side");
        BigDecimal risk = risk(in);
        String backToDraft = text(in);
        int searchLength = in.readInt();
        if (searchLength < 0 || searchLength > searchTexts.length - searchAt) {
            throw new IOException("a search text past the block's end");
        }
        SearchText searchText = new SearchText(searchTexts, searchAt, searchLength);
        boolean readOnly = in.readBoolean();
        boolean unplanned = in.readBoolean();
        String title = text(in);
        return new JournalIndex.Row(file, size, modifiedNanos, identity, new PlanSummary(id, createdAt, status, symbol,
                direction, risk, backToDraft, searchText, readOnly, unplanned, title));
    }

    /** A risk fraction as a long and a scale when it fits (parsing its digits was a seventh of the reading). */
    private static void risk(DataOutputStream out, BigDecimal risk) throws IOException {
        if (risk == null) {
            out.writeByte(NO_RISK);
        } else if (risk.unscaledValue().bitLength() < Long.SIZE) {
            out.writeByte(SMALL_RISK);
            out.writeLong(risk.unscaledValue().longValueExact());
            out.writeInt(risk.scale());
        } else {
            out.writeByte(LARGE_RISK);
            text(out, risk.toString());
        }
    }

    private static BigDecimal risk(IndexInput in) throws IOException {
        return switch (in.readByte()) {
            case NO_RISK -> null;
            case SMALL_RISK -> BigDecimal.valueOf(in.readLong(), in.readInt());
            case LARGE_RISK -> new BigDecimal(text(in));
            default -> throw new IOException("no such risk form");
        };
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(IndexInput in) throws IOException {
        return in.readText(LONGEST_TEXT);
    }
}
