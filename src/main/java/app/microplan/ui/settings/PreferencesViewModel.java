package app.microplan.ui.settings;

import app.microplan.domain.Account;
import app.microplan.domain.Decimals;
import app.microplan.domain.RiskPolicy;
import app.microplan.store.Settings;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.Language;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.common.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Preferences being edited: accounts with their equity and own fee rates, the caps (risk at most 2 %, margin at most
 * 10 %: a trader may be stricter, never looser), the liquidation buffer (at least 1×) and whether funding counts in
 * the risk, default leverage, the checklist template and the theme.
 */
public final class PreferencesViewModel {
    private static final BigDecimal HUNDRED = Decimals.HUNDRED;
    /** The language choice meaning "whatever the system's language is". */
    public static final String SYSTEM_LANGUAGE = "";

    private final Settings original;
    private final LocaleNumbers numbers;
    private final ObservableList<AccountInput> accounts = FXCollections.observableArrayList(AccountInput::observables);
    private final ObjectProperty<String> activeAccount = new SimpleObjectProperty<>(this, "activeAccount");
    private final DecimalInput riskCapPercent;
    private final DecimalInput marginCapPercent;
    private final DecimalInput defaultLeverage;
    private final DecimalInput liquidationBuffer;
    private final DecimalInput breakevenBand;
    private final BooleanProperty fundingInRisk = new SimpleBooleanProperty(this, "fundingInRisk");
    private final StringProperty checklistTemplate = new SimpleStringProperty(this, "checklistTemplate", "");
    private final ObjectProperty<String> theme = new SimpleObjectProperty<>(this, "theme");
    /** A language code ("de"), or {@link #SYSTEM_LANGUAGE} for the system's. */
    private final ObjectProperty<String> language = new SimpleObjectProperty<>(this, "language");
    private final ObservableList<String> languageChoices = FXCollections.observableArrayList();
    private final BooleanProperty requireTakeProfit = new SimpleBooleanProperty(this, "requireTakeProfit");
    private final ObservableList<String> accountNames = FXCollections.observableArrayList();
    private final BooleanBinding valid;

    public PreferencesViewModel(Settings settings, LocaleNumbers numbers) {
        this.original = settings;
        this.numbers = numbers;
        riskCapPercent = new DecimalInput(Messages.text("prefs.field.riskCap"), numbers, true, capCheck(RiskPolicy.MAX_RISK_CAP));
        marginCapPercent = new DecimalInput(Messages.text("prefs.field.marginCap"), numbers, true, capCheck(RiskPolicy.MAX_MARGIN_CAP));
        requireTakeProfit.set(settings.policy().requireTakeProfit());
        defaultLeverage = new DecimalInput(Messages.text("prefs.field.defaultLeverage"), numbers, true, DecimalInput.positive());
        liquidationBuffer = new DecimalInput(Messages.text("prefs.field.liquidationBuffer"), numbers, true,
                v -> v.compareTo(BigDecimal.ONE) >= 0 ? null : Messages.text("prefs.check.buffer"));
        breakevenBand = new DecimalInput(Messages.text("prefs.field.breakevenBand"), numbers, true,
                v -> v.signum() >= 0 && v.compareTo(BigDecimal.ONE) < 0 ? null : Messages.text("prefs.check.band"));
        settings.accounts().forEach(a -> accounts.add(new AccountInput(a, numbers)));
        activeAccount.set(settings.activeAccount());
        riskCapPercent.setValue(settings.policy().riskCap().multiply(HUNDRED));
        marginCapPercent.setValue(settings.policy().marginCap().multiply(HUNDRED));
        defaultLeverage.setValue(settings.defaultLeverage());
        liquidationBuffer.setValue(settings.policy().liquidationBuffer());
        fundingInRisk.set(settings.policy().fundingInRisk());
        breakevenBand.setValue(settings.breakevenBand());
        checklistTemplate.set(String.join("\n", settings.checklistTemplate()));
        theme.set(settings.theme());
        languageChoices.add(SYSTEM_LANGUAGE);
        Arrays.stream(Language.values()).map(Language::code).forEach(languageChoices::add);
        language.set(settings.language() == null ? SYSTEM_LANGUAGE : Language.of(settings.language()).code());
        accounts.addListener((Observable o) -> refreshAccountNames());
        refreshAccountNames();
        valid = Bindings.createBooleanBinding(this::isValid, accounts, riskCapPercent.errorProperty(),
                marginCapPercent.errorProperty(), defaultLeverage.errorProperty(), liquidationBuffer.errorProperty(),
                breakevenBand.errorProperty(), activeAccount);
    }

