package app.microplan.ui.settings;

import app.microplan.domain.Account;
import app.microplan.domain.Decimals;
import app.microplan.domain.RiskPolicy;
import app.microplan.store.Settings;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.LocaleNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Preferences being edited: accounts and equity, the caps (risk at most 2 %, margin at most 10 %: a trader may
 * be stricter, never looser), default leverage and fees, the checklist template and the theme.
 */
public final class PreferencesViewModel {
    private static final BigDecimal HUNDRED = Decimals.HUNDRED;

    private final Settings original;
    private final LocaleNumbers numbers;
    private final ObservableList<AccountInput> accounts =
            FXCollections.observableArrayList(a -> new Observable[] {a.nameProperty(), a.equity().valueProperty()});
    private final ObjectProperty<String> activeAccount = new SimpleObjectProperty<>(this, "activeAccount");
    private final DecimalInput riskCapPercent;
    private final DecimalInput marginCapPercent;
    private final DecimalInput defaultLeverage;
    private final DecimalInput entryFeePercent;
    private final DecimalInput exitFeePercent;
    private final DecimalInput breakevenBand;
    private final StringProperty checklistTemplate = new SimpleStringProperty(this, "checklistTemplate", "");
    private final ObjectProperty<String> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObservableList<String> accountNames = FXCollections.observableArrayList();
    private final BooleanBinding valid;

    public PreferencesViewModel(Settings settings, LocaleNumbers numbers) {
        this.original = settings;
        this.numbers = numbers;
        riskCapPercent = new DecimalInput("Risk cap", numbers, true, capCheck(RiskPolicy.MAX_RISK_CAP));
        marginCapPercent = new DecimalInput("Margin cap", numbers, true, capCheck(RiskPolicy.MAX_MARGIN_CAP));
        defaultLeverage = new DecimalInput("Default leverage", numbers, true, DecimalInput.positive());
        entryFeePercent = new DecimalInput("Entry fee", numbers, false, PreferencesViewModel::rateCheck);
        exitFeePercent = new DecimalInput("Exit fee", numbers, false, PreferencesViewModel::rateCheck);
        breakevenBand = new DecimalInput("Breakeven band", numbers, true,
                v -> v.signum() >= 0 && v.compareTo(BigDecimal.ONE) < 0 ? null : "Must be from 0 to under 1 R");
        settings.accounts().forEach(a -> accounts.add(new AccountInput(a, numbers)));
        activeAccount.set(settings.activeAccount());
        riskCapPercent.setValue(settings.policy().riskCap().multiply(HUNDRED));
        marginCapPercent.setValue(settings.policy().marginCap().multiply(HUNDRED));
        defaultLeverage.setValue(settings.defaultLeverage());
        entryFeePercent.setValue(settings.entryFeeRate().multiply(HUNDRED));
        exitFeePercent.setValue(settings.exitFeeRate().multiply(HUNDRED));
        breakevenBand.setValue(settings.breakevenBand());
        checklistTemplate.set(String.join("\n", settings.checklistTemplate()));
        theme.set(settings.theme());
        accounts.addListener((Observable o) -> refreshAccountNames());
        refreshAccountNames();
        valid = Bindings.createBooleanBinding(this::isValid, accounts, riskCapPercent.errorProperty(),
                marginCapPercent.errorProperty(), defaultLeverage.errorProperty(), entryFeePercent.errorProperty(),
                exitFeePercent.errorProperty(), breakevenBand.errorProperty(), activeAccount);
    }

    private static java.util.function.Function<BigDecimal, String> capCheck(BigDecimal maxFraction) {
        BigDecimal max = maxFraction.multiply(HUNDRED);
        return v -> v.signum() > 0 && v.compareTo(max) <= 0 ? null
                : "Must be above 0 % and at most " + Decimals.plain(max) + " %";
    }

    private static String rateCheck(BigDecimal percent) {
        return percent.signum() >= 0 && percent.compareTo(HUNDRED) < 0 ? null : "Must be from 0 % to under 100 %";
    }

    public ObservableList<AccountInput> accounts() {
        return accounts;
    }

    public ObservableList<String> accountNames() {
        return accountNames;
    }

    public ObjectProperty<String> activeAccountProperty() {
        return activeAccount;
    }

    public DecimalInput riskCapPercent() {
        return riskCapPercent;
    }

    public DecimalInput marginCapPercent() {
        return marginCapPercent;
    }

    public DecimalInput defaultLeverage() {
        return defaultLeverage;
    }

    public DecimalInput entryFeePercent() {
        return entryFeePercent;
    }

    public DecimalInput exitFeePercent() {
        return exitFeePercent;
    }

    /** Closed trades whose |R| is below this count as breakeven in the statistics: fees and noise, not a result. */
    public DecimalInput breakevenBand() {
        return breakevenBand;
    }

    /** One checklist item a line. */
    public StringProperty checklistTemplateProperty() {
        return checklistTemplate;
    }

    public ObjectProperty<String> themeProperty() {
        return theme;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public AccountInput addAccount() {
        AccountInput account = new AccountInput(new Account("Account " + (accounts.size() + 1), new BigDecimal("1000")),
                numbers);
        accounts.add(account);
        return account;
    }

    public void removeAccount(AccountInput account) {
        if (accounts.size() > 1) {
            accounts.remove(account);
        }
    }

    public boolean isValid() {
        List<String> names = accounts.stream().map(a -> a.nameProperty().get().strip()).toList();
        return accounts.stream().allMatch(AccountInput::isValid) && names.stream().distinct().count() == names.size()
                && names.contains(activeAccount.get()) && !riskCapPercent.hasError() && !marginCapPercent.hasError()
                && !defaultLeverage.hasError() && !entryFeePercent.hasError() && !exitFeePercent.hasError()
                && !breakevenBand.hasError();
    }

    /** The edited settings; call only while {@link #isValid()}. */
    public Settings toSettings() {
        RiskPolicy policy = original.policy().withRiskCap(Decimals.fromPercent(riskCapPercent.getValue()))
                .withMarginCap(Decimals.fromPercent(marginCapPercent.getValue()));
        List<String> template = Arrays.stream(checklistTemplate.get().split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new Settings(accounts.stream().map(AccountInput::toAccount).toList(), activeAccount.get(), policy,
                defaultLeverage.getValue(), rate(entryFeePercent), rate(exitFeePercent), template,
                original.journalFolder(), theme.get(), original.lastExportFolder(), breakevenBand.getValue());
    }

    private static BigDecimal rate(DecimalInput percent) {
        return percent.getValue() == null ? BigDecimal.ZERO : Decimals.fromPercent(percent.getValue());
    }

    private void refreshAccountNames() {
        List<String> names = new ArrayList<>(accounts.stream().map(a -> a.nameProperty().get())
                .filter(Objects::nonNull).map(String::strip).toList());
        String active = activeAccount.get();
        accountNames.setAll(names);
        if (!names.contains(active) && !names.isEmpty()) {
            activeAccount.set(names.get(0));
        } else {
            activeAccount.set(active);
        }
    }
}
