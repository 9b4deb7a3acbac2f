package app.microplan.ui.stats;

/**
 * One statistic as the panel shows it: its name, its value in words and numbers, and whether it reads as
 * good, bad or neither ("positive", "negative", "" — the colour comes from the stylesheet).
 */
public record Figure(String id, String name, String value, String tone) {
}
