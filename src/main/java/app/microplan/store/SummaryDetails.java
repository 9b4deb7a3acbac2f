package app.microplan.store;

import app.microplan.domain.Direction;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * What a journal row shows of a plan beyond its time and status ({@link PlanSummary}), and its bytes in the summary
 * index: each text as its length and UTF-8 bytes, the side by name, the risk fraction as a long and a scale when it
 * fits (else its digits), the two flags as bytes. The index keeps every row's details in one block; a row's are
 * checked when the index is read ({@link #isWellFormed}) and decoded only when first asked for ({@link Encoded}).
 */
record SummaryDetails(String id, String symbol, Direction direction, BigDecimal riskFraction, String backToDraft,
                      boolean readOnly, boolean unplanned, String title) {
    private static final Direction[] SIDES = Direction.values();
    private static final byte NO_RISK = 0;
    private static final byte SMALL_RISK = 1;
    private static final byte LARGE_RISK = 2;

    /** A row's details as the index holds them: {@code length} bytes of {@code bytes} from {@code offset}. */
    record Encoded(byte[] bytes, int offset, int length) {
        /** Decoded; the bytes were checked when the index was read, so they decode. */
        SummaryDetails decode() {
            try {
                Cursor in = new Cursor(bytes, offset, offset + length);
                return new SummaryDetails(in.text(), in.text(), in.side(), in.risk(), in.text(), in.flag(),
                        in.flag(), in.text());
            } catch (IOException e) {
                throw new UncheckedIOException("summary details that were checked do not decode", e);
            }
        }

        void copyTo(DataOutputStream out) throws IOException {
            out.write(bytes, offset, length);
        }
    }

    /** Writes these details' bytes. */
    void writeTo(DataOutputStream out) throws IOException {
        IndexFileFormat.text(out, id);
        IndexFileFormat.text(out, symbol);
        IndexFileFormat.text(out, direction.name());
        if (riskFraction == null) {
            out.writeByte(NO_RISK);
        } else if (riskFraction.unscaledValue().bitLength() < Long.SIZE) {
            out.writeByte(SMALL_RISK);
            out.writeLong(riskFraction.unscaledValue().longValueExact());
            out.writeInt(riskFraction.scale());
        } else {
            out.writeByte(LARGE_RISK);
            IndexFileFormat.text(out, riskFraction.toString());
        }
        IndexFileFormat.text(out, backToDraft);
        out.writeBoolean(readOnly);
        out.writeBoolean(unplanned);
        IndexFileFormat.text(out, title);
    }

    /**
     * Whether these bytes are exactly one row's details: every length within them, a side by its name, a known form
     * of risk (a long one parsed), nothing left over. Walks them without making their texts.
     */
    static boolean isWellFormed(byte[] bytes, int offset, int length) {
        try {
            Cursor in = new Cursor(bytes, offset, offset + length);
            in.skipText();
            in.skipText();
            in.side();
            switch (in.form()) {
                case NO_RISK -> { }
                case SMALL_RISK -> in.skip(Long.BYTES + Integer.BYTES);
                default -> new BigDecimal(in.text());
            }
            in.skipText();
            in.flag();
            in.flag();
            in.skipText();
            return in.atEnd();
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** Reads a row's details from its bytes; any length past their end is an IOException. */
    private static final class Cursor {
        private final byte[] bytes;
        private final int end;
        private int at;

        Cursor(byte[] bytes, int offset, int end) throws IOException {
            if (offset < 0 || end > bytes.length || offset > end) {
                throw new IOException("details outside the block");
            }
            this.bytes = bytes;
            this.at = offset;
            this.end = end;
        }

        private void need(int count) throws IOException {
            if (count < 0 || end - at < count) {
                throw new IOException("details cut off");
            }
        }

        void skip(int count) throws IOException {
            need(count);
            at += count;
        }

        int integer() throws IOException {
            need(Integer.BYTES);
            int value = (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                    | bytes[at + 3] & 0xFF;
            at += Integer.BYTES;
            return value;
        }

        private int textLength() throws IOException {
            int length = integer();
            if (length < 0 || length > IndexFileFormat.LONGEST_TEXT) {
                throw new IOException("a text of " + length + " bytes");
            }
            need(length);
            return length;
        }

        String text() throws IOException {
            int length = textLength();
            String text = length == 0 ? "" : new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }

        void skipText() throws IOException {
            int length = textLength();
            at += length;
        }

        /** The side named by the next text, found by its bytes. */
        Direction side() throws IOException {
            int length = textLength();
            for (Direction side : SIDES) {
                if (IndexInput.isName(side.name(), bytes, at, length)) {
                    at += length;
                    return side;
                }
            }
            throw new IOException("no such side");
        }

        byte form() throws IOException {
            need(1);
            byte form = bytes[at++];
            if (form != NO_RISK && form != SMALL_RISK && form != LARGE_RISK) {
                throw new IOException("no such risk form");
            }
            return form;
        }

        BigDecimal risk() throws IOException {
            return switch (form()) {
                case NO_RISK -> null;
                case SMALL_RISK -> {
                    long high = integer();
                    long unscaled = high << 32 | integer() & 0xFFFF_FFFFL;
                    yield BigDecimal.valueOf(unscaled, integer());
                }
                default -> new BigDecimal(text());
            };
        }

        boolean flag() throws IOException {
            need(1);
            return bytes[at++] != 0;
        }

        boolean atEnd() {
            return at == end;
        }
    }
}
