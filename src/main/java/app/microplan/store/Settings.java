package app.microplan.store;

import app.microplan.domain.Account;
import app.microplan.domain.ChecklistItem;
import app.microplan.domain.JournalStatistics;
import app.microplan.domain.RiskPolicy;
import java.math.BigDecimal;
import java.util.List;

/**
 * The trader's preferences, kept in {@code settings.json}.
 *
 * @param activeAccount  the account new plans are sized against
 * @param journalFolder  another journal folder to use next start, or null for the default
 * @param theme          "light" or "dark"
 * @param entryFeeRate   no longer used: from the first release, where every new plan got these rates; a non-zero
 *                       value is carried over as the maker and taker rates of each account that has none of its own
 *                       (fees are now the contract's schedule, per account) and then dropped
 * @param exitFeeRate    no longer used, like {@code entryFeeRate}
 * @param breakevenBand  a closed trade whose |R| is below this counts as breakeven in the statistics (0.05 R when
 *                       the file has none)
 * @param language       the window's language ("de", "en"), or null for the system's; read at start, so a change
 *                       takes effect the next time the window opens (the command line is always English)
 */
public record Settings(
        List<Account> accounts,
        String activeAccount,
        RiskPolicy policy,
        BigDecimal defaultLeverage,
        BigDecimal entryFeeRate,
        BigDecimal exitFeeRate,
        List<String> checklistTemplate,
        String journalFolder,
        String theme,
        String lastExportFolder,
        BigDecimal breakevenBand,
        String language) {

    public static final List<String> DEFAULT_CHECKLIST = ChecklistItem.DEFAULTS;

    public Settings {
        accounts = accounts == null || accounts.isEmpty() ? List.of(new Account("Main", new BigDecimal("5000")))
                : List.copyOf(accounts);
        activeAccount = activeAccount == null ? accounts.get(0).name() : activeAccount;
        policy = policy == null ? RiskPolicy.defaults() : policy;
        defaultLeverage = defaultLeverage == null ? BigDecimal.TEN : defaultLeverage;
        accounts = withLegacyFees(accounts, entryFeeRate, exitFeeRate);
        entryFeeRate = null;
        exitFeeRate = null;
        checklistTemplate = checklistTemplate == null ? DEFAULT_CHECKLIST : List.copyOf(checklistTemplate);
        theme = theme == null ? "light" : theme;
        breakevenBand = breakevenBand == null || breakevenBand.signum() < 0 ? DEFAULT_BREAKEVEN_BAND : breakevenBand;
        language = language == null || language.isBlank() ? null : language.strip();
    }

    /** Settings without a language of their own: the system's. */
    public Settings(List<Account> accounts, String activeAccount, RiskPolicy policy, BigDecimal defaultLeverage,
                    BigDecimal entryFeeRate, BigDecimal exitFeeRate, List<String> checklistTemplate,
                    String journalFolder, String theme, String lastExportFolder, BigDecimal breakevenBand) {
        this(accounts, activeAccount, policy, defaultLeverage, entryFeeRate, exitFeeRate, checklistTemplate,
                journalFolder, theme, lastExportFolder, breakevenBand, null);
    }

    /** Settings without a breakeven band of their own: the default one. */
    public Settings(List<Account> accounts, String activeAccount, RiskPolicy policy, BigDecimal defaultLeverage,
                    BigDecimal entryFeeRate, BigDecimal exitFeeRate, List<String> checklistTemplate,
                    String journalFolder, String theme, String lastExportFolder) {
        this(accounts, activeAccount, policy, defaultLeverage, entryFeeRate, exitFeeRate, checklistTemplate,
                journalFolder, theme, lastExportFolder, null);
    }

    /** The statistics' default: see {@link app.microplan.domain.JournalStatistics#DEFAULT_BREAKEVEN_BAND}. */
    public static final BigDecimal DEFAULT_BREAKEVEN_BAND = JournalStatistics.DEFAULT_BREAKEVEN_BAND;

    public Settings withBreakevenBand(BigDecimal value) {
        return new Settings(accounts, activeAccount, policy, defaultLeverage, entryFeeRate, exitFeeRate,
                checklistTemplate, journalFolder, theme, lastExportFolder, value, language);
    }

    public Settings withLanguage(String value) {
        return new Settings(accounts, activeAccount, policy, defaultLeverage, entryFeeRate, exitFeeRate,
                checklistTemplate, journalFolder, theme, lastExportFolder, breakevenBand, value);
    }

    public static Settings defaults() {
        return new Settings(null, null, null, null, null, null, null, null, null, null);
    }

    public Settings withTheme(String value) {
        return new Settings(accounts, activeAccount, policy, defaultLeverage, entryFeeRate, exitFeeRate,
                checklistTemplate, journalFolder, value, lastExportFolder, breakevenBand, language);
    }

    public Settings withLastExportFolder(String value) {
        return new Settings(accounts, activeAccount, policy, defaultLeverage, entryFeeRate, exitFeeRate,
                checklistTemplate, journalFolder, theme, value, breakevenBand, language);
    }

    /*
     * The first release kept one entry and one exit rate for every new plan, 0 unless the trader typed their own.
     * Those rates become the accounts' own maker and taker rates, so a trader who had set them keeps them.
     */
    private static List<Account> withLegacyFees(List<Account> accounts, BigDecimal entry, BigDecimal exit) {
        boolean typed = entry != null && entry.signum() > 0 || exit != null && exit.signum() > 0;
        if (!typed) {
            return accounts;
        }
        return accounts.stream().map(a -> a.hasOwnFeeRates() ? a
                : new Account(a.name(), a.equity(), entry, exit)).toList();
    }

    public Account account(String name) {
        return accounts.stream().filter(a -> a.name().equals(name)).findFirst().orElse(accounts.get(0));
    }

    /** The account of exactly this name, or null: a plan of an account no longer in the settings keeps its own figures. */
    public Account accountNamedOrNull(String name) {
        return accounts.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    public Account activeAccountOrFirst() {
        return account(activeAccount);
    }
}
