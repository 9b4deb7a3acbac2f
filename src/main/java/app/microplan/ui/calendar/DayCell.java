package app.microplan.ui.calendar;

import java.time.LocalDate;

/**
 * One square of the month grid.
 *
 * @param inMonth  false for the days of the weeks before and after the month that fill the grid
 * @param pnl      the day's realized P&L ("+$113.56"), or "" on a day without closed trades
 * @param trades   "2 trades", or ""
 * @param heat     −3 (the month's worst day) to +3 (its best), 0 without trades: the colour's strength
 * @param notes    "1 plan not taken · cool-down", or ""
 */
public record DayCell(LocalDate date, boolean inMonth, String day, String pnl, String trades, int heat,
                      String notes, boolean ruleHit) {
}
