package app.microplan.ui.simulation;

import app.microplan.ui.common.Figures;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.ReasonText;
import app.microplan.domain.Decimals;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.Money;
import app.microplan.domain.RiskOfRuinSimulation;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.SimulationResult;
import app.microplan.domain.SimulationRules;
import app.microplan.domain.SimulationSample;
import app.microplan.domain.SimulationSettings;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.common.ShownEntriesWork;
import app.microplan.ui.common.TaskRunner;
import app.microplan.ui.common.TradeFormats;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journal review's Risk of ruin tab: which account's trades to resample (those the filter lets through),
 * at what risk per trade, how many paths of how many trades, from which seed; Run works it out on the task
 * runner and the tab shows the percentiles, the chances of deep drawdowns and of ruin, the safer risk and the
 * fan chart, with a warning when fewer than 30 trades back it. The other account rules are the design's
 * defaults (3 % open risk, 3 % daily loss limit, 60 minutes after 2 losses).
 */
public final class SimulationViewModel {
    private final ZoneId zone;
    private final LocaleNumbers numbers;
    private final ShownEntriesWork<SimulationResult> work;
    private final ObservableList<String> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<String> account = new SimpleObjectProperty<>(this, "account");
    private final DecimalInput riskPercent;
    private final StringProperty paths = new SimpleStringProperty(this, "paths", "10000");
    private final StringProperty trades = new SimpleStringProperty(this, "trades", "200");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper chances = new ReadOnlyStringWrapper(this, "chances", "");
    private final ReadOnlyStringWrapper saferRisk = new ReadOnlyStringWrapper(this, "saferRisk", "");
    private final ObservableList<PercentileRow> percentiles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FanChartData> fan = new ReadOnlyObjectWrapper<>(this, "fan");
    private final ReadOnlyObjectWrapper<SimulationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private Function<String, Optional<BigDecimal>> equityOf = name -> Optional.empty();

    /** One row of the percentile table: what, then its value at the 5th to the 95th percentile. */
    public record PercentileRow(String what, List<String> values) {
        public String value(int index) {
            return values.get(index);
        }
    }

    public SimulationViewModel(TaskRunner tasks, ZoneId zone, LocaleNumbers numbers) {
        this.zone = zone;
        this.numbers = numbers;
        this.work = new ShownEntriesWork<>(tasks, "Simulating the risk of ruin", this::prepare, this::publish,
                error -> problem.set(error.getMessage() == null ? Messages.text("sim.failed")
                        : TradeFormats.sentence(error instanceof RuntimeException refusal ? ReasonText.refusal(refusal)
                        : error.getMessage())));
        BigDecimal most = Decimals.percent(RiskPolicy.MAX_RISK_CAP);
        this.riskPercent = new DecimalInput(Messages.text("sim.riskPerTrade"), numbers, true, v -> v.signum() <= 0
                ? Messages.text("input.aboveZero") : v.compareTo(most) > 0
                ? Messages.text("sim.atMost", Messages.current().figures().percent(RiskPolicy.MAX_RISK_CAP)) : null);
        riskPercent.setValue(Decimals.percent(RiskPolicy.DEFAULT_RISK_CAP).stripTrailingZeros());
    }

    /** Follows the trades the review shows; runs again when they change while the tab is shown. */
    public void follow(ObservableList<JournalEntry> shown) {
        work.follow(shown);
    }

    public void setActive(boolean active) {
        work.setActive(active);
    }

    /** Where the money figures start: the account's equity in the settings, when it has one. */
    public void setAccountEquity(Function<String, Optional<BigDecimal>> equity) {
        equityOf = equity;
    }

    // ---- Inputs -------------------------------------------------------------------------------------------

    public ObservableList<String> accounts() {
        return accounts;
    }

    public ObjectProperty<String> accountProperty() {
        return account;
    }

    public DecimalInput riskPercent() {
        return riskPercent;
    }

    public StringProperty pathsProperty() {
        return paths;
    }

