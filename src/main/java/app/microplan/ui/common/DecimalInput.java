package app.microplan.ui.common;

import app.microplan.domain.NumberLimits;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One number field of a view model: the text as typed, the number it means (null while blank or invalid) and
 * what is wrong with it in words. A check on the number alone (not negative, at most 2 %) is given when it is
 * made; a problem that depends on other fields (a stop on the profit side) is set from outside.
 */
public final class DecimalInput {
    /** More characters than any number within {@link NumberLimits}, grouping included: not parsed at all. */
    private static final int MAX_LENGTH = 60;
    private final String label;
    private final LocaleNumbers numbers;
    private final boolean required;
    private final Function<BigDecimal, String> check;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<BigDecimal> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private String ownError;
    private String problem;

    /**
     * @param check returns what is wrong with a parsed number, or null when it is fine
     */
    public DecimalInput(String label, LocaleNumbers numbers, boolean required, Function<BigDecimal, String> check) {
        this.label = label;
        this.numbers = numbers;
        this.required = required;
        this.check = check;
        text.addListener((obs, old, now) -> parse());
        parse();
    }

    public static Function<BigDecimal, String> positive() {
        return v -> v.signum() > 0 ? null : Messages.text("input.aboveZero");
    }

    public static Function<BigDecimal, String> notNegative() {
        return v -> v.signum() >= 0 ? null : Messages.text("input.notNegative");
    }

    public String label() {
        return label;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    /** Shows {@code number} in the trader's locale. */
    public void setValue(BigDecimal number) {
        text.set(numbers.format(number));
    }

    public ReadOnlyObjectProperty<BigDecimal> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public BigDecimal getValue() {
        return value.get();
    }

    public BigDecimal valueOr(BigDecimal fallback) {
        return value.get() == null ? fallback : value.get();
    }

    public boolean isBlank() {
        return text.get() == null || text.get().isBlank();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    public boolean hasError() {
        return error.get() != null;
    }

    /** The error with the field's name, for a list of reasons: "Stop: “abc” is not a number". */
    public Optional<String> describeError() {
        return Optional.ofNullable(error.get()).map(e -> label + ": " + e);
    }

    /** Only what is wrong with the text itself (not a number, out of range), with the field's name. */
    public Optional<String> describeOwnError() {
        return Optional.ofNullable(ownError).map(e -> label + ": " + e);
    }

    /** A problem found by looking at other fields too; null clears it. */
    public void setProblem(String message) {
        problem = message;
        publishError();
    }

    /** Checks the text again, when what the check compares against has changed. */
    public void revalidate() {
        parse();
    }

    private void parse() {
        String typed = text.get();
        boolean tooLong = typed != null && typed.strip().length() > MAX_LENGTH;
        Optional<BigDecimal> parsed = tooLong ? Optional.empty() : numbers.parse(typed);
        Optional<String> outOfRange = parsed.flatMap(v -> NumberLimits.typedProblemWording(v)
                .flatMap(ReasonText::render).or(() -> NumberLimits.typedProblem(v)));
        ownError = null;
        if (tooLong) {
            value.set(null);
            ownError = Messages.text("input.tooLong");
        } else if (outOfRange.isPresent()) {
            value.set(null);
            ownError = outOfRange.get();
        } else if (parsed.isEmpty()) {
            value.set(null);
            if (typed != null && !typed.isBlank()) {
                ownError = Messages.text("input.notANumber", typed.strip());
            } else if (required) {
                ownError = Messages.text("input.enterNumber");
            }
        } else {
            String wrong = check.apply(parsed.get());
            ownError = wrong;
            value.set(wrong == null ? parsed.get() : null);
        }
        publishError();
    }

    private void publishError() {
        error.set(ownError != null ? ownError : problem);
    }
}
