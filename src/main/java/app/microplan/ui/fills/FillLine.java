package app.microplan.ui.fills;

/** One recorded fill as the trade's fill table shows it, numbers already in the trader's format. */
public record FillLine(String kind, String time, String price, String contracts, String fee) {
}
