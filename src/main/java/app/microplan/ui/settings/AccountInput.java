package app.microplan.ui.settings;

import app.microplan.domain.Account;
import app.microplan.domain.Decimals;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.LocaleNumbers;
import java.math.BigDecimal;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One account as Preferences edits it: its name, equity, and its own maker and taker rates (blank: the contract's). */
public final class AccountInput {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final DecimalInput equity;
    private final DecimalInput makerFeePercent;
    private final DecimalInput takerFeePercent;

    AccountInput(Account account, LocaleNumbers numbers) {
        equity = new DecimalInput("Equity", numbers, true, DecimalInput.positive());
        makerFeePercent = new DecimalInput("Maker fee", numbers, false, PreferencesViewModel::rateCheck);
        takerFeePercent = new DecimalInput("Taker fee", numbers, false, PreferencesViewModel::rateCheck);
        name.set(account.name());
        equity.setValue(account.equity());
        makerFeePercent.setValue(percent(account.makerFeeRate()));
        takerFeePercent.setValue(percent(account.takerFeeRate()));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public DecimalInput equity() {
        return equity;
    }

    /** The account's own maker rate in percent (a VIP tier); blank for each contract's own. */
    public DecimalInput makerFeePercent() {
        return makerFeePercent;
    }

    public DecimalInput takerFeePercent() {
        return takerFeePercent;
    }

    boolean isValid() {
        return name.get() != null && !name.get().isBlank() && equity.getValue() != null && !makerFeePercent.hasError()
                && !takerFeePercent.hasError();
    }

    Account toAccount() {
        return new Account(name.get().strip(), equity.getValue(), rate(makerFeePercent), rate(takerFeePercent));
    }

    private static BigDecimal percent(BigDecimal rate) {
        return rate == null ? null : rate.multiply(Decimals.HUNDRED);
    }

    private static BigDecimal rate(DecimalInput percent) {
        return percent.getValue() == null ? null : Decimals.fromPercent(percent.getValue());
    }
}
