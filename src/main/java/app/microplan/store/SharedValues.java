package app.microplan.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Equal short texts and small decimals read from journal files become one shared object. A big journal repeats
 * them in every plan (checklist items, prompt texts, account names, statuses' reasons, fee rates, leverage, tick
 * sizes): 100,000 plans held about 670 MB, half of it such copies (decision 0017). Both kinds are immutable, and a
 * decimal is shared only with one {@link BigDecimal#equals equal} to it — same digits and same scale — so what a
 * plan holds, prints and saves is exactly what it held before.
 */
final class SharedValues {
    /** Longer texts (notes, lessons) rarely repeat: kept as read. */
    static final int LONGEST_SHARED_TEXT = 64;
    /** Up to this many digits: rates, sizes, leverage and most prices; longer ones are kept as read. */
    static final int MOST_SHARED_DIGITS = 9;
    /** A bound on the decimals kept for sharing (a few MB), whatever a journal holds. */
    static final int MOST_SHARED_DECIMALS = 50_000;

    private static final ConcurrentHashMap<BigDecimal, BigDecimal> DECIMALS = new ConcurrentHashMap<>();

    private SharedValues() {
    }

    /** The JVM's one copy of a short text (unused copies are still collected); a long one as it is. */
    static String text(String value) {
        return value == null || value.length() > LONGEST_SHARED_TEXT ? value : value.intern();
    }

    /** The shared decimal equal to {@code value} (same scale), or {@code value} itself. */
    static BigDecimal decimal(BigDecimal value) {
        if (value == null || value.precision() > MOST_SHARED_DIGITS) {
            return value;
        }
        BigDecimal shared = DECIMALS.get(value);
        if (shared != null) {
            return shared;
        }
        if (DECIMALS.size() >= MOST_SHARED_DECIMALS) {
            return value;
        }
        shared = DECIMALS.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }

    /** Reads every text field through {@link #text} (decimals go through {@link BoundedNumbers}). */
    static SimpleModule module() {
        return new SimpleModule("shared-texts").addDeserializer(String.class, new SharedTextDeserializer());
    }

    private static final class SharedTextDeserializer extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        SharedTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return text(StringDeserializer.instance.deserialize(parser, context));
        }
    }
}
