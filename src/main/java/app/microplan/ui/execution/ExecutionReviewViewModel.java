package app.microplan.ui.execution;

import app.microplan.ui.common.DateText;
import app.microplan.ui.common.Figures;
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
import app.microplan.domain.StopHandling;
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
            rows.add(new KindRow(kindLabel(kind), total.trades(), TradeFormats.signedMoney(total.money(), currency),
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
        return costs.total(worst).money().signum() > 0 ? costSentence(costs, worst) + " " + score
                : Messages.text("execution.nothingCost") + " " + score;
    }

    /** The domain's "Past the stop cost you $161.20 (3.4 R) over 4 trades." in the window's language. */
    private static String costSentence(DeviationCosts costs, DeviationKind kind) {
        DeviationCosts.KindTotal total = costs.total(kind);
        Figures figures = Messages.current().figures();
        return Messages.text("execution.costSentence", kindLabel(kind),
                figures.money(total.money().abs(), costs.currency() == null ? "USD" : costs.currency()),
                figures.decimal(total.r().abs().setScale(1, RoundingMode.HALF_UP)), total.trades());
    }

    private String worst(ExecutionBreakdown b) {
        DeviationKind worst = null;
        for (DeviationKind kind : DeviationKind.values()) {
            if (b.cost(kind).signum() > 0 && (worst == null || b.cost(kind).compareTo(b.cost(worst)) > 0)) {
                worst = kind;
            }
        }
        return worst == null ? Messages.text("execution.asPlanned") : kindLabel(worst) + ": " + plainMoney(b.cost(worst));
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
            parts.add(new ScoreRow(partName(part), Integer.toString(part.weight()),
                    Decimals.percent(part.share()).setScale(0, RoundingMode.HALF_UP) + " %",
                    Messages.current().figures().decimal(part.points().setScale(1, RoundingMode.HALF_UP)), partRule(part)));
        }
        parts.add(new ScoreRow(Messages.text("execution.score.total"), "100", "", Integer.toString(b.score().total()), ""));
        score.setAll(parts);
    }

    private List<DetailRow> detailRows(ExecutionBreakdown b) {
        Figures figures = Messages.current().figures();
        List<DetailRow> rows = new ArrayList<>();
        int n = 0;
        for (LegFill leg : b.legs()) {
            n++;
            rows.add(new DetailRow(Messages.text("execution.part.entryLeg", String.valueOf(n)),
                    Messages.text("execution.sized", figures.price(leg.plannedPrice()), contracts(leg.plannedContracts())),
                    leg.filled() ? Messages.text("execution.filled", figures.price(rounded(leg.averageFill())),
                            contracts(leg.filledContracts()), slippage(leg.slippage()))
                    : Messages.text("execution.notFilled"), money(leg.cost()), inR(leg.cost(), b)));
        }
        rows.add(new DetailRow(Messages.text("execution.part.size"), b.plannedContracts() == null ? NONE
                : Messages.text("execution.contracts", contracts(b.plannedContracts())),
                Messages.text("execution.contracts", contracts(b.enteredContracts())),
                cost(b, DeviationKind.SIZE), costR(b, DeviationKind.SIZE)));
        rows.add(new DetailRow(Messages.text("execution.part.stop"), stopLabel(b.stop()), b.stopOverrun().signum() > 0
                ? Messages.text("execution.exitsPast", plainMoney(b.stopOverrun())) : Messages.text("execution.noExitPast"),
                cost(b, DeviationKind.STOP), costR(b, DeviationKind.STOP)));
        String exits = b.leftOnTable().signum() > 0 ? Messages.text("execution.leftOnTable", plainMoney(b.leftOnTable()))
                : b.leftOnTable().signum() < 0 ? Messages.text("execution.beyondTargets", plainMoney(b.leftOnTable().negate()))
                : Messages.text("execution.atTargets");
        if (b.cutBeforeStop().signum() > 0) {
            exits = Messages.text("execution.cutBeforeStop", exits, contracts(b.cutBeforeStop()));
        }
        rows.add(new DetailRow(Messages.text("execution.part.exits"), Messages.text("execution.targets"), exits,
                cost(b, DeviationKind.EXITS), costR(b, DeviationKind.EXITS)));
        rows.add(new DetailRow(Messages.text("execution.part.fees"),
                Messages.text("execution.estimated", plainMoney(b.estimatedFees())),
                plainMoney(b.fees()), cost(b, DeviationKind.FEES), costR(b, DeviationKind.FEES)));
        rows.add(new DetailRow(Messages.text("execution.part.funding"),
                Messages.text("execution.estimated", plainMoney(b.estimatedFunding())),
                plainMoney(b.funding()), cost(b, DeviationKind.FUNDING), costR(b, DeviationKind.FUNDING)));
        rows.add(new DetailRow(Messages.text("execution.part.holding"), b.plannedHoldingHours().signum() == 0
                ? Messages.text("execution.notPlanned")
                : Messages.text("execution.hours", figures.plain(b.plannedHoldingHours())), hours(b.holdingTime()), NONE, NONE));
        return rows;
    }

    private String plainMoney(BigDecimal amount) {
        return Messages.current().figures().money(amount, currency);
    }

    private static String contracts(BigDecimal contracts) {
        return Messages.current().figures().plain(contracts);
    }

    /** A departure's name in the window's language; the domain's English stays for the command line. */
    static String kindLabel(DeviationKind kind) {
        return Messages.current().getOr("execution.kind." + kind.name(), kind.label());
    }

    private static String stopLabel(StopHandling handling) {
        return Messages.current().getOr("execution.stop." + handling.name(), handling.label());
    }

    /*
     * The score's parts are named in the domain in English (the command line shows them so); the window looks
     * each up by that name and keeps the English for a part added without its translation.
     */
    private static final java.util.Map<String, String> SCORE_PART_KEYS = java.util.Map.of(
            "Entries at the planned prices", "entries", "Size as planned", "size", "Stop kept", "stop",
            "Exits at the targets", "exits", "Fees and funding as estimated", "costs", "Held as long as planned", "holding");

    static String partName(ExecutionScore.Part part) {
        String key = SCORE_PART_KEYS.get(part.name());
        return key == null ? part.name() : Messages.current().getOr("execution.score." + key, part.name());
    }

    static String partRule(ExecutionScore.Part part) {
        String key = SCORE_PART_KEYS.get(part.name());
        return key == null ? part.rule() : Messages.current().getOr("execution.rule." + key, part.rule());
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
        Figures figures = Messages.current().figures();
        return shown.signum() == 0 ? Messages.text("execution.atPrice") : shown.signum() > 0
                ? Messages.text("execution.worse", figures.price(shown))
                : Messages.text("execution.better", figures.price(shown.negate()));
    }

    private static BigDecimal rounded(BigDecimal price) {
        return price.setScale(Math.min(4, Math.max(0, price.stripTrailingZeros().scale())), RoundingMode.HALF_UP);
    }

    private static String hours(Duration held) {
        long minutes = held.toMinutes();
        return minutes < 60 ? Messages.text("execution.minutes", String.valueOf(minutes))
                : Messages.text("execution.hoursMinutes", String.valueOf(minutes / 60), String.format("%02d", minutes % 60));
    }
}
