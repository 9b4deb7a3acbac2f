package app.microplan.ui.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.PlanModels;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Messages;
import app.microplan.ui.plan.PlanViewModel;
import org.junit.jupiter.api.Test;

/** Worked example 1 at 0.05 % in and out, compared on every BTC instrument, as the panel words it. */
class InstrumentsViewModelTest {

    @Test
    void thePlansOwnContractComesFirstAndTheCheapestAreMarked() {
        PlanViewModel plan = PlanModels.example1(PlanStatus.DRAFT, "0");
        plan.setup().entryFeePercent().setText("0.05");
        plan.setup().exitFeePercent().setText("0.05");

        InstrumentsViewModel instruments = new InstrumentsViewModel(plan, new BindingScope());

        InstrumentsViewModel.Line own = instruments.lines().get(0);
        assertThat(own.name()).isEqualTo("BTC micro perpetual (0.01 BTC) (this plan)");
        assertThat(own.cheapest()).isFalse();
        assertThat(own.figures()).startsWith("6 contracts · risk $46.18 · fees $4.18 · no funding · margin $420.00")
                .contains("liquidation ≈ 63,350 (Bybit formula)", "costs 0.0995 % of the notional");
        // Deribit's inverse perpetual pays no maker fee: taker 0.05 % out is all it costs
        assertThat(instruments.lines()).filteredOn(InstrumentsViewModel.Line::cheapest).singleElement()
                .satisfies(line -> assertThat(line.name()).startsWith("Deribit BTC-PERPETUAL"))
                .satisfies(line -> assertThat(line.figures()).contains("costs 0.05 % of the notional"));
        assertThat(instruments.lines()).filteredOn(l -> l.name().startsWith("Binance BTCUSDT")).singleElement()
                .satisfies(line -> assertThat(line.figures()).contains("costs 0.0695 % of the notional"));
        assertThat(instruments.lines()).filteredOn(l -> l.name().startsWith("CME Micro Bitcoin")).singleElement()
                .satisfies(line -> assertThat(line.figures()).startsWith("the caps allow no contract"));
    }

    @Test
    void theComparisonReadsInGermanWithGermanNumbers() {
        try {
            Messages.use(Messages.forLanguage("de"));
            PlanViewModel plan = PlanModels.example1(PlanStatus.DRAFT, "0");
            plan.setup().entryFeePercent().setText("0.05");
            plan.setup().exitFeePercent().setText("0.05");

            InstrumentsViewModel instruments = new InstrumentsViewModel(plan, new BindingScope());

            InstrumentsViewModel.Line own = instruments.lines().get(0);
            assertThat(own.name()).isEqualTo("BTC micro perpetual (0.01 BTC) (dieser Plan)");
            assertThat(own.figures()).isEqualTo("6 Kontrakte · Risiko 46,18 $ · Gebühren 4,18 $ · kein Funding · "
                    + "Margin 420,00 $ · Liquidation ≈ 63.350 (Bybit-Formel) · Kosten 0,0995 % des Nominalwerts");
            assertThat(instruments.lines()).filteredOn(l -> l.name().startsWith("CME Micro Bitcoin")).singleElement()
                    .satisfies(line -> assertThat(line.figures()).startsWith("die Grenzen erlauben keinen Kontrakt: "));
        } finally {
            Messages.use(Messages.forLanguage(null));
        }
    }
}
