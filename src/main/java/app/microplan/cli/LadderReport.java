package app.microplan.cli;

import app.microplan.domain.ExitValuation;
import app.microplan.domain.LadderRow;
import app.microplan.domain.LadderText;
import app.microplan.domain.Money;
import app.microplan.domain.ReturnTarget;
import app.microplan.domain.SizingResult;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Breakeven, the return target and the price ladder of `size`: JSON fields and a table. */
record LadderReport(SizingResult sizing, ExitValuation position, Optional<ReturnTarget> target, boolean ladderAsked,
                    List<LadderRow> rows) {

    static LadderReport none(SizingResult sizing) {
        return new LadderReport(sizing, null, Optional.empty(), false, List.of());
    }

    private Optional<BigDecimal> breakeven() {
        return position == null ? Optional.empty()
                : position.breakeven().map(position::awayFromEntryToCents);
    }

    /** breakevenPrice always (null until the plan is complete), targetPrice when asked, ladder when asked. */
    void addTo(ObjectNode root) {
        root.put("breakevenPrice", breakeven().orElse(null));
        target.ifPresent(t -> root.put("targetPrice", t.price()).put("targetOrderPrice", t.orderPrice())
                .put("targetBasis", t.basis()));
        if (ladderAsked) {
            ArrayNode ladder = root.putArray("ladder");
            for (LadderRow row : rows) {
                ladder.addObject().put("price", plain(row.price())).put("label", row.label())
                        .put("netPnl", row.netPnl()).put("r", row.r()).put("equityAfter", row.equityAfter())
                        .put("marginRatio", percent(row.marginRatio()))
                        .put("distanceToLiquidation", percent(row.distanceToLiquidation()))
                        .put("liquidated", row.liquidated()).put("exitOrder", row.exitOrder().name());
            }
        }
    }

    /** Percent to two decimals; a margin ratio rounds up so it never looks safer. */
    private static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : app.microplan.domain.Decimals.percentUp(fraction);
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(System.lineSeparator());
        Optional.ofNullable(position).flatMap(LadderText::breakeven)
                .ifPresent(text -> AssessmentReport.row(out, "Breakeven", text));
        target.ifPresent(t -> AssessmentReport.row(out, "Target price", Money.price(t.price()) + "  (" + t.basis()
                + ": " + Money.format(t.wanted(), sizing.quoteCurrency()) + " net; order at "
                + Money.price(t.orderPrice()) + ")"));
        if (ladderAsked) {
            out.append(System.lineSeparator()).append("Price ladder").append(System.lineSeparator());
            if (rows.isEmpty()) {
                out.append("(no position: the caps allow no contract)").append(System.lineSeparator());
            } else {
                String format = "%14s  %-30s %14s %7s %14s %13s %15s%n";
                out.append(String.format(format, LadderText.HEADINGS.toArray()));
                for (LadderRow row : rows) {
                    out.append(String.format(format, LadderText.of(row, sizing.quoteCurrency()).cells().toArray()));
                }
                out.append(LadderText.NOTE).append(System.lineSeparator());
            }
        }
        return out.toString();
    }
}
