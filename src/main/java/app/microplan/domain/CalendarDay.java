package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One day of the trading calendar: the realized P&L of the trades closed that day (in the trader's time
 * zone), those trades, the plans written that day that never became trades, and the account rules hit.
 *
 * @param pnl the day's realized P&L, exact; zero on a day without closed trades
 */
public record CalendarDay(LocalDate date, BigDecimal pnl, List<DayTrade> trades, List<DayPlan> plansNotTaken,
                          List<RuleHit> ruleHits) {

    public CalendarDay {
        trades = List.copyOf(trades);
        plansNotTaken = List.copyOf(plansNotTaken);
        ruleHits = List.copyOf(ruleHits);
    }

    public boolean hasActivity() {
        return !trades.isEmpty() || !plansNotTaken.isEmpty();
    }

    /** A trade closed that day. */
    public record DayTrade(String planId, String symbol, Direction side, String setup, String account,
                           Instant closedAt, BigDecimal pnl, BigDecimal rMultiple) {
    }

    /** A plan written that day and never entered: still a draft or ready, or cancelled. */
    public record DayPlan(String planId, String symbol, Direction side, PlanStatus status, Instant createdAt) {
    }

    /** An account rule that bit that day, when, and why in words. */
    public record RuleHit(Kind kind, String account, Instant at, String text) {
        public enum Kind {
            DAILY_LOSS_LIMIT("Daily loss limit"), COOL_DOWN("Cool-down");

            private final String label;

            Kind(String label) {
                this.label = label;
            }

            public String label() {
                return label;
            }
        }
    }
}
