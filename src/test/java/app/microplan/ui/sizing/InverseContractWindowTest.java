package app.microplan.ui.sizing;

import static app.microplan.ui.WindowInput.text;
import static app.microplan.ui.WindowInput.type;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.Account;
import app.microplan.store.JournalStore;
import app.microplan.store.Settings;
import app.microplan.ui.RealWindowTest;
import app.microplan.ui.plan.ContractOption;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window with an account kept in bitcoin: a long on Bybit's BTCUSD inverse perpetual is sized in bitcoin,
 * its risk shown in bitcoin and in dollars at the stop, its ladder's stop row minus that risk.
 */
class InverseContractWindowTest extends RealWindowTest {
    @TempDir
    Path journal;

    @Start
    void start(Stage primary) {
        started(primary);
    }

    @Test
    void anInversePresetOnABitcoinAccountIsSizedInBitcoinWithTheDollarsBeside(FxRobot robot) throws Exception {
        JournalStore.open(journal).saveSettings(new Settings(List.of(new Account("Coin", new BigDecimal("0.1"))
                .withEquityCurrency("BTC")), null, null, null, null, null, null, null, null, null));
        open(robot, journal);
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<ContractOption> contract = robot.lookup("#contract").queryComboBox();
        assertThat(contract.getItems()).extracting(ContractOption::label).contains(
                "Bybit BTCUSD inverse perpetual (1 USD)", "Binance COIN-M BTCUSD perpetual (100 USD)",
                "Deribit BTC-PERPETUAL (10 USD)", "Deribit ETH-PERPETUAL (1 USD)");
        robot.interact(() -> contract.getSelectionModel().select(contract.getItems().stream()
                .filter(o -> o.label().equals("Bybit BTCUSD inverse perpetual (1 USD)")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "entry-price-1", "50000");
        type(robot, "stop", "49000");
        type(robot, "leverage", "10");
        type(robot, "risk-percent", "1");

        // 0.001 BTC at risk allows 2,361 contracts of 1 USD (InverseContractTest works it out)
        assertThat(text(robot, "position-size")).isEqualTo("2361 contracts");
        assertThat(text(robot, "risk-amount")).isEqualTo("0.00099962 BTC ($48.99 at the stop)");
        assertThat(text(robot, "notional")).isEqualTo("0.04722000 BTC = $2,361.00 (1 USD a contract)");
        assertThat(text(robot, "margin")).isEqualTo("0.00472200 BTC at 10×");
        assertThat(text(robot, "liquidation")).startsWith("≈ 45,662.5");
        assertThat(text(robot, "ladder-stop-pnl")).isEqualTo("-0.00099962 BTC");
        assertThat(text(robot, "ladder-breakeven-price")).isEqualTo("50,037.51");
    }
}
