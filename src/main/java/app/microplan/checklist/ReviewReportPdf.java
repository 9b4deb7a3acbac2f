package app.microplan.checklist;

import app.microplan.checklist.PdfFonts.Style;
import app.microplan.domain.CategoryPnl;
import app.microplan.domain.Decimals;
import app.microplan.domain.DeviationCosts;
import app.microplan.domain.DeviationKind;
import app.microplan.domain.EquityPoint;
import app.microplan.domain.JournalStatistics;
import app.microplan.domain.Money;
import app.microplan.domain.PeriodReview;
import app.microplan.domain.PlaybookStatistics;
import app.microplan.domain.RBucket;
import app.microplan.domain.SimulationResult;
import app.microplan.domain.TradeReview;
import app.microplan.domain.TradeSummary;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The periodic review as a PDF: the period's statistics, its charts (equity, daily P&L, R-multiples), the
 * playbooks and which of their criteria paid, what departing from the plan cost, the risk of ruin with its
 * fan chart, and the reviews written for the period's trades. Laid out with the checklist's fonts, page
 * cursor and footer, so any text the trader wrote prints.
 */
public final class ReviewReportPdf {
    private static final float BODY = 9f;
    private static final float HEADING_SIZE = 12f;
    private static final float CHART_HEIGHT = 120f;
    private static final float CHART_GAP = 18f;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final PdfPages pages;
    private final PdfCharts charts;
    private final PeriodReview review;
    private final ReportText text;

    private ReviewReportPdf(PdfPages pages, PeriodReview review) {
        this.pages = pages;
        this.charts = new PdfCharts(pages);
        this.review = review;
        this.text = new ReportText(review.statistics().currency());
    }

