package app.microplan.checklist;

import app.microplan.domain.AccountCurrency;
import app.microplan.domain.Decimals;
import app.microplan.domain.InverseFigures;
import app.microplan.domain.Money;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradeSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The checklist's lines for an inverse (coin-margined) contract: what a contract is worth and what it pays in,
 * and the risk, position value, margin and take-profits in the coin and in dollars, whatever the account counts in.
 */
final class InverseLines {
    private InverseLines() {
    }

    static List<Checklist.Field> of(TradeSetup setup, RiskPolicy policy, SizingResult sizing) {
        String coin = setup.contract().settlementCurrency();
        List<Checklist.Field> fields = new ArrayList<>();
        fields.add(new Checklist.Field("Inverse contract", Decimals.plain(setup.contract().contractValue())
                + " USD a contract; P&L, fees and margin paid in " + coin + "; equity counted in "
                + sizing.quoteCurrency()));
        InverseFigures.of(setup, policy, sizing).ifPresent(f -> {
            fields.add(new Checklist.Field("Risk in " + coin + " and USD", f.riskInBoth()));
            fields.add(new Checklist.Field("Position value", Money.format(f.positionValueCoin(), coin) + " = "
                    + Money.format(f.positionValueUsd(), AccountCurrency.DOLLARS) + "; margin "
                    + Money.format(f.marginCoin(), coin)));
            if (!f.targets().isEmpty()) {
                fields.add(new Checklist.Field("Net at the targets", f.targets().stream()
                        .map(t -> Money.price(t.price()) + ": " + Money.format(t.netCoin(), coin) + " ("
                                + Money.format(t.netUsd(), AccountCurrency.DOLLARS) + ")")
                        .collect(Collectors.joining("; "))));
            }
        });
        return fields;
    }
}