    static java.util.function.Function<BigDecimal, String> capCheck(BigDecimal maxFraction) {
        BigDecimal max = maxFraction.multiply(HUNDRED);
        return v -> v.signum() > 0 && v.compareTo(max) <= 0 ? null
                : Messages.text("prefs.check.cap", Messages.current().figures().plain(max));
    }

    static String rateCheck(BigDecimal percent) {
        return percent.signum() >= 0 && percent.compareTo(HUNDRED) < 0 ? null : Messages.text("prefs.check.rate");
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

    /** Liquidation must lie this many times as far from the entry as the stop (1 = no buffer). */
    public DecimalInput liquidationBuffer() {
        return liquidationBuffer;
    }

    /** Whether the funding expected over the holding time counts in the risk at the stop. */
    public BooleanProperty fundingInRiskProperty() {
        return fundingInRisk;
    }

    /** Closed trades whose |R| is below this count as breakeven in the statistics: fees and noise, not a result. */
    public DecimalInput breakevenBand() {
        return breakevenBand;
    }

    /** One checklist item a line. */
    public StringProperty checklistTemplateProperty() {
        return checklistTemplate;
    }

    /** A plan needs a take-profit to be ready; off for traders who exit by a trailing stop. */
    public BooleanProperty requireTakeProfitProperty() {
        return requireTakeProfit;
    }

    public ObjectProperty<String> themeProperty() {
        return theme;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public AccountInput addAccount() {
        AccountInput account = new AccountInput(new Account(Messages.text("prefs.newAccount", accounts.size() + 1), new BigDecimal("1000")),
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
                && !defaultLeverage.hasError() && !liquidationBuffer.hasError() && !breakevenBand.hasError();
    }

    /** The edited settings; a field without a valid number keeps its last good value (the dialog's OK waits for all). */
    public Settings toSettings() {
        RiskPolicy last = original.policy();
        RiskPolicy policy = last.withRiskCap(fractionOr(riskCapPercent, last.riskCap()))
                .withMarginCap(fractionOr(marginCapPercent, last.marginCap()))
                .withRequireTakeProfit(requireTakeProfit.get())
                .withLiquidationBuffer(liquidationBuffer.valueOr(last.liquidationBuffer()))
                .withFundingInRisk(fundingInRisk.get());
        List<String> template = Arrays.stream(checklistTemplate.get().split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new Settings(accounts.stream().map(AccountInput::toAccount).toList(), activeAccount.get(), policy,
                defaultLeverage.valueOr(original.defaultLeverage()), null, null, template,
                original.journalFolder(), theme.get(), original.lastExportFolder(),
                breakevenBand.valueOr(original.breakevenBand()))
                .withLanguage(SYSTEM_LANGUAGE.equals(language.get()) ? null : language.get());
    }

    /** The window's language: a code from {@link #languageChoices()}. */
    public ObjectProperty<String> languageProperty() {
        return language;
    }

    /** The system's language first, then every language the window is written in. */
    public ObservableList<String> languageChoices() {
        return languageChoices;
    }

    /** How a choice reads in the list: "System language (English)", "Deutsch". */
    public String languageName(String code) {
        if (SYSTEM_LANGUAGE.equals(code)) {
            java.util.Locale system = java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY);
            return Messages.text("prefs.language.system", system.getDisplayLanguage(Messages.current().textLocale()));
        }
        return Language.of(code).nativeName();
    }

    /** The percentage typed as a fraction, or the last good fraction while the field holds no valid number. */
    static BigDecimal fractionOr(DecimalInput percent, BigDecimal lastGood) {
        return percent.getValue() == null ? lastGood : Decimals.fromPercent(percent.getValue());
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
