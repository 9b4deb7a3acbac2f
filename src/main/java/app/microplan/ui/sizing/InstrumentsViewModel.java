package app.microplan.ui.sizing;

import app.microplan.domain.AccountCurrency;
import app.microplan.domain.Decimals;
import app.microplan.domain.InstrumentComparison;
import app.microplan.domain.LiquidationText;
import app.microplan.domain.Money;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradePlan;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.plan.PlanViewModel;
import java.math.RoundingMode;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The same trade on every instrument of the plan's underlying, in words, the cheapest marked; {@link InstrumentsView}
 * only shows the lines.
 */
public final class InstrumentsViewModel {
    /** One instrument: its name, whether it is the cheapest, and its figures in one line. */
    public record Line(String name, boolean cheapest, String figures) {
    }

    private final PlanViewModel plan;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    public InstrumentsViewModel(PlanViewModel plan, BindingScope scope) {
        this.plan = plan;
        scope.listen(plan.sizingProperty(), (obs, old, now) -> update());
        update();
    }

    public ObservableList<Line> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    private void update() {
        TradePlan current = plan.getPlan();
        List<InstrumentComparison.Row> rows = InstrumentComparison.compare(current.setup(), current.policy(),
                current.account());
        lines.setAll(rows.stream().map(InstrumentsViewModel::line).toList());
    }

    static Line line(InstrumentComparison.Row row) {
        String name = row.contract().name() + (row.planContract() ? " (this plan)" : "");
        SizingResult s = row.sizing();
        String currency = s.quoteCurrency();
        if (s.contracts().signum() == 0) {
            return new Line(name, false, "the caps allow no contract: " + Money.contracts(s.maxContractsByRisk())
                    + " by risk, " + Money.contracts(s.maxContractsByMargin()) + " by margin");
        }
        String funding = s.fundingIntervals() == 0 ? "no funding"
                : "funding " + Money.format(s.fundingCost().abs(), currency)
                + (s.fundingCost().signum() < 0 ? " received" : " paid");
        String liquidation = row.contract().hasLiquidationPrice() ? " · liquidation " + LiquidationText.of(s) : "";
        return new Line(name, row.cheapest(), Money.contracts(s.contracts())
                + (s.contracts().compareTo(java.math.BigDecimal.ONE) == 0 ? " contract" : " contracts") + " · risk "
                + Money.format(s.riskAmount(), currency) + " · fees " + Money.format(AccountCurrency.up(s.exchange().totalFees(), currency), currency) + " · " + funding + " · margin "
                + Money.format(AccountCurrency.up(s.initialMargin(), currency), currency) + liquidation + " · costs "
                + Decimals.plain(row.costPerUnit().movePointRight(2).setScale(4, RoundingMode.CEILING))
                + " % of the notional");
    }
}
