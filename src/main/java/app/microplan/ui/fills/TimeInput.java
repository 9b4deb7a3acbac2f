package app.microplan.ui.fills;

import app.microplan.ui.common.Messages;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import app.microplan.ui.common.DateText;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A fill's time as typed, in the trader's own time zone: "2026-03-02 09:30" (seconds optional), or in the
 * window's own date form ("02.03.2026 09:30" in German); shown in the window's form ({@link DateText}).
 */
public final class TimeInput {
    /** How the field shows a time, and the pattern its prompt names. */
    public static final String PATTERN = "yyyy-MM-dd HH:mm";

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
        return time == null ? "" : DateText.dateTime(LocalDateTime.ofInstant(time, zone));
    }

    private void parse() {
        String typed = text.get() == null ? "" : text.get().strip();
        if (typed.isEmpty()) {
            value.set(null);
            error.set(Messages.text("fills.enterTime", DateText.example()));
            return;
        }
        Optional<LocalDateTime> time = DateText.parseDateTime(typed);
        value.set(time.map(t -> t.atZone(zone).toInstant()).orElse(null));
        error.set(time.isPresent() ? null : Messages.text("fills.notATime", typed, DateText.example()));
    }
}
