package app.microplan.checklist;

import app.microplan.domain.RuleState;
import app.microplan.domain.ChecklistItem;
import app.microplan.domain.PlanAssessment;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.RuleBook;
import app.microplan.domain.RuleResult;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import app.microplan.domain.WrittenPlan;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Turns a plan and its rule results into the checklist that Markdown, PDF and printing show. */
public final class ChecklistBuilder {
    static final String NOT_WRITTEN = "(not written yet)";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ChecklistBuilder() {
    }

    /** The plan checked now against the rule book; dates are shown in {@code zone}. */
    public static Checklist build(TradePlan plan, ZoneId zone) {
        PlanAssessment assessment = RuleBook.assess(plan, Clock.system(zone));
        TradeSetup setup = plan.setup();
        String name = setup.contract().symbol() + " " + setup.direction().label();
        List<Checklist.Field> numbers = new ArrayList<>(PlanFigures.of(plan, assessment.sizing()));
        LadderFigures ladder = LadderFigures.of(plan, assessment.sizing());
        ladder.breakeven().ifPresent(numbers::add);
        return new Checklist("Pre-trade checklist: " + name, header(plan, zone), numbers,
                assessment.sizing().sizeExplanation(), verdict(plan.status(), assessment), assessment.allowsReady(),
                rules(assessment),
                sections(plan, zone), items(plan), name + " · plan " + shortId(plan.id()), ladder.lines());
    }

    private static List<Checklist.Field> header(TradePlan plan, ZoneId zone) {
        TradeSetup setup = plan.setup();
        List<Checklist.Field> header = new ArrayList<>();
        header.add(new Checklist.Field("Contract", setup.contract().symbol() + " (" + setup.contract().name() + ")"));
        header.add(new Checklist.Field("Side", setup.direction().label()));
        header.add(new Checklist.Field("Status", plan.status().label()));
        header.add(new Checklist.Field("Date", DATE.format(plan.createdAt().atZone(zone))));
        header.add(new Checklist.Field("Account", plan.account().accountName()));
        if (!plan.tags().isEmpty()) {
            header.add(new Checklist.Field("Tags", String.join(", ", plan.tags())));
        }
        return header;
    }

    /**
     * What the plan is, in one sentence: a DRAFT whether it can be marked ready, a READY plan that it is ready (or
     * which rules fail now), a plan past READY its status — never "can be marked ready" for a plan that is.
     */
    static String verdict(PlanStatus status, PlanAssessment assessment) {
        long warnings = assessment.failedWarnings().size();
        String warned = warnings == 0 ? "" : "; " + warnings + " warning" + (warnings == 1 ? "" : "s") + " to read";
        String asNow = " The rules below are as they read now.";
        switch (status) {
            case READY -> {
                if (assessment.allowsReady()) {
                    return "Ready to trade: every blocking rule holds" + warned + ".";
                }
                int failing = assessment.blockingFailures().size();
                return "Marked ready, but " + failing + " blocking rule" + (failing == 1 ? " fails" : "s fail")
                        + " now" + warned + ".";
            }
            case OPEN -> {
                return "Open: the trade was entered." + asNow;
            }
            case CLOSED -> {
                return "Closed: the trade is over." + asNow;
            }
            case REVIEWED -> {
                return "Reviewed: the trade is over and reviewed." + asNow;
            }
            case CANCELLED -> {
                return "Cancelled: the plan was not traded." + asNow;
            }
            default -> {
                // DRAFT: whether it can be marked ready, below.
            }
        }
        if (assessment.allowsReady()) {
            return "Every blocking rule holds: the plan can be marked ready" + warned + ".";
        }
        int failures = assessment.blockingFailures().size();
        return "Not ready: " + failures + " blocking rule" + (failures == 1 ? " fails" : "s fail") + warned + ".";
    }

    private static List<Checklist.RuleLine> rules(PlanAssessment assessment) {
        List<Checklist.RuleLine> lines = new ArrayList<>();
        for (RuleResult result : assessment.rules()) {
            String overridden = result.isOverridden() ? " — overridden: " + result.overrideReason() : "";
            lines.add(new Checklist.RuleLine(RuleState.of(result), result.rule().title(), result.message() + overridden));
        }
        return lines;
    }

    /**
     * Thesis and the three required sections always show (a blank one says so); notes only when written. Then
     * the account rules the trader overrode, with their reasons, and the plan's status history, when there are any.
     */
    private static List<Checklist.Section> sections(TradePlan plan, ZoneId zone) {
        List<Checklist.Section> sections = writtenSections(plan.written());
        if (!plan.overrides().isEmpty()) {
            sections.add(new Checklist.Section("Account rules overridden", String.join("\n", plan.overrides().stream()
                    .map(o -> "- " + o.rule().title() + ": " + o.reason() + " (" + TIME.format(o.at().atZone(zone)) + ")")
                    .toList()), true));
        }
        if (!plan.history().isEmpty()) {
            sections.add(new Checklist.Section("Status history", String.join("\n", plan.history().stream()
                    .map(e -> "- " + TIME.format(e.at().atZone(zone)) + " " + e.from().label() + " → " + e.to().label()
                            + (e.reason().isBlank() ? "" : ": " + e.reason())).toList()), true));
        }
        return sections;
    }

    private static List<Checklist.Section> writtenSections(WrittenPlan written) {
        List<Checklist.Section> sections = new ArrayList<>();
        sections.add(section("Thesis", written.thesis()));
        sections.add(section("Entry criteria", written.entryCriteria()));
        sections.add(section("Exit strategy", written.exitStrategy()));
        sections.add(section("Risk-management rules", written.riskRules()));
        if (!written.notes().isBlank()) {
            sections.add(section("Notes", written.notes()));
        }
        return sections;
    }

    private static Checklist.Section section(String title, String text) {
        return text.isBlank() ? new Checklist.Section(title, NOT_WRITTEN, false)
                : new Checklist.Section(title, text.strip().replaceAll("\\R", "\n"), true);
    }

    /** A plan without its own boxes gets the default pre-trade boxes: a checklist sheet with none is no use. */
    private static List<ChecklistItem> items(TradePlan plan) {
        if (!plan.checklist().isEmpty()) {
            return plan.checklist();
        }
        return ChecklistItem.DEFAULTS.stream().map(text -> new ChecklistItem(text, false)).toList();
    }

    private static String shortId(String id) {
        return id.length() <= 8 ? id : id.substring(0, 8);
    }
}
