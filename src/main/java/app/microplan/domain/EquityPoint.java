package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One point of the equity curve: after the trade closed at {@code time}, the realized P&L so far (the curve
 * starts at zero before the first trade) and how far it stands below its highest point.
 */
public record EquityPoint(Instant time, String planId, BigDecimal pnl, BigDecimal cumulativePnl,
                          BigDecimal drawdown) {
}
