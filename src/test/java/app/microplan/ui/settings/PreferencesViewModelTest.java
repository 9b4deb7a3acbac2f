package app.microplan.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.store.Settings;
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
}
