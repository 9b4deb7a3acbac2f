package app.microplan.ui.settings;

import app.microplan.domain.Account;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.LocaleNumbers;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One account as Preferences edits it: its name and equity. */
public final class AccountInput {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final DecimalInput equity;

    AccountInput(Account account, LocaleNumbers numbers) {
        equity = new DecimalInput("Equity", numbers, true, DecimalInput.positive());
        name.set(account.name());
        equity.setValue(account.equity());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public DecimalInput equity() {
        return equity;
    }

    boolean isValid() {
        return name.get() != null && !name.get().isBlank() && equity.getValue() != null;
    }

    Account toAccount() {
        return new Account(name.get().strip(), equity.getValue());
    }
}
