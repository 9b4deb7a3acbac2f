package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How closely a closed trade kept to its plan, 0 to 100: the weighted sum of six parts, each scored 0 to 1.
 * The weights favour what protects the account — size and stop — over what only trims the result. The score
 * judges discipline, not luck: a trade stopped out exactly as planned scores 100.
 *
 * @param total the points of every part added up and rounded to a whole number
 */
public record ExecutionScore(int total, List<Part> parts) {
    public static final int ENTRY_WEIGHT = 20;
    public static final int SIZE_WEIGHT = 25;
    public static final int STOP_WEIGHT = 25;
    public static final int EXITS_WEIGHT = 15;
    public static final int COSTS_WEIGHT = 5;
    public static final int HOLDING_WEIGHT = 10;

    public ExecutionScore {
        parts = List.copyOf(parts);
    }

    /** The score of a set of parts: Σ weight × share, to the nearest whole point. */
    public static ExecutionScore of(List<Part> parts) {
        BigDecimal points = BigDecimal.ZERO;
        for (Part part : parts) {
            points = points.add(part.points());
        }
        return new ExecutionScore(points.setScale(0, RoundingMode.HALF_UP).intValueExact(), parts);
    }

    /**
     * One part of the score.
     *
     * @param share  0 to 1: how much of the part's weight the trade earned
     * @param points weight × share
     * @param rule   how the share is worked out, for the trader to read beside the weight
     */
    public record Part(String name, int weight, BigDecimal share, String rule) {
        public Part {
            if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a score share is from 0 to 1, was " + share.toPlainString());
            }
        }

        public BigDecimal points() {
            return share.multiply(BigDecimal.valueOf(weight));
        }
    }
}
