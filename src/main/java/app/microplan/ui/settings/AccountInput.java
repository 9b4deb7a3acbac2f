package app.microplan.ui.settings;

import app.microplan.ui.common.Messages;
import app.microplan.domain.Account;
import app.microplan.domain.AccountLimits;
import app.microplan.domain.Decimals;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.LocaleNumbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One account as Preferences edits it: its name and equity (the starting balance when the equity follows the
 * journal), its account rules, each bounded by the design's ceiling (a trader may be stricter, never looser), and
 * its own maker and taker rates (blank: each contract's). A field that does not hold a valid number keeps the
 * account's last good value.
 */
public final class AccountInput {
    private static final BigDecimal HUNDRED = Decimals.HUNDRED;

    private final Account original;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final DecimalInput equity;
    private final BooleanProperty equityFollowsJournal = new SimpleBooleanProperty(this, "equityFollowsJournal");
    /** USD, or the coin a coin-margined account is kept in (BTC, ETH). */
    private final StringProperty equityCurrency = new SimpleStringProperty(this, "equityCurrency", "USD");
    private final DecimalInput openRiskCapPercent;
    private final DecimalInput dailyLossCapPercent;
    private final DecimalInput coolDownLosses;
    private final DecimalInput coolDownMinutes;
    private final DecimalInput makerFeePercent;
    private final DecimalInput takerFeePercent;

    AccountInput(Account account, LocaleNumbers numbers) {
        original = account;
        equity = new DecimalInput(Messages.text("prefs.field.equity"), numbers, true, DecimalInput.positive());
        openRiskCapPercent = new DecimalInput(Messages.text("prefs.field.openRiskCap"), numbers, true,
                PreferencesViewModel.capCheck(AccountLimits.MAX_OPEN_RISK_CAP));
        dailyLossCapPercent = new DecimalInput(Messages.text("prefs.field.dailyLossCap"), numbers, true,
                PreferencesViewModel.capCheck(AccountLimits.MAX_DAILY_LOSS_CAP));
        coolDownLosses = new DecimalInput(Messages.text("prefs.field.coolDownLosses"), numbers, true,
                whole(1, AccountLimits.MAX_COOL_DOWN_LOSSES, Messages.text("prefs.check.losses")));
        coolDownMinutes = new DecimalInput(Messages.text("prefs.field.coolDownMinutes"), numbers, true,
                whole(AccountLimits.MIN_COOL_DOWN_MINUTES, AccountLimits.MAX_COOL_DOWN_MINUTES,
                        Messages.text("prefs.check.minutes")));
        makerFeePercent = new DecimalInput(Messages.text("prefs.field.makerFee"), numbers, false, PreferencesViewModel::rateCheck);
        takerFeePercent = new DecimalInput(Messages.text("prefs.field.takerFee"), numbers, false, PreferencesViewModel::rateCheck);
        name.set(account.name());
        equity.setValue(account.equity());
        equityFollowsJournal.set(account.equityFollowsJournal());
        equityCurrency.set(account.equityCurrency());
        AccountLimits limits = account.limits();
        openRiskCapPercent.setValue(limits.openRiskCap().multiply(HUNDRED));
        dailyLossCapPercent.setValue(limits.dailyLossCap().multiply(HUNDRED));
        coolDownLosses.setValue(BigDecimal.valueOf(limits.coolDownLosses()));
        coolDownMinutes.setValue(BigDecimal.valueOf(limits.coolDownMinutes()));
        makerFeePercent.setValue(percent(account.makerFeeRate()));
        takerFeePercent.setValue(percent(account.takerFeeRate()));
    }

    private static Function<BigDecimal, String> whole(int min, int max, String what) {
        return v -> v.stripTrailingZeros().scale() <= 0 && v.compareTo(BigDecimal.valueOf(min)) >= 0
                && v.compareTo(BigDecimal.valueOf(max)) <= 0 ? null : Messages.text("input.mustBe", what);
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The account's equity; the starting balance while {@link #equityFollowsJournalProperty()} is on. */
    public DecimalInput equity() {
        return equity;
    }

    /** Sizing uses the starting balance plus the realized P&L of the account's closed trades. */
    public BooleanProperty equityFollowsJournalProperty() {
        return equityFollowsJournal;
    }

    public DecimalInput openRiskCapPercent() {
        return openRiskCapPercent;
    }

    public DecimalInput dailyLossCapPercent() {
        return dailyLossCapPercent;
    }

    public DecimalInput coolDownLosses() {
        return coolDownLosses;
    }

    public DecimalInput coolDownMinutes() {
        return coolDownMinutes;
    }

    /** The account's own maker rate in percent (a VIP tier); blank for each contract's own. */
    public DecimalInput makerFeePercent() {
        return makerFeePercent;
    }

    public DecimalInput takerFeePercent() {
        return takerFeePercent;
    }

    /** The currency the equity is counted in: USD, BTC or ETH (the coin of a coin-margined account). */
    public StringProperty equityCurrencyProperty() {
        return equityCurrency;
    }

    /** The currencies an account can be kept in. */
    public static List<String> equityCurrencies() {
        return List.of("USD", "BTC", "ETH");
    }

    /** What a change of these fields must make Preferences check again. */
    Observable[] observables() {
        return new Observable[] {name, equity.valueProperty(), equityFollowsJournal, equityCurrency,
            openRiskCapPercent.errorProperty(),
            dailyLossCapPercent.errorProperty(), coolDownLosses.errorProperty(), coolDownMinutes.errorProperty(),
            makerFeePercent.errorProperty(), takerFeePercent.errorProperty()};
    }

    boolean isValid() {
        return name.get() != null && !name.get().isBlank() && equity.getValue() != null
                && List.of(openRiskCapPercent, dailyLossCapPercent, coolDownLosses, coolDownMinutes, makerFeePercent,
                takerFeePercent).stream().noneMatch(DecimalInput::hasError);
    }

    /** The account as edited; a field without a valid number keeps the account's last good value. */
    Account toAccount() {
        AccountLimits last = original.limits();
        AccountLimits limits = new AccountLimits(
                PreferencesViewModel.fractionOr(openRiskCapPercent, last.openRiskCap()),
                PreferencesViewModel.fractionOr(dailyLossCapPercent, last.dailyLossCap()),
                coolDownLosses.valueOr(BigDecimal.valueOf(last.coolDownLosses())).intValueExact(),
                coolDownMinutes.valueOr(BigDecimal.valueOf(last.coolDownMinutes())).intValueExact());
        return new Account(name.get().strip(), equity.valueOr(original.equity()), limits, equityFollowsJournal.get(),
                rate(makerFeePercent), rate(takerFeePercent), equityCurrency.get());
    }

    private static BigDecimal percent(BigDecimal rate) {
        return rate == null ? null : rate.multiply(HUNDRED);
    }

    /** Blank is "the contract's own rate"; an invalid entry keeps nothing of its own either (Preferences refuse OK). */
    private static BigDecimal rate(DecimalInput percent) {
        return percent.getValue() == null ? null : Decimals.fromPercent(percent.getValue());
    }
}
