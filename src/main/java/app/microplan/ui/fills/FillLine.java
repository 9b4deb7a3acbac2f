package app.microplan.ui.fills;

/**
 * One recorded fill or funding payment as the trade's table shows it, numbers already in the trader's format.
 *
 * @param index its place among the trade's fills of its kind (0-based): what a correction names
 * @param label "Entry", "Exit · target", "Funding · paid"
 */
public record FillLine(FillKind kind, int index, String label, String time, String price, String contracts,
                       String fee) {
}
