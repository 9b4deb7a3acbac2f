package app.microplan.store;

import app.microplan.domain.NumberLimits;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Every number a journal file holds is checked against {@link NumberLimits} before any of it is used: a value
 * such as {@code 1e1000000000} makes the file unreadable, named with its field, instead of stalling or breaking
 * whatever later prints or adds it.
 * <p>
 * Two guards, for two ways in: {@link #module()} bounds every BigDecimal the one {@link Json#MAPPER} binds
 * (so a field added later is bounded without anyone remembering to), and {@link #firstProblem} walks a whole
 * JSON tree, which also covers whole-number fields ({@code int}) whose conversion from {@code 1e-999999999}
 * would itself be the slow step.
 */
final class BoundedNumbers {
    private BoundedNumbers() {
    }

    /** Registers the bounded BigDecimal reader. */
    static SimpleModule module() {
        return new SimpleModule("bounded-decimals").addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
    }

    /** The first number in the tree outside the limits, as "field "setup.stop": … is too large …". */
    static Optional<String> firstProblem(JsonNode tree) {
        return firstProblem(tree, "");
    }

    private static Optional<String> firstProblem(JsonNode node, String path) {
        if (node.isNumber()) {
            return problemOf(node).map(reason -> (path.isEmpty() ? "" : "field \"" + path + "\": ") + reason);
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                Optional<String> problem = firstProblem(field.getValue(),
                        path.isEmpty() ? field.getKey() : path + "." + field.getKey());
                if (problem.isPresent()) {
                    return problem;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> problem = firstProblem(node.get(i), path + "[" + i + "]");
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problemOf(JsonNode number) {
        if (number.isBigDecimal()) {
            return NumberLimits.problem(number.decimalValue());
        }
        if (number.isBigInteger()) {
            return NumberLimits.problem(new BigDecimal(number.bigIntegerValue()));
        }
        if (number.isFloatingPointNumber()) {
            // A double only gets into a tree built in code, never from a file (floats are read as BigDecimal).
            double value = number.doubleValue();
            return Double.isFinite(value) ? NumberLimits.problem(new BigDecimal(Double.toString(value)))
                    : Optional.of(value + " is not a number");
        }
        return NumberLimits.problem(BigDecimal.valueOf(number.longValue()));
    }

    /** Jackson's own BigDecimal reading, then the limits; the message becomes the file's reason with its field. */
    private static final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        BoundedDecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            Optional<String> problem = NumberLimits.problem(value);
            if (problem.isPresent()) {
                throw JsonMappingException.from(parser, problem.get());
            }
            return SharedValues.decimal(value);
        }
    }
}