    public StringProperty tradesProperty() {
        return trades;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    // ---- Results ------------------------------------------------------------------------------------------

    /** Why the simulation cannot run as asked, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String getProblem() {
        return problem.get();
    }

    /** The warning for fewer than 30 trades, or null. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public String getWarning() {
        return warning.get();
    }

    /** What was simulated, in a sentence. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public String getDescription() {
        return description.get();
    }

    /** The chances of a drawdown beyond 10, 20, 30 and 50 %, and of ruin, in a sentence. */
    public ReadOnlyStringProperty chancesProperty() {
        return chances.getReadOnlyProperty();
    }

    public String getChances() {
        return chances.get();
    }

    public ReadOnlyStringProperty saferRiskProperty() {
        return saferRisk.getReadOnlyProperty();
    }

    public String getSaferRisk() {
        return saferRisk.get();
    }

    public ObservableList<PercentileRow> percentiles() {
        return percentiles;
    }

    public ReadOnlyObjectProperty<FanChartData> fanProperty() {
        return fan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SimulationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public SimulationResult getResult() {
        return result.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return work.runningProperty();
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    /** Simulates with the inputs as they are; says why not when they are wrong or there is nothing to resample. */
    public void run() {
        work.run();
    }

    private TaskRunner.Work<SimulationResult> prepare(List<JournalEntry> taken) {
        List<String> names = SimulationSample.accounts(taken);
        if (!accounts.equals(names)) {
            String chosen = account.get();
            accounts.setAll(names);
            account.set(names.contains(chosen) ? chosen : names.isEmpty() ? null : names.get(0));
        }
        String name = account.get();
        if (name == null) {
            return fail(Messages.text("sim.nothing"));
        }
        Optional<String> wrong = riskPercent.describeError();
        if (wrong.isPresent()) {
            return fail(wrong.get());
        }
        SimulationRules rules;
        SimulationSettings settings;
        try {
            rules = SimulationRules.withRisk(Decimals.fromPercent(riskPercent.getValue()));
            settings = new SimulationSettings(whole(paths.get(), Messages.text("sim.paths")), whole(trades.get(), Messages.text("sim.trades")),
                    wholeLong(seed.get()), null);
        } catch (IllegalArgumentException e) {
            return fail(TradeFormats.sentence(ReasonText.refusal(e)));
        }
        problem.set(null);
        Optional<BigDecimal> equity = equityOf.apply(name).filter(Decimals::isPositive);
        return progress -> {
            SimulationSample sample = SimulationSample.of(taken, name, zone);
            return RiskOfRuinSimulation.run(equity.map(sample::withStartEquity).orElse(sample), rules, settings);
        };
    }

    private TaskRunner.Work<SimulationResult> fail(String why) {
        problem.set(why);
        return null;
    }

    private int whole(String text, String what) {
        return (int) Math.min(Integer.MAX_VALUE, parseWhole(text, what));
    }

    private long wholeLong(String text) {
        return parseWhole(text, Messages.text("sim.seed"));
    }

    private long parseWhole(String text, String what) {
        BigDecimal value = numbers.parse(text == null ? "" : text).orElse(null);
        if (value == null || value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(Messages.text("sim.notWhole", what, text));
        }
        return value.longValue();
    }

    private void publish(SimulationResult done) {
        result.set(done);
        warning.set(done.warning() == null ? null : app.microplan.ui.common.ReasonText.render(
                app.microplan.domain.SimulationWords.warning(done)).orElse(done.warning()));
        String currency = done.currency();
        Figures figures = Messages.current().figures();
        description.set(Messages.text("sim.description", done.settings().paths(),
                String.valueOf(done.settings().trades()), String.valueOf(done.sampleTrades()), done.account(),
                figures.money(done.startEquity(), currency), String.valueOf(done.settings().seed()),
                figures.percent(done.rules().riskFraction()), figures.percent(done.rules().openRiskCap()),
                figures.percent(done.rules().dailyLossLimit()), String.valueOf(done.rules().coolDown().toMinutes()),
                done.rules().coolDownLosses()));
        List<String> equities = done.finalEquity().stream().map(p -> figures.money(p.value(), currency)).toList();
        List<String> drawdowns = done.maxDrawdown().stream().map(p -> figures.percent(p.value())).toList();
        percentiles.setAll(new PercentileRow(Messages.text("sim.finalEquity"), equities),
                new PercentileRow(Messages.text("sim.deepestDrawdown"), drawdowns));
        List<String> parts = new ArrayList<>();
        for (SimulationResult.Chance chance : done.drawdownChances()) {
            parts.add(Messages.text("sim.beyond", figures.plain(Decimals.percent(chance.depth())),
                    figures.percent(chance.chance())));
        }
        chances.set(Messages.text("sim.chances", String.join(" · ", parts), figures.percent(done.settings().ruinLoss()),
                figures.percent(done.ruinChance())));
        saferRisk.set(done.saferRisk() == null ? "" : app.microplan.ui.common.ReasonText.render(
                app.microplan.domain.SimulationWords.saferRisk(done.saferRisk())).orElse(done.saferRisk().sentence()));
        fan.set(fanData(done));
    }

    private static FanChartData fanData(SimulationResult done) {
        int points = done.fan().size();
        int[] tradeNumbers = new int[points];
        List<double[]> bands = new ArrayList<>();
        for (int k = 0; k < SimulationResult.PERCENTILES.size(); k++) {
            bands.add(new double[points]);
        }
        BigDecimal low = null;
        BigDecimal high = null;
        for (int i = 0; i < points; i++) {
            SimulationResult.FanPoint point = done.fan().get(i);
            tradeNumbers[i] = point.trade();
            for (int k = 0; k < bands.size(); k++) {
                bands.get(k)[i] = point.equity().get(k).doubleValue();
            }
            BigDecimal lowest = point.equity().get(0);
            BigDecimal highest = point.equity().get(point.equity().size() - 1);
            low = low == null || lowest.compareTo(low) < 0 ? lowest : low;
            high = high == null || highest.compareTo(high) > 0 ? highest : high;
        }
        Figures figures = Messages.current().figures();
        return new FanChartData(tradeNumbers, bands, figures.money(high, done.currency()),
                figures.money(low, done.currency()), "0", Messages.text("sim.tradeN", String.valueOf(tradeNumbers[points - 1])));
    }
}