    /** Writes the report and returns its page count. */
    public static int write(PeriodReview review, String journalName, PaperSize paper, OutputStream out)
            throws IOException {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Review · " + review.period().title());
            info.setCreator("Microplan");
            info.setSubject("Periodic trading review");
            try (PdfPages pages = new PdfPages(document, fonts, paper)) {
                pages.newPage();
                new ReviewReportPdf(pages, review).draw(journalName);
            }
            PdfChecklist.PdfFooters.draw(document, fonts, "Microplan · review · " + review.period().span());
            document.save(out);
            return document.getNumberOfPages();
        }
    }

    private void draw(String journalName) throws IOException {
        pages.paragraph("Review · " + review.period().title(), Style.BOLD, 17f, pages.left(), pages.width(),
                PdfChecklist.INK);
        pages.line(review.period().span() + " · the journal in " + journalName + " · days in " + review.zone().getId(),
                Style.REGULAR, BODY, pages.left(), PdfChecklist.MUTED);
        statistics();
        if (review.statistics().overall().trades() > 0) {
            charts();
        }
        playbooks();
        deviations();
        simulation();
        writtenReviews();
    }

    // ---- Sections -----------------------------------------------------------------------------------------

    private void statistics() throws IOException {
        heading("Statistics");
        TradeSummary s = review.statistics().overall();
        if (s.trades() == 0) {
            note("No trade closed in this period.");
            return;
        }
        DeviationCosts deviations = review.deviations();
        List<String[]> figures = List.of(
                pair("Closed trades", s.trades() + ": " + s.wins() + " won, " + s.losses() + " lost"),
                pair("Win rate", text.percent(s.winRate())),
                pair("Net P&L", text.money(s.netPnl())),
                pair("Expectancy", text.money(s.expectancy()) + " · " + text.r(s.expectancyR())),
                pair("Average win", text.money(s.averageWin()) + " · " + text.r(s.averageWinR())),
                pair("Average loss", text.money(s.averageLoss()) + " · " + text.r(s.averageLossR())),
                pair("Profit factor", text.ratio(s.profitFactor())),
                pair("Max drawdown", text.money(s.maxDrawdown()) + " · " + text.percent(s.maxDrawdownFraction())),
                pair("Fees · funding", text.money(s.fees()) + " · " + text.money(s.funding())),
                pair("Followed the plan", text.percent(s.followedPlanShare())),
                pair("Average risk", text.percent(s.averageRiskFraction())),
                pair("Execution score", deviations.averageScore() == null ? "n/a"
                        : deviations.averageScore().setScale(0, RoundingMode.HALF_UP) + " of 100"));
        float column = pages.width() / 2;
        for (int i = 0; i < figures.size(); i += 2) {
            pages.keepRoom(PdfPages.lineHeight(BODY + 1));
            float top = pages.y();
            labelled(figures.get(i), pages.left(), top);
            if (i + 1 < figures.size()) {
                labelled(figures.get(i + 1), pages.left() + column, top);
            }
            pages.down(PdfPages.lineHeight(BODY + 1));
        }
    }

    private void charts() throws IOException {
        heading("Charts");
        JournalStatistics stats = review.statistics();
        float half = (pages.width() - CHART_GAP) / 2;
        pages.keepRoom(CHART_HEIGHT + 12);
        float top = pages.y();
        List<EquityPoint> curve = stats.equityCurve();
        // Chart heights only: the doubles place points on the page; every figure printed comes from the BigDecimals.
        double[] cumulative = new double[curve.size() + 1];
        for (int i = 0; i < curve.size(); i++) {
            cumulative[i + 1] = curve.get(i).cumulativePnl().doubleValue();
        }
        charts.line("Equity (realized P&L, trade by trade)", pages.left(), top, half, CHART_HEIGHT, cumulative,
                text::moneyShort);
        List<CategoryPnl> days = review.dailyPnl();
        charts.bars("P&L by day", pages.left() + half + CHART_GAP, top, half, CHART_HEIGHT,
                days.stream().map(d -> d.category().substring(8)).toList(),
                days.stream().mapToDouble(d -> d.pnl().doubleValue()).toArray(), true, text::moneyShort);
        pages.down(CHART_HEIGHT + 12);
        pages.keepRoom(CHART_HEIGHT + 12);
        top = pages.y();
        List<RBucket> buckets = stats.rHistogram();
        charts.bars("Trades by R-multiple (½ R bands, −3 to 5)", pages.left(), top, pages.width(), CHART_HEIGHT * 0.8f,
                buckets.stream().map(b -> b.from() == null ? "<" : b.from().stripTrailingZeros().toPlainString()).toList(),
                buckets.stream().mapToDouble(RBucket::trades).toArray(), false, v -> Long.toString(Math.round(v)));
        pages.down(CHART_HEIGHT * 0.8f + 12);
    }

    private void playbooks() throws IOException {
        heading("Playbooks");
        if (review.playbooks().isEmpty()) {
            note("No trade of this period belongs to a playbook.");
            return;
        }
        float[] widths = {0.30f, 0.10f, 0.13f, 0.17f, 0.17f, 0.13f};
        table(widths, new String[] {"Playbook", "Trades", "Win rate", "Expectancy", "Expectancy R", "PF"},
                review.playbooks().stream().map(p -> new String[] {p.name(), Integer.toString(p.summary().trades()),
                        text.percent(p.summary().winRate()), text.money(p.summary().expectancy()),
                        text.r(p.summary().expectancyR()), text.ratio(p.summary().profitFactor())}).toList());
        List<String[]> criteria = new ArrayList<>();
        for (PlaybookStatistics.PlaybookResult playbook : review.playbooks()) {
            for (PlaybookStatistics.ItemResult item : playbook.items()) {
                criteria.add(new String[] {playbook.name() + ": " + item.item(), side(item.ticked()),
                        side(item.notTicked())});
            }
        }
        if (!criteria.isEmpty()) {
            pages.down(6);
            table(new float[] {0.50f, 0.25f, 0.25f}, new String[] {"Which criteria paid", "Ticked", "Not ticked"},
                    criteria);
        }
    }

    private String side(TradeSummary summary) {
        return summary.trades() == 0 ? "no trade"
                : summary.trades() + (summary.trades() == 1 ? " trade, " : " trades, ") + text.r(summary.expectancyR());
    }

    private void deviations() throws IOException {
        heading("Plan against execution");
        DeviationCosts costs = review.deviations();
        if (costs.trades() == 0) {
            note("No trade closed in this period.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (DeviationKind kind : DeviationKind.values()) {
            DeviationCosts.KindTotal total = costs.total(kind);
            rows.add(new String[] {kind.label(), Integer.toString(total.trades()), text.money(total.money()),
                    text.r(total.r())});
        }
        table(new float[] {0.46f, 0.14f, 0.20f, 0.20f}, new String[] {"Departure from the plan", "Trades", "Cost",
                "Cost in R"}, rows);
        pages.down(4);
        DeviationKind worst = null;
        for (DeviationKind kind : DeviationKind.values()) {
            if (worst == null || costs.total(kind).r().compareTo(costs.total(worst).r()) > 0) {
                worst = kind;
            }
        }
        if (worst != null && costs.total(worst).money().signum() > 0) {
            note(costs.sentence(worst));
        }
        note("Costs are positive where departing from the plan cost money, negative where it made money. The"
                + " execution score weighs entries 20, size 25, stop 25, exits 15, fees and funding 5, holding time 10.");
    }

    private void simulation() throws IOException {
        heading("Risk of ruin");
        SimulationResult result = review.simulation();
        if (result == null) {
            note("No closed trade with a planned risk up to the end of this period: nothing to simulate.");
            return;
        }
        String currency = result.currency();
        note(String.format(Locale.ENGLISH, "%,d", result.settings().paths()) + " paths of " + result.settings().trades()
                + " trades, resampling the "
                + result.sampleTrades() + " trades of " + result.account() + " up to " + review.period().last()
                + " at " + Money.percent(result.rules().riskFraction()) + " a trade, from "
                + Money.format(result.startEquity(), currency) + " (seed "
                + result.settings().seed() + ").");
        if (result.warning() != null) {
            pages.paragraph(result.warning(), Style.BOLD, BODY, pages.left(), pages.width(), PdfChecklist.WARN);
        }
        pages.keepRoom(CHART_HEIGHT + 14);
        double[] trades = result.fan().stream().mapToDouble(SimulationResult.FanPoint::trade).toArray();
        double[][] bands = new double[SimulationResult.PERCENTILES.size()][trades.length];
        for (int i = 0; i < trades.length; i++) {
            for (int k = 0; k < bands.length; k++) {
                bands[k][i] = result.fan().get(i).equity().get(k).doubleValue();
            }
        }
        charts.fan("Equity: 5th–95th and 25th–75th percentiles, median", pages.left(), pages.y(), pages.width(),
                CHART_HEIGHT, trades, bands, v -> text.moneyShortIn(v, currency));
        pages.down(CHART_HEIGHT + 14);
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Final equity", result.finalEquity().stream()
                .map(p -> Money.format(p.value(), currency)).toList()));
        rows.add(row("Deepest drawdown", result.maxDrawdown().stream().map(p -> text.percent(p.value())).toList()));
        String[] headers = new String[SimulationResult.PERCENTILES.size() + 1];
        headers[0] = "Percentile";
        for (int k = 0; k < SimulationResult.PERCENTILES.size(); k++) {
            headers[k + 1] = SimulationResult.PERCENTILES.get(k) + "th";
        }
        table(new float[] {0.25f, 0.15f, 0.15f, 0.15f, 0.15f, 0.15f}, headers, rows);
        pages.down(6);
        List<String> depths = new ArrayList<>();
        List<String> chances = new ArrayList<>();
        for (SimulationResult.Chance chance : result.drawdownChances()) {
            depths.add("> " + Decimals.plain(Decimals.percent(chance.depth())) + " %");
            chances.add(text.percent(chance.chance()));
        }
        depths.add("Ruin (" + Decimals.plain(Decimals.percent(result.settings().ruinLoss())) + " % lost)");
        chances.add(text.percent(result.ruinChance()));
        String[] depthHeaders = new String[depths.size() + 1];
        depthHeaders[0] = "Drawdown deeper than";
        for (int i = 0; i < depths.size(); i++) {
            depthHeaders[i + 1] = depths.get(i);
        }
        table(new float[] {0.25f, 0.14f, 0.14f, 0.14f, 0.14f, 0.19f}, depthHeaders, List.<String[]>of(row("All paths", chances)));
        pages.down(4);
        if (result.saferRisk() != null) {
            note(result.saferRisk().sentence());
        }
    }

    private void writtenReviews() throws IOException {
        heading("Written reviews");
        if (review.reviews().isEmpty()) {
            note("No trade of this period has been reviewed yet.");
            return;
        }
        for (PeriodReview.WrittenReview written : review.reviews()) {
            TradeReview r = written.review();
            pages.keepRoom(4 * PdfPages.lineHeight(BODY));
            pages.down(3);
            String result = Money.format(written.pnl(), written.currency())
                    + (written.rMultiple() == null ? "" : " · " + text.r(written.rMultiple()));
            pages.line(written.symbol() + " " + written.side().label().toLowerCase(Locale.ROOT) + " · " + written.setup()
                    + " · closed " + DAY.format(written.closedAt().atZone(review.zone())) + " · " + result
                    + " · execution " + r.executionRating() + "/5", Style.BOLD, BODY, pages.left(), PdfChecklist.INK);
            reviewLine("Went to plan", r.wentToPlan());
            reviewLine("Mistakes", r.mistakes());
            reviewLine("Lessons", r.lessons());
            reviewLine("Emotions", String.join(", ", r.emotions()));
            pages.down(2);
        }
    }

    // ---- Layout helpers -----------------------------------------------------------------------------------

    private void reviewLine(String label, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        pages.paragraph(label + ": " + value, Style.REGULAR, BODY, pages.left() + 10, pages.width() - 10,
                PdfChecklist.INK);
    }

    private void heading(String title) throws IOException {
        pages.keepRoom(14 + PdfPages.lineHeight(HEADING_SIZE) + 5 + 3 * PdfPages.lineHeight(BODY));
        pages.down(14);
        pages.line(title, Style.BOLD, HEADING_SIZE, pages.left(), PdfChecklist.HEADING);
        float underline = pages.y() + 2;
        pages.strokeLine(pages.left(), underline, pages.left() + pages.width(), underline, 0.6f, PdfChecklist.HAIRLINE);
        pages.down(5);
    }

    private void note(String line) throws IOException {
        pages.paragraph(line, Style.REGULAR, BODY, pages.left(), pages.width(), PdfChecklist.MUTED);
    }

    private void labelled(String[] pair, float x, float top) throws IOException {
        pages.text(pair[0], Style.REGULAR, BODY, x, top - PdfPages.ascent(BODY), PdfChecklist.MUTED);
        pages.text(pair[1], Style.BOLD, BODY, x + 100, top - PdfPages.ascent(BODY), PdfChecklist.INK);
    }

    /** A table with a bold header and a hairline under each row; cells after the first are right-aligned. */
    private void table(float[] shares, String[] headers, List<String[]> rows) throws IOException {
        tableRow(shares, headers, Style.BOLD, PdfChecklist.MUTED);
        for (String[] row : rows) {
            tableRow(shares, row, Style.REGULAR, PdfChecklist.INK);
        }
    }

    private void tableRow(float[] shares, String[] cells, Style style, Color color) throws IOException {
        float firstWidth = shares[0] * pages.width() - 6;
        List<String> firstLines = pages.wrap(cells[0], style, BODY, firstWidth);
        float height = firstLines.size() * PdfPages.lineHeight(BODY) + 2;
        pages.keepRoom(height);
        float top = pages.y();
        float lineTop = top;
        for (String line : firstLines) {
            pages.text(line, style, BODY, pages.left(), lineTop - PdfPages.ascent(BODY), color);
            lineTop -= PdfPages.lineHeight(BODY);
        }
        float x = pages.left() + shares[0] * pages.width();
        for (int c = 1; c < cells.length; c++) {
            float width = shares[c] * pages.width();
            float textWidth = pages.textWidth(cells[c], style, BODY);
            pages.text(cells[c], style, BODY, x + width - textWidth, top - PdfPages.ascent(BODY), color);
            x += width;
        }
        pages.down(height);
        pages.strokeLine(pages.left(), pages.y() + 1, pages.left() + pages.width(), pages.y() + 1, 0.3f,
                PdfChecklist.HAIRLINE);
    }

    private static String[] pair(String label, String value) {
        return new String[] {label, value};
    }

    private static String[] row(String label, List<String> values) {
        String[] cells = new String[values.size() + 1];
        cells[0] = label;
        for (int i = 0; i < values.size(); i++) {
            cells[i + 1] = values.get(i);
        }
        return cells;
    }

    /** Figures as the report prints them: money in the trades' currency, R and ratios to two decimals. */
    private record ReportText(String currency) {
        String money(BigDecimal amount) {
            return amount == null ? "n/a" : Money.format(amount, currency == null ? "USD" : currency);
        }

        /** Whole units for a chart's axis: "$1,250", "−$80" (a scale mark, rounded to the unit, not a result). */
        String moneyShort(double value) {
            return moneyShortIn(value, currency);
        }

        String moneyShortIn(double value, String quote) {
            String amount = Money.format(BigDecimal.valueOf(Math.round(value)),
                    quote == null ? "USD" : quote);
            return amount.replace(".00", "");
        }

        String percent(BigDecimal fraction) {
            return fraction == null ? "n/a" : Money.percent(fraction);
        }

        String r(BigDecimal r) {
            return r == null ? "n/a" : signed(r) + " R";
        }

        String ratio(BigDecimal ratio) {
            return ratio == null ? "n/a" : signed(ratio);
        }

        private static String signed(BigDecimal value) {
            return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('-', '\u2212');
        }
    }
}
