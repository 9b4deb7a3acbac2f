package app.microplan.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.Account;
import app.microplan.domain.AccountLimits;
import app.microplan.store.Settings;
import java.math.BigDecimal;
import app.microplan.ui.common.LocaleNumbers;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PreferencesViewModelTest {
    private final PreferencesViewModel vm = new PreferencesViewModel(Settings.defaults(), new LocaleNumbers(Locale.US));

    @Test
    void defaultsShowTheMainAccountAndItsEquity() {
        assertThat(vm.accounts()).singleElement().satisfies(a -> {
            assertThat(a.nameProperty().get()).isEqualTo("Main");
            assertThat(a.equity().getText()).isEqualTo("5,000");
        });
        assertThat(vm.riskCapPercent().getText()).isEqualTo("1");
        assertThat(vm.marginCapPercent().getText()).isEqualTo("10");
        assertThat(vm.isValid()).isTrue();
    }

    @Test
    void theLanguageIsTheSystemsUntilOneIsChosenAndThenKeptInTheSettings() {
        assertThat(vm.languageChoices()).containsExactly(PreferencesViewModel.SYSTEM_LANGUAGE, "en", "de");
        assertThat(vm.languageProperty().get()).isEqualTo(PreferencesViewModel.SYSTEM_LANGUAGE);
        assertThat(vm.toSettings().language()).isNull();
        assertThat(vm.languageName("de")).isEqualTo("Deutsch");

        vm.languageProperty().set("de");

        assertThat(vm.toSettings().language()).isEqualTo("de");
        assertThat(new PreferencesViewModel(vm.toSettings(), new LocaleNumbers(Locale.US)).languageProperty().get())
                .isEqualTo("de");
    }

    @Test
    void aRiskCapAboveTwoPercentIsRefused() {
        vm.riskCapPercent().setText("2.5");

        assertThat(vm.riskCapPercent().getError()).isEqualTo("Must be above 0 % and at most 2 %");
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void aMarginCapAboveTenPercentIsRefusedButALowerOneIsKept() {
        vm.marginCapPercent().setText("12");
        assertThat(vm.isValid()).isFalse();

        vm.marginCapPercent().setText("8");
        vm.riskCapPercent().setText("0.5");

        Settings saved = vm.toSettings();
        assertThat(saved.policy().marginCap()).isEqualByComparingTo("0.08");
        assertThat(saved.policy().riskCap()).isEqualByComparingTo("0.005");
    }

    @Test
    void equityEditedInPreferencesIsSaved() {
        vm.accounts().get(0).equity().setText("12,500");

        assertThat(vm.toSettings().activeAccountOrFirst().equity()).isEqualByComparingTo("12500");
    }

    @Test
    void renamingTheActiveAccountFollowsTheNewName() {
        vm.accounts().get(0).nameProperty().set("Bybit");

        assertThat(vm.activeAccountProperty().get()).isEqualTo("Bybit");
        assertThat(vm.toSettings().activeAccount()).isEqualTo("Bybit");
    }

    @Test
    void anAccountsOwnMakerAndTakerRatesAreSavedAndBlankMeansTheContracts() {
        vm.accounts().get(0).takerFeePercent().setText("0.04");

        assertThat(vm.toSettings().account("Main").takerFeeRate()).isEqualByComparingTo("0.0004");
        assertThat(vm.toSettings().account("Main").makerFeeRate()).isNull();
        vm.accounts().get(0).makerFeePercent().setText("-1");
        assertThat(vm.isValid()).isFalse();
    }

    @Test
    void theLiquidationBufferIsAtLeastOneAndFundingInTheRiskIsASwitch() {
        assertThat(vm.liquidationBuffer().getText()).isEqualTo("1.5");
        assertThat(vm.fundingInRiskProperty().get()).isTrue();

        vm.liquidationBuffer().setText("0.8");
        assertThat(vm.liquidationBuffer().getError()).isEqualTo("At least 1 (1 means no buffer)");
        assertThat(vm.isValid()).isFalse();

        vm.liquidationBuffer().setText("2");
        vm.fundingInRiskProperty().set(false);
        assertThat(vm.toSettings().policy().liquidationBuffer()).isEqualByComparingTo("2");
        assertThat(vm.toSettings().policy().fundingInRisk()).isFalse();
    }

    @Test
    void checklistTemplateIsOneItemALine() {
        vm.checklistTemplateProperty().set("Stop placed\n\n  Funding checked  \n");

        assertThat(vm.toSettings().checklistTemplate()).containsExactly("Stop placed", "Funding checked");
    }

    @Test
    void theAccountRulesStartAtTheDesignsDefaultsAndMayBeMadeStricter() {
        AccountInput main = vm.accounts().get(0);
        assertThat(main.openRiskCapPercent().getText()).isEqualTo("3");
        assertThat(main.dailyLossCapPercent().getText()).isEqualTo("3");
        assertThat(main.coolDownLosses().getText()).isEqualTo("2");
        assertThat(main.coolDownMinutes().getText()).isEqualTo("60");

        main.openRiskCapPercent().setText("2");
        main.coolDownLosses().setText("1");
        main.coolDownMinutes().setText("120");
        main.equityFollowsJournalProperty().set(true);
        vm.requireTakeProfitProperty().set(false);

        Settings saved = vm.toSettings();
        Account account = saved.activeAccountOrFirst();
        assertThat(account.limits()).isEqualTo(new AccountLimits(new BigDecimal("0.02"), new BigDecimal("0.03"), 1, 120));
        assertThat(account.equityFollowsJournal()).isTrue();
        assertThat(saved.policy().requireTakeProfit()).isFalse();
    }

    @Test
    void aNegativeCapACapAboveItsCeilingOrLettersGetAClearMessageAndKeepTheLastGoodValue() {
        AccountInput main = vm.accounts().get(0);

        main.openRiskCapPercent().setText("-1");
        assertThat(main.openRiskCapPercent().getError()).isEqualTo("Must be above 0 % and at most 3 %");
        main.dailyLossCapPercent().setText("4");
        assertThat(main.dailyLossCapPercent().getError()).isEqualTo("Must be above 0 % and at most 3 %");
        main.coolDownMinutes().setText("abc");
        assertThat(main.coolDownMinutes().getError()).isEqualTo("“abc” is not a number");
        main.coolDownLosses().setText("3");
        assertThat(main.coolDownLosses().getError()).isEqualTo("Must be 1 or 2 losing trades (1 is stricter)");
        vm.marginCapPercent().setText("abc");

        assertThat(vm.validProperty().get()).isFalse();
        Settings kept = vm.toSettings();
        assertThat(kept.activeAccountOrFirst().limits()).isEqualTo(AccountLimits.defaults());
        assertThat(kept.policy().marginCap()).isEqualByComparingTo("0.10");
    }
}
