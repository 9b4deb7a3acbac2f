package app.microplan.domain;

import java.math.BigDecimal;

/** One bar of a P&L chart: a weekday or a tag, the trades in it and their realized P&L together. */
public record CategoryPnl(String category, int trades, BigDecimal pnl) {
}
