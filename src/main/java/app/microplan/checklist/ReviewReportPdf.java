package app.microplan.checklist;

import app.microplan.checklist.PdfFonts.Style;
import app.microplan.domain.CategoryPnl;
import app.microplan.domain.Decimals;
import app.microplan.domain.DeviationCosts;
import app.microplan.domain.DeviationKind;
import app.microplan.domain.EquityPoint;
import app.microplan.domain.JournalStatistics;
import app.microplan.domain.LocaleFigures;
import app.microplan.domain.Money;
import app.microplan.domain.PeriodReview;
import app.microplan.domain.PlaybookStatistics;
import app.microplan.domain.RBucket;
import app.microplan.domain.SimulationResult;
import app.microplan.domain.SimulationWords;
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
    /** The command line's form of a review's close time: "Mon 9 Feb 14:08". */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final PdfPages pages;
    private final PdfCharts charts;
    private final PeriodReview review;
    private final ReportText text;
    private final SheetWords words;
    private final ReportPeriodText period;

    private ReviewReportPdf(PdfPages pages, PeriodReview review, SheetWords words) {
        this.pages = pages;
        this.charts = new PdfCharts(pages);
        this.review = review;
        this.words = words;
        this.text = new ReportText(review.statistics().currency(), words.figures(), words.decimalSeparator(),
                words.text("report.na"));
        this.period = new ReportPeriodText(words);
    }

    /** Writes the report in English (the command line's) and returns its page count. */
    public static int write(PeriodReview review, String journalName, PaperSize paper, OutputStream out)
            throws IOException {
        return write(review, journalName, paper, SheetWords.english(), out);
    }

    /** Writes the report in the language of {@code words} (the window's) and returns its page count. */
    public static int write(PeriodReview review, String journalName, PaperSize paper, SheetWords words,
                            OutputStream out) throws IOException {
        ReportPeriodText period = new ReportPeriodText(words);
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(words.text("report.title", period.title(review.period())));
            info.setCreator("Microplan");
            info.setSubject(words.text("report.subject"));
            try (PdfPages pages = new PdfPages(document, fonts, paper)) {
                pages.newPage();
                new ReviewReportPdf(pages, review, words).draw(journalName);
            }
            PdfChecklist.PdfFooters.draw(document, fonts,
                    words.text("report.footer", period.span(review.period())), words);
            document.save(out);
            return document.getNumberOfPages();
        }
    }

    private String t(String key, Object... args) {
        return words.text(key, args);
    }

    private void draw(String journalName) throws IOException {
        pages.paragraph(t("report.title", period.title(review.period())), Style.BOLD, 17f, pages.left(),
                pages.width(), PdfChecklist.INK);
        pages.line(t("report.subtitle", period.span(review.period()), journalName, review.zone().getId()),
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
        heading(t("report.statistics"));
        TradeSummary s = review.statistics().overall();
        if (s.trades() == 0) {
            note(t("report.noTradeClosed"));
            return;
        }
        DeviationCosts deviations = review.deviations();
        List<String[]> figures = List.of(
                pair(t("stats.trades"), t("report.closedValue", count(s.trades()), count(s.wins()), count(s.losses()))),
                pair(t("stats.win-rate"), text.percent(s.winRate())),
                pair(t("stats.net"), text.money(s.netPnl())),
                pair(t("stats.expectancy"), text.money(s.expectancy()) + " · " + text.r(s.expectancyR())),
                pair(t("stats.average-win"), text.money(s.averageWin()) + " · " + text.r(s.averageWinR())),
                pair(t("stats.average-loss"), text.money(s.averageLoss()) + " · " + text.r(s.averageLossR())),
                pair(t("stats.profit-factor"), text.ratio(s.profitFactor())),
                pair(t("stats.drawdown"), text.money(s.maxDrawdown()) + " · " + text.percent(s.maxDrawdownFraction())),
                pair(t("report.feesFunding"), text.money(s.fees()) + " · " + text.money(s.funding())),
                pair(t("stats.followed"), text.percent(s.followedPlanShare())),
                pair(t("stats.average-risk"), text.percent(s.averageRiskFraction())),
                pair(t("report.executionScore"), deviations.averageScore() == null ? t("report.na")
                        : t("report.scoreValue", count(deviations.averageScore().setScale(0, RoundingMode.HALF_UP)))));
        float column = pages.width() / 2;
        // Values start 100 pt in, or after the longest label where a language's labels run longer (German).
        float valueAt = 100;
        for (String[] figure : figures) {
            valueAt = Math.max(valueAt, pages.textWidth(figure[0], Style.REGULAR, BODY) + 8);
        }
        for (int i = 0; i < figures.size(); i += 2) {
            pages.keepRoom(PdfPages.lineHeight(BODY + 1));
            float top = pages.y();
            labelled(figures.get(i), pages.left(), top, valueAt);
            if (i + 1 < figures.size()) {
                labelled(figures.get(i + 1), pages.left() + column, top, valueAt);
            }
            pages.down(PdfPages.lineHeight(BODY + 1));
        }
    }

    private void charts() throws IOException {
        heading(t("report.charts"));
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
        charts.line(t("report.chart.equity"), pages.left(), top, half, CHART_HEIGHT, cumulative,
                text::moneyShort);
        List<CategoryPnl> days = review.dailyPnl();
        charts.bars(t("report.chart.daily"), pages.left() + half + CHART_GAP, top, half, CHART_HEIGHT,
                days.stream().map(d -> d.category().substring(8)).toList(),
                days.stream().mapToDouble(d -> d.pnl().doubleValue()).toArray(), true, text::moneyShort);
        pages.down(CHART_HEIGHT + 12);
        pages.keepRoom(CHART_HEIGHT + 12);
        top = pages.y();
        List<RBucket> buckets = stats.rHistogram();
        charts.bars(t("report.chart.rMultiples"), pages.left(), top, pages.width(), CHART_HEIGHT * 0.8f,
                buckets.stream().map(b -> b.from() == null ? "<" : text.local(b.from().stripTrailingZeros().toPlainString()))
                        .toList(),
                buckets.stream().mapToDouble(RBucket::trades).toArray(), false, v -> Long.toString(Math.round(v)));
        pages.down(CHART_HEIGHT * 0.8f + 12);
    }

    private void playbooks() throws IOException {
        heading(t("report.playbooks"));
        if (review.playbooks().isEmpty()) {
            note(t("report.noPlaybook"));
            return;
        }
        float[] widths = {0.30f, 0.10f, 0.13f, 0.17f, 0.17f, 0.13f};
        table(widths, new String[] {t("report.col.playbook"), t("stats.col.trades"), t("stats.win-rate"),
                        t("stats.expectancy"), t("report.col.expectancyR"), t("stats.col.pf")},
                review.playbooks().stream().map(p -> new String[] {playbookName(p), count(p.summary().trades()),
                        text.percent(p.summary().winRate()), text.money(p.summary().expectancy()),
                        text.r(p.summary().expectancyR()), text.ratio(p.summary().profitFactor())}).toList());
        List<String[]> criteria = new ArrayList<>();
        for (PlaybookStatistics.PlaybookResult playbook : review.playbooks()) {
            for (PlaybookStatistics.ItemResult item : playbook.items()) {
                criteria.add(new String[] {playbookName(playbook) + ": " + item.item(), side(item.ticked()),
                        side(item.notTicked())});
            }
        }
        if (!criteria.isEmpty()) {
            pages.down(6);
            table(new float[] {0.50f, 0.25f, 0.25f}, new String[] {t("report.col.criteria"), t("report.col.ticked"),
                    t("report.col.notTicked")},
                    criteria);
        }
    }

    private String side(TradeSummary summary) {
        return summary.trades() == 0 ? t("report.side.none")
                : t(summary.trades() == 1 ? "report.side.one" : "report.side.many", count(summary.trades()),
                        text.r(summary.expectancyR()));
    }

    private void deviations() throws IOException {
        heading(t("report.deviations"));
        DeviationCosts costs = review.deviations();
        if (costs.trades() == 0) {
            note(t("report.noTradeClosed"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (DeviationKind kind : DeviationKind.values()) {
            DeviationCosts.KindTotal total = costs.total(kind);
            rows.add(new String[] {kindLabel(kind), count(total.trades()), text.money(total.money()),
                    text.r(total.r())});
        }
        table(new float[] {0.46f, 0.14f, 0.20f, 0.20f}, new String[] {t("report.col.departure"), t("stats.col.trades"),
                t("report.col.cost"), t("report.col.costR")}, rows);
        pages.down(4);
        DeviationKind worst = null;
        for (DeviationKind kind : DeviationKind.values()) {
            if (worst == null || costs.total(kind).r().compareTo(costs.total(worst).r()) > 0) {
                worst = kind;
            }
        }
        if (worst != null && costs.total(worst).money().signum() > 0) {
            note(costSentence(costs, worst));
        }
        note(t("report.deviationsNote"));
    }

    private void simulation() throws IOException {
        heading(t("report.ruin"));
        SimulationResult result = review.simulation();
        if (result == null) {
            note(t("report.noSimulation"));
            return;
        }
        String currency = result.currency();
        note(t("report.simulationNote", words.grouped(result.settings().paths()), count(result.settings().trades()),
                count(result.sampleTrades()), result.account(), period.day(review.period().last()),
                text.percent(result.rules().riskFraction()), text.moneyIn(result.startEquity(), currency),
                String.valueOf(result.settings().seed())));
        if (result.warning() != null) {
            String warning = words.wordings().render(SimulationWords.warning(result)).orElse(result.warning());
            pages.paragraph(warning, Style.BOLD, BODY, pages.left(), pages.width(), PdfChecklist.WARN);
        }
        pages.keepRoom(CHART_HEIGHT + 14);
        double[] trades = result.fan().stream().mapToDouble(SimulationResult.FanPoint::trade).toArray();
        double[][] bands = new double[SimulationResult.PERCENTILES.size()][trades.length];
        for (int i = 0; i < trades.length; i++) {
            for (int k = 0; k < bands.length; k++) {
                bands[k][i] = result.fan().get(i).equity().get(k).doubleValue();
            }
        }
        charts.fan(t("report.chart.fan"), t("report.chart.fanEnd", count((long) trades[trades.length - 1])),
                pages.left(), pages.y(), pages.width(), CHART_HEIGHT, trades, bands, v -> text.moneyShortIn(v, currency));
        pages.down(CHART_HEIGHT + 14);
        List<String[]> rows = new ArrayList<>();
        rows.add(row(t("report.finalEquity"), result.finalEquity().stream()
                .map(p -> text.moneyIn(p.value(), currency)).toList()));
        rows.add(row(t("report.deepestDrawdown"), result.maxDrawdown().stream().map(p -> text.percent(p.value())).toList()));
        String[] headers = new String[SimulationResult.PERCENTILES.size() + 1];
        headers[0] = t("report.percentile");
        for (int k = 0; k < SimulationResult.PERCENTILES.size(); k++) {
            headers[k + 1] = t("report.percentileN", String.valueOf(SimulationResult.PERCENTILES.get(k)));
        }
        table(new float[] {0.25f, 0.15f, 0.15f, 0.15f, 0.15f, 0.15f}, headers, rows);
        pages.down(6);
        List<String> depths = new ArrayList<>();
        List<String> chances = new ArrayList<>();
        for (SimulationResult.Chance chance : result.drawdownChances()) {
            depths.add("> " + text.local(Decimals.plain(Decimals.percent(chance.depth()))) + " %");
            chances.add(text.percent(chance.chance()));
        }
        depths.add(t("report.ruinLost", text.local(Decimals.plain(Decimals.percent(result.settings().ruinLoss())))));
        chances.add(text.percent(result.ruinChance()));
        String[] depthHeaders = new String[depths.size() + 1];
        depthHeaders[0] = t("report.drawdownDeeper");
        for (int i = 0; i < depths.size(); i++) {
            depthHeaders[i + 1] = depths.get(i);
        }
        table(new float[] {0.25f, 0.14f, 0.14f, 0.14f, 0.14f, 0.19f}, depthHeaders, List.<String[]>of(row(t("report.allPaths"), chances)));
        pages.down(4);
        if (result.saferRisk() != null) {
            note(words.wordings().render(SimulationWords.saferRisk(result.saferRisk()))
                    .orElse(result.saferRisk().sentence()));
        }
    }

    private void writtenReviews() throws IOException {
        heading(t("report.reviews"));
        if (review.reviews().isEmpty()) {
            note(t("report.noReview"));
            return;
        }
        for (PeriodReview.WrittenReview written : review.reviews()) {
            TradeReview r = written.review();
            pages.keepRoom(4 * PdfPages.lineHeight(BODY));
            pages.down(3);
            String result = text.moneyIn(written.pnl(), written.currency())
                    + (written.rMultiple() == null ? "" : " · " + text.r(written.rMultiple()));
            pages.line(t("report.reviewLine", written.symbol(), written.side().label().toLowerCase(Locale.ROOT),
                    written.setup(), closedAt(written), result, String.valueOf(r.executionRating())),
                    Style.BOLD, BODY, pages.left(), PdfChecklist.INK);
            reviewLine(t("report.wentToPlan"), r.wentToPlan());
            reviewLine(t("report.mistakes"), r.mistakes());
            reviewLine(t("report.lessons"), r.lessons());
            reviewLine(t("report.emotions"), String.join(", ", r.emotions()));
            pages.down(2);
        }
    }

    /** "Mon 9 Feb 14:08" for the command line, as it always read; "09.02.2026 14:08" in German. */
    private String closedAt(PeriodReview.WrittenReview written) {
        return words.isEnglish() ? DAY.format(written.closedAt().atZone(review.zone()))
                : words.dateTime().format(written.closedAt().atZone(review.zone()));
    }

    /** The playbook's name; "(no playbook)" for the trades of none, in the report's words. */
    private String playbookName(PlaybookStatistics.PlaybookResult playbook) {
        return playbook.playbookId() == null && PlaybookStatistics.NO_PLAYBOOK.equals(playbook.name())
                ? t("playbookResults.withoutPlaybook") : playbook.name();
    }

    private String kindLabel(DeviationKind kind) {
        return words.textOr("execution.kind." + kind.name(), kind.label());
    }

    /**
     * "Past the stop cost you $161.20 (3.4 R) over 4 trades.": the domain's sentence on the command line, the same
     * figures in the window's language otherwise.
     */
    private String costSentence(DeviationCosts costs, DeviationKind kind) {
        if (words.isEnglish()) {
            return costs.sentence(kind);
        }
        DeviationCosts.KindTotal total = costs.total(kind);
        return t(total.money().signum() >= 0 ? "report.costYou" : "report.madeYou", kindLabel(kind),
                text.money(total.money().abs()),
                text.local(total.r().abs().setScale(1, RoundingMode.HALF_UP).toPlainString()), total.trades());
    }

    /** A count as the command line always printed it, without grouping ("1000"), so a pattern cannot group it. */
    private static String count(long value) {
        return Long.toString(value);
    }

    private static String count(BigDecimal value) {
        return value.toPlainString();
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

    private void labelled(String[] pair, float x, float top, float valueAt) throws IOException {
        pages.text(pair[0], Style.REGULAR, BODY, x, top - PdfPages.ascent(BODY), PdfChecklist.MUTED);
        pages.text(pair[1], Style.BOLD, BODY, x + valueAt, top - PdfPages.ascent(BODY), PdfChecklist.INK);
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

    /**
     * Figures as the report prints them: money in the trades' currency, R and ratios to two decimals, in the
     * sheet's number format (English: exactly {@link Money}'s).
     */
    private record ReportText(String currency, LocaleFigures figures, char decimalSeparator, String na) {
        String money(BigDecimal amount) {
            return amount == null ? na : moneyIn(amount, currency);
        }

        String moneyIn(BigDecimal amount, String quote) {
            return figures.money(amount, quote == null ? "USD" : quote);
        }

        /** A plain number written with a dot ("-1.5"), with the sheet's decimal separator. */
        String local(String plain) {
            return plain.replace('.', decimalSeparator);
        }

        /** Whole units for a chart's axis: "$1,250", "−$80" (a scale mark, rounded to the unit, not a result). */
        String moneyShort(double value) {
            return moneyShortIn(value, currency);
        }

        String moneyShortIn(double value, String quote) {
            String amount = moneyIn(BigDecimal.valueOf(Math.round(value)), quote);
            return amount.replace(decimalSeparator + "00", "");
        }

        String percent(BigDecimal fraction) {
            return fraction == null ? na : figures.percent(fraction);
        }

        String r(BigDecimal r) {
            return r == null ? na : signed(r) + " R";
        }

        String ratio(BigDecimal ratio) {
            return ratio == null ? na : signed(ratio);
        }

        private String signed(BigDecimal value) {
            return local(value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('-', '\u2212'));
        }
    }
}
