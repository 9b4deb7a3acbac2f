package app.microplan.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Turns what went wrong reading or writing a journal file into words a trader can act on: which field, what
 * was expected, what was found. Jackson's own messages name Java classes, which mean nothing to a trader.
 */
final class Reasons {
    private Reasons() {
    }

    static String of(Exception e) {
        if (e instanceof JsonEOFException || e instanceof JsonProcessingException json
                && String.valueOf(json.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of the data (cut off while it was written or copied?)";
        }
        if (e instanceof StreamConstraintsException limits) {
            return "it is larger than a journal file can be: " + limits.getOriginalMessage();
        }
        if (e instanceof JsonParseException parse) {
            return "it is not valid JSON: " + withoutJacksonDetail(parse.getOriginalMessage()) + where(parse.getLocation());
        }
        if (e instanceof JsonMappingException mapping) {
            return mapping(mapping);
        }
        if (e instanceof IOException io) {
            return io(io);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String io(IOException e) {
        String file = e instanceof FileSystemException fs ? fs.getFile() : null;
        return words(e) + (file == null ? "" : " (" + file + ")");
    }

    /** What the operating system said, without the path (the caller names the file in its own words). */
    static String words(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The folder or disk refuses changes: permissions, a read-only mount, an immutable folder. */
    static boolean isRefusedWrite(IOException e) {
        String reason = e instanceof FileSystemException fs ? String.valueOf(fs.getReason()) : "";
        return e instanceof AccessDeniedException || reason.contains("not permitted") || reason.contains("Read-only");
    }

    private static String mapping(JsonMappingException e) {
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return "there is more after the JSON object" + where(e.getLocation())
                    + ": two files run together, or text added after it?";
        }
        String field = fieldPath(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"" + in(parentPath(e));
        }
        if (e instanceof InvalidFormatException format) {
            return fieldLabel(field) + quoted(format.getValue()) + " is not " + expected(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return fieldLabel(field) + "expected " + expected(mismatch.getTargetType());
        }
        if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
            Throwable cause = invalid.getCause();
            if (cause instanceof NullPointerException) {
                // Records name what they require ("entries"); the JVM's own message names Java internals.
                String name = cause.getMessage();
                return fieldLabel(field) + (name == null || name.contains(" ") ? "a required value"
                        : "\"" + name + "\"") + " is missing or null";
            }
            return fieldLabel(field) + cause.getMessage();
        }
        return fieldLabel(field) + firstLine(e.getOriginalMessage());
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String parentPath(JsonMappingException e) {
        String path = fieldPath(e);
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "the right kind of value";
        }
        if (type == BigDecimal.class || type == BigInteger.class || Number.class.isAssignableFrom(type)
                || type == int.class || type == long.class) {
            return "a number";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time such as 2026-01-31T09:30:00Z";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object with the fields of a " + type.getSimpleName();
    }

    private static String fieldLabel(String field) {
        return field.isEmpty() ? "" : "field \"" + field + "\": ";
    }

    private static String in(String parent) {
        return parent.isEmpty() ? "" : " in \"" + parent + "\"";
    }

    private static String quoted(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** "Unrecognized token 'x': was expecting (JSON String, Number, …)" says all a trader needs before the colon. */
    private static String withoutJacksonDetail(String message) {
        String line = firstLine(message);
        int detail = line.indexOf(": was expecting");
        return detail < 0 ? line : line.substring(0, detail);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
