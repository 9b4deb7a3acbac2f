package app.microplan.ui;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.Money;
import app.microplan.domain.PlanAssessment;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.RuleBook;
import app.microplan.domain.Target;
import app.microplan.domain.TradeSetup;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The desktop application. For now it shows the sizing of the seed trade of DESIGN.md example 1. */
public class App extends Application {

    @Override
    public void start(Stage stage) {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").leverage("10").target(Target.of("72100", "1")).build();
        PlanAssessment assessment = RuleBook.assessNumbers(setup, RiskPolicy.defaults(),
                AccountSnapshot.of("Main", "5000", "0"));
        var sizing = assessment.sizing();
        VBox root = new VBox(8,
                new Label("Seed trade: long BTC micro (0.01) at 70,000, stop 69,300, 10×, equity $5,000, risk 1 %"),
                new Label("Contracts: " + Money.contracts(sizing.contracts())),
                new Label("Risk at the stop: " + Money.format(sizing.riskAmount(), "USD") + " ("
                        + Money.percentUp(sizing.riskFraction()) + ")"),
                new Label("Margin utilization: " + Money.percentUp(sizing.marginUtilization())));
        root.setStyle("-fx-padding: 16");
        stage.setTitle("Microplan");
        stage.setScene(new Scene(root, 640, 200));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
