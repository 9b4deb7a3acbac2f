package app.microplan.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The one configured ObjectMapper of the app. BigDecimal is read and written exactly (no float round trip),
 * times are ISO-8601 text, output is indented with a stable field order. Only record components and declared
 * fields are written: helper methods such as {@code isSized()} on domain records are not properties.
 * <p>
 * "Exactly" includes the scale: 70000.00 stays 70000.00, and a number with a negative scale (1E+3, what
 * {@code stripTrailingZeros} makes of 1000) keeps its exponent, because plain "1000" would read back as scale 0.
 * JSON trees (used to read a file's schema version and to migrate old files) keep decimals as they were written.
 * <p>
 * Every BigDecimal read is bounded by {@link app.microplan.domain.NumberLimits} ({@link BoundedNumbers}), and
 * anything after the one JSON value of a file makes it unreadable.
 */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("exact-decimals").addSerializer(new ExactDecimalSerializer()))
            .addModule(BoundedNumbers.module())
            // Equal short texts of a big journal's plans held once (decision 0017).
            .addModule(SharedValues.module())
            // "{...} garbage" or two objects in one file is a damaged file, not the first object.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Trees keep 70000.00 as written; by default they would normalise it to 7.0E+4.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
            .build();

    private Json() {
    }

    /** Plain digits whenever that is exact (every price a trader types), the exponent form only when it is not. */
    private static final class ExactDecimalSerializer extends StdSerializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        ExactDecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeNumber(value.scale() < 0 ? value.toString() : value.toPlainString());
        }
    }
}
