package app.microplan.ui.fills;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A fill's time as typed, in the trader's own time zone: "2026-03-02 09:30" (seconds optional). Written
 * year first so it reads the same in every locale and sorts as text; the exchange's history shows it so too.
 */
public final class TimeInput {
    /** How the field shows a time, and the pattern its prompt names. */
    public static final String PATTERN = "yyyy-MM-dd HH:mm";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern(PATTERN);
    private static final DateTimeFormatter TYPED = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private final ZoneId zone;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<Instant> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public TimeInput(ZoneId zone) {
        this.zone = zone;
        text.addListener((obs, old, now) -> parse());
        parse();
    }

    public StringProperty textProperty() {
        return text;
    }

    public void setText(String value) {
        text.set(value);
    }

    /** Shows {@code time} in the trader's zone, to the minute (a fill's seconds rarely matter to a review). */
    public void setValue(Instant time) {
        text.set(format(time, zone));
    }

    public ReadOnlyObjectProperty<Instant> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public Instant getValue() {
        return value.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    public static String format(Instant time, ZoneId zone) {
        return time == null ? "" : SHOWN.format(LocalDateTime.ofInstant(time, zone));
    }

    private void parse() {
        String typed = text.get() == null ? "" : text.get().strip();
        if (typed.isEmpty()) {
            value.set(null);
            error.set("Enter the time, like 2026-03-02 09:30");
            return;
        }
        try {
            value.set(LocalDateTime.parse(typed, TYPED).atZone(zone).toInstant());
            error.set(null);
        } catch (DateTimeException e) {
            value.set(null);
            error.set("“" + typed + "” is not a time like 2026-03-02 09:30");
        }
    }
}
