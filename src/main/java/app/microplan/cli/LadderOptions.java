package app.microplan.cli;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.Decimals;
import app.microplan.domain.ExitValuation;
import app.microplan.domain.PriceLadder;
import app.microplan.domain.ReturnTarget;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradeSetup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** `size`'s options for the price ladder and the target for a wanted return. */
final class LadderOptions {
    @Option(names = "--ladder", description = "Add the price ladder: liquidation, stop, entries, breakeven, targets, "
            + "±1/2/5 %% from the average entry and your --level prices, each with net P&L, R, equity after, margin "
            + "ratio and distance to liquidation.")
    boolean ladder;

    @Option(names = "--level", paramLabel = "PRICE", description = "A price of your own on the ladder; repeatable "
            + "(at most 20, within ten times the average entry either way).")
    List<BigDecimal> levels = new ArrayList<>();

    @Option(names = "--target-roi-pct", paramLabel = "PCT",
            description = "Work out the take-profit price that returns PCT %% on the margin after every cost.")
    BigDecimal targetRoiPercent;

    @Option(names = "--target-r", paramLabel = "X",
            description = "Work out the take-profit price that returns X times the risk at the stop after every cost.")
    BigDecimal targetR;

    /** Everything these options ask for, worked out before anything is printed (bad input stops it first). */
    LadderReport report(TradeSetup setup, RiskPolicy policy, AccountSnapshot account, SizingResult sizing) {
        if (targetRoiPercent != null && targetR != null) {
            throw new BadInputException("--target-r: give --target-roi-pct or --target-r, not both");
        }
        if (!levels.isEmpty() && !ladder) {
            throw new BadInputException("--level: add --ladder to show the ladder the level goes on");
        }
        Optional<ExitValuation> position = ExitValuation.of(setup, policy, account, sizing);
        if (position.isEmpty()) {
            return LadderReport.none(sizing);
        }
        ExitValuation valued = position.get();
        Optional<ReturnTarget> target = target(valued);
        List<app.microplan.domain.LadderRow> rows = List.of();
        if (ladder) {
            if (levels.size() > PriceLadder.MOST_EXTRA_LEVELS) {
                throw new BadInputException("--level: at most " + PriceLadder.MOST_EXTRA_LEVELS + " levels, not "
                        + levels.size());
            }
            for (BigDecimal level : levels) {
                PriceLadder.problemWith(level, valued.averageEntry()).ifPresent(problem -> {
                    throw new BadInputException("--level: " + problem);
                });
            }
            rows = PriceLadder.of(valued, account, levels);
        }
        return new LadderReport(sizing, valued, target, ladder, rows);
    }

    private Optional<ReturnTarget> target(ExitValuation position) {
        try {
            if (targetRoiPercent != null) {
                return ReturnTarget.onMargin(position, Decimals.fromPercent(targetRoiPercent));
            }
            if (targetR != null) {
                return ReturnTarget.inR(position, targetR);
            }
        } catch (IllegalArgumentException e) {
            String option = targetRoiPercent != null ? "--target-roi-pct" : "--target-r";
            String value = Decimals.plain(targetRoiPercent != null ? targetRoiPercent : targetR);
            String most = targetRoiPercent != null ? "10000" : Decimals.plain(ReturnTarget.MOST_R);
            throw new BadInputException(option + ": " + value + " is not a return to plan for (above 0, at most "
                    + most + ")");
        }
        return Optional.empty();
    }
}
