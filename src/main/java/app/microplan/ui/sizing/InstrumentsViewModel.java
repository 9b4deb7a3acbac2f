package app.microplan.ui.sizing;

import app.microplan.domain.AccountCurrency;
import app.microplan.domain.InstrumentComparison;
import app.microplan.domain.LiquidationText;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradePlan;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Figures;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.ReasonText;
import app.microplan.ui.plan.PlanViewModel;
import java.math.BigDecimal;
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

    /** One instrument's line in the window's language and number format (the English reads as it always did). */
    static Line line(InstrumentComparison.Row row) {
        String name = row.planContract() ? Messages.text("instruments.thisPlan", row.contract().name())
                : row.contract().name();
        SizingResult s = row.sizing();
        String currency = s.quoteCurrency();
        Figures figures = Messages.current().figures();
        if (s.contracts().signum() == 0) {
            return new Line(name, false, Messages.text("instruments.noContract",
                    figures.plain(s.maxContractsByRisk()), figures.plain(s.maxContractsByMargin())));
        }
        String funding = s.fundingIntervals() == 0 ? Messages.text("instruments.noFunding")
                : Messages.text(s.fundingCost().signum() < 0 ? "instruments.fundingReceived" : "instruments.fundingPaid",
                figures.money(s.fundingCost().abs(), currency));
        String contracts = Messages.text(s.contracts().compareTo(BigDecimal.ONE) == 0 ? "fills.oneContract"
                : "fills.contracts", figures.plain(s.contracts()));
        String risk = figures.money(s.riskAmount(), currency);
        String fees = figures.money(AccountCurrency.up(s.exchange().totalFees(), currency), currency);
        String margin = figures.money(AccountCurrency.up(s.initialMargin(), currency), currency);
        String costs = figures.plain(row.costPerUnit().movePointRight(2).setScale(4, RoundingMode.CEILING));
        if (!row.contract().hasLiquidationPrice()) {
            return new Line(name, row.cheapest(), Messages.text("instruments.line", contracts, risk, fees, funding,
                    margin, costs));
        }
        String liquidation = ReasonText.render(LiquidationText.wording(s)).orElseGet(() -> LiquidationText.of(s));
        return new Line(name, row.cheapest(), Messages.text("instruments.lineLiquidation", contracts, risk, fees,
                funding, margin, liquidation, costs));
    }
}
