package app.microplan.ui.execution;

import app.microplan.ui.common.DateText;
import app.microplan.ui.common.Messages;
import static app.microplan.ui.common.TradeFormats.NONE;

import app.microplan.domain.Decimals;
import app.microplan.domain.DeviationCosts;
import app.microplan.domain.DeviationKind;
import app.microplan.domain.ExecutionBreakdown;
import app.microplan.domain.ExecutionScore;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.LegFill;
import app.microplan.domain.Money;
import app.microplan.ui.common.ShownEntriesWork;
import app.microplan.ui.common.TaskRunner;
import app.microplan.ui.common.TradeFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journal review's Plan vs execution tab: what each kind of departure from the plan cost over the trades
 * the filter lets through, in money and in R, the habit that cost the most in one sentence, every trade with
 * its execution score, and the selected trade broken down part by part with the score's weights.
 */
public final class ExecutionReviewViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private final ZoneId zone;
    private final ShownEntriesWork<Computed> work;
    private final ObservableList<KindRow> kinds = FXCollections.observableArrayList();
    private final ObservableList<TradeRow> trades = FXCollections.observableArrayList();
    private final ObjectProperty<TradeRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<DetailRow> details = FXCollections.observableArrayList();
    private final ObservableList<ScoreRow> score = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private String currency = "USD";

    private record Computed(List<ExecutionBreakdown> breakdowns, DeviationCosts costs, String currency) {
    }

    /** One kind of departure over the trades shown. */
    public record KindRow(String kind, int trades, String money, String r) {
    }

    /** One closed trade and its score. */
    public record TradeRow(String closed, String symbol, String score, String worst, ExecutionBreakdown breakdown) {
    }

    /** One part of the selected trade: what the plan said, what happened, what the difference cost. */
    public record DetailRow(String part, String planned, String actual, String cost, String costR) {
    }

    /** One part of the selected trade's score. */
    public record ScoreRow(String part, String weight, String share, String points, String rule) {
    }

    public ExecutionReviewViewModel(TaskRunner tasks, ZoneId zone) {
        this.zone = zone;
        this.work = new ShownEntriesWork<>(tasks, "Comparing the trades with their plans", taken -> progress -> {
            List<ExecutionBreakdown> breakdowns = DeviationCosts.breakdowns(taken);
            return new Computed(breakdowns, DeviationCosts.of(breakdowns), TradeFormats.currencyOf(taken));
        }, this::publish, error -> headline.set(Messages.text("execution.failed")
                + error.getMessage()));
        selected.addListener((obs, old, now) -> showSelected());
    }

    public void follow(ObservableList<JournalEntry> shown) {
        work.follow(shown);
    }

    public void setActive(boolean active) {
        work.setActive(active);
    }

    public ObservableList<KindRow> kinds() {
        return kinds;
    }

    public ObservableList<TradeRow> trades() {
        return trades;
    }

    public ObjectProperty<TradeRow> selectedProperty() {
        return selected;
    }

    public ObservableList<DetailRow> details() {
        return details;
    }

    public ObservableList<ScoreRow> score() {
        return score;
    }

    /** "Past the stop cost you $161.20 (3.4 R) over 4 trades. Average execution score 82 of 100." */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public String getHeadline() {
        return headline.get();
    }

    private void publish(Computed computed) {
        currency = computed.currency();
        DeviationCosts costs = computed.costs();
        List<KindRow> rows = new ArrayList<>();
        for (DeviationKind kind : DeviationKind.values()) {
            DeviationCosts.KindTotal total = costs.total(kind);
            rows.add(new KindRow(kind.label(), total.trades(), TradeFormats.signedMoney(total.money(), currency),
                    TradeFormats.r(total.r())));
        }
        kinds.setAll(rows);
        headline.set(headline(costs));
        String keep = selected.get() == null ? null : selected.get().breakdown().planId();
        List<TradeRow> fresh = computed.breakdowns().stream()
                .sorted(Comparator.comparing(ExecutionBreakdown::closedAt).reversed())
                .map(b -> new TradeRow(DateText.dateTime(b.closedAt().atZone(zone).toLocalDateTime()), b.symbol(), b.score().total() + " / 100",
                        worst(b), b)).toList();
        trades.setAll(fresh);
        selected.set(fresh.stream().filter(t -> t.breakdown().planId().equals(keep)).findFirst()
                .orElse(fresh.isEmpty() ? null : fresh.get(0)));
    }

    /** The costliest habit (by R) in a sentence, and the average score; or why there is nothing to say. */
    static String headline(DeviationCosts costs) {
        if (costs.trades() == 0) {
            return Messages.text("execution.noTrade");
        }
        DeviationKind worst = null;
        for (DeviationKind kind : DeviationKind.values()) {
            if (worst == null || costs.total(kind).r().compareTo(costs.total(worst).r()) > 0) {
                worst = kind;
            }
        }
        String score = Messages.text("execution.averageScore",
                String.valueOf(costs.averageScore().setScale(0, RoundingMode.HALF_UP)));
        return costs.total(worst).money().signum() > 0 ? costs.sentence(worst) + " " + score
                : Messages.text("execution.nothingCost") + " " + score;
    }

    private String worst(ExecutionBreakdown b) {
        DeviationKind worst = null;
        for (DeviationKind kind : DeviationKind.values()) {
            if (b.cost(kind).signum() > 0 && (worst == null || b.cost(kind).compareTo(b.cost(worst)) > 0)) {
                worst = kind;
            }
        }
        return worst == null ? Messages.text("execution.asPlanned") : worst.label() + ": " + Money.format(b.cost(worst), currency);
    }

    private void showSelected() {
        TradeRow row = selected.get();
        if (row == null) {
            details.clear();
            score.clear();
            return;
        }
        ExecutionBreakdown b = row.breakdown();
        details.setAll(detailRows(b));
        List<ScoreRow> parts = new ArrayList<>();
        for (ExecutionScore.Part part : b.score().parts()) {
            parts.add(new ScoreRow(part.name(), Integer.toString(part.weight()),
                    Decimals.percent(part.share()).setScale(0, RoundingMode.HALF_UP) + " %",
                    part.points().setScale(1, RoundingMode.HALF_UP).toPlainString(), part.rule()));
        }
        parts.add(new ScoreRow("Score", "100", "", Integer.toString(b.score().total()), ""));
        score.setAll(parts);
    }

    private List<DetailRow> detailRows(ExecutionBreakdown b) {
        List<DetailRow> rows = new ArrayList<>();
        int n = 0;
        for (LegFill leg : b.legs()) {
            n++;
            rows.add(new DetailRow("Entry leg " + n, Money.price(leg.plannedPrice()) + " × "
                    + Money.contracts(leg.plannedContracts()), leg.filled() ? Money.price(rounded(leg.averageFill()))
                    + " × " + Money.contracts(leg.filledContracts()) + " (" + slippage(leg.slippage()) + ")"
                    : "not filled", money(leg.cost()), inR(leg.cost(), b)));
        }
        rows.add(new DetailRow("Size", b.plannedContracts() == null ? NONE : Money.contracts(b.plannedContracts())
                + " contracts", Money.contracts(b.enteredContracts()) + " contracts",
                cost(b, DeviationKind.SIZE), costR(b, DeviationKind.SIZE)));
        rows.add(new DetailRow("Stop", b.stop().label(), b.stopOverrun().signum() > 0
                ? "exits past it by " + Money.format(b.stopOverrun(), currency) : "no exit past it",
                cost(b, DeviationKind.STOP), costR(b, DeviationKind.STOP)));
        String exits = b.leftOnTable().signum() > 0 ? Money.format(b.leftOnTable(), currency) + " left on the table"
                : b.leftOnTable().signum() < 0 ? Money.format(b.leftOnTable().negate(), currency) + " beyond them"
                : "at the targets, or none to compare";
        if (b.cutBeforeStop().signum() > 0) {
            exits += "; " + Money.contracts(b.cutBeforeStop()) + " closed by hand at a loss before the stop";
        }
        rows.add(new DetailRow("Exits against the targets", "targets", exits, cost(b, DeviationKind.EXITS),
                costR(b, DeviationKind.EXITS)));
        rows.add(new DetailRow("Fees", Money.format(b.estimatedFees(), currency) + " estimated",
                Money.format(b.fees(), currency), cost(b, DeviationKind.FEES), costR(b, DeviationKind.FEES)));
        rows.add(new DetailRow("Funding", Money.format(b.estimatedFunding(), currency) + " estimated",
                Money.format(b.funding(), currency), cost(b, DeviationKind.FUNDING), costR(b, DeviationKind.FUNDING)));
        rows.add(new DetailRow("Holding time", b.plannedHoldingHours().signum() == 0 ? "not planned"
                : Decimals.plain(b.plannedHoldingHours()) + " h", hours(b.holdingTime()), NONE, NONE));
        return rows;
    }

    private String cost(ExecutionBreakdown b, DeviationKind kind) {
        return money(b.cost(kind));
    }

    private String money(BigDecimal amount) {
        return TradeFormats.signedMoney(amount, currency);
    }

    private static String costR(ExecutionBreakdown b, DeviationKind kind) {
        return TradeFormats.r(b.costInR(kind));
    }

    private static String inR(BigDecimal cost, ExecutionBreakdown b) {
        return b.plannedRisk() == null ? NONE : TradeFormats.r(Decimals.divide(cost, b.plannedRisk()));
    }

    private static String slippage(BigDecimal slip) {
        BigDecimal shown = rounded(slip);
        return shown.signum() == 0 ? "at the price" : shown.signum() > 0 ? Money.price(shown) + " worse"
                : Money.price(shown.negate()) + " better";
    }

    private static BigDecimal rounded(BigDecimal price) {
        return price.setScale(Math.min(4, Math.max(0, price.stripTrailingZeros().scale())), RoundingMode.HALF_UP);
    }

    private static String hours(Duration held) {
        long minutes = held.toMinutes();
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + String.format("%02d", minutes % 60) + " min";
    }
}
