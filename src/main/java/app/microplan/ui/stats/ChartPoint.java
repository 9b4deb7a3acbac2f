package app.microplan.ui.stats;

import java.math.BigDecimal;

/** One point or bar of a chart: its category or x label and its value (money to the cent, or a count). */
public record ChartPoint(String label, BigDecimal value) {
}
