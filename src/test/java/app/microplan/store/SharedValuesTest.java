package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.ui.JournalFixtures;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Equal short texts and small decimals of different plan files are one object, and every value stays exact. */
class SharedValuesTest {
    @TempDir
    Path folder;

    @Test
    void twoPlansReadFromTheirFilesShareTheirEqualTextsAndDecimals() throws Exception {
        Instant t = Instant.parse("2026-03-02T09:30:00Z");
        TradePlan first = JournalFixtures.example1(PlanStatus.READY, t);
        TradePlan second = first.toBuilder().id("second").build();
        Files.write(folder.resolve("a.json"), PlanFiles.bytes(first));
        Files.write(folder.resolve("b.json"), PlanFiles.bytes(second));

        TradePlan a = PlanFiles.read(folder.resolve("a.json")).loaded().plan();
        TradePlan b = PlanFiles.read(folder.resolve("b.json")).loaded().plan();

        assertThat(a).isEqualTo(first);
        assertThat(b).isEqualTo(second);
        assertThat(a.setup().contract().symbol()).isSameAs(b.setup().contract().symbol());
        assertThat(a.setup().contract().tickSize()).isSameAs(b.setup().contract().tickSize());
        assertThat(a.setup().stop()).isSameAs(b.setup().stop());
    }

    @Test
    void aDecimalIsSharedOnlyWithOneOfTheSameScale() {
        BigDecimal one = SharedValues.decimal(new BigDecimal("1.0"));
        BigDecimal sameAgain = SharedValues.decimal(new BigDecimal("1.0"));
        BigDecimal otherScale = SharedValues.decimal(new BigDecimal("1.00"));

        assertThat(sameAgain).isSameAs(one);
        assertThat(otherScale).isNotSameAs(one);
        assertThat(otherScale.toPlainString()).isEqualTo("1.00");
        assertThat(one.toPlainString()).isEqualTo("1.0");
    }

    @Test
    void longTextsAndLongDecimalsAreKeptAsRead() {
        String lesson = "x".repeat(SharedValues.LONGEST_SHARED_TEXT + 1);
        String copy = new String(lesson.toCharArray());
        assertThat(SharedValues.text(copy)).isSameAs(copy);
        assertThat(SharedValues.text(new String("BTC".toCharArray()))).isSameAs("BTC");

        BigDecimal precise = new BigDecimal("70123.456789012");
        assertThat(SharedValues.decimal(precise)).isSameAs(precise);
        assertThat(SharedValues.decimal(null)).isNull();
    }
}
