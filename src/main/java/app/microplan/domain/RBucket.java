package app.microplan.domain;

import java.math.BigDecimal;

/**
 * One bar of the R-multiple histogram: the trades with {@code from ≤ R < to}. The first bucket has no
 * {@code from} (everything below), the last no {@code to} (everything above).
 */
public record RBucket(String label, BigDecimal from, BigDecimal to, int trades) {
}
