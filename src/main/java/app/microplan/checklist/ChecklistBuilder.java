package app.microplan.checklist;

import app.microplan.domain.RuleState;
import app.microplan.domain.ChecklistItem;
import app.microplan.domain.PlanAssessment;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.RuleBook;
import app.microplan.domain.RuleResult;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import app.microplan.domain.WrittenPlan;
import java.time.Clock;
import java.time.ZoneId;
import app.microplan.domain.WordingText;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Turns a plan and its rule results into the checklist that Markdown, PDF and printing show. */
public final class ChecklistBuilder {
    /** A blank section of the written plan, in English (sheet.notWritten in the bundles). */
    static final String NOT_WRITTEN = "(not written yet)";

    private ChecklistBuilder() {
    }

    /** The plan checked now against the rule book, in English; dates are shown in {@code zone}. */
    public static Checklist build(TradePlan plan, ZoneId zone) {
        return build(plan, zone, SheetWords.english());
    }

    /** The plan checked now against the rule book, in {@code words}' language and number format. */
    public static Checklist build(TradePlan plan, ZoneId zone, SheetWords words) {
        PlanAssessment assessment = RuleBook.assess(plan, Clock.system(zone));
        TradeSetup setup = plan.setup();
        String name = setup.contract().symbol() + " " + words.textOr("direction." + setup.direction().name(),
                setup.direction().label());
        List<Checklist.Field> numbers = new ArrayList<>(PlanFigures.of(plan, assessment.sizing(), words));
        LadderFigures ladder = LadderFigures.of(plan, assessment.sizing(), words);
        ladder.breakeven().ifPresent(numbers::add);
        return new Checklist(words.text("sheet.title", name), header(plan, zone, words), numbers,
                sizeNote(assessment.sizing(), words), verdict(plan.status(), assessment, words), assessment.allowsReady(),
                rules(assessment, words), sections(plan, zone, words), items(plan),
                words.text("sheet.reference", name, shortId(plan.id())), ladder.lines(), words);
    }

    /** Why the size is what it is, in the sheet's language (the domain's English when no wording says it). */
    private static String sizeNote(SizingResult sizing, SheetWords words) {
        return sizing.sizeWording() == null ? sizing.sizeExplanation()
                : words.wordings().render(sizing.sizeWording()).orElse(sizing.sizeExplanation());
    }

    private static List<Checklist.Field> header(TradePlan plan, ZoneId zone, SheetWords words) {
        TradeSetup setup = plan.setup();
        List<Checklist.Field> header = new ArrayList<>();
        header.add(new Checklist.Field(words.text("sheet.contract"), setup.contract().symbol() + " ("
                + setup.contract().name() + ")"));
        header.add(new Checklist.Field(words.text("sheet.side"), words.textOr("direction." + setup.direction().name(),
                setup.direction().label())));
        header.add(new Checklist.Field(words.text("sheet.status"), words.textOr("status." + plan.status().name(),
                plan.status().label())));
        header.add(new Checklist.Field(words.text("sheet.date"), words.date().format(plan.createdAt().atZone(zone))));
        header.add(new Checklist.Field(words.text("sheet.account"), plan.account().accountName()));
        if (!plan.tags().isEmpty()) {
            header.add(new Checklist.Field(words.text("sheet.tags"), String.join(", ", plan.tags())));
        }
        return header;
    }

    /**
     * What the plan is, in one sentence: a DRAFT whether it can be marked ready, a READY plan that it is ready (or
     * which rules fail now), a plan past READY its status — never "can be marked ready" for a plan that is.
     */
    private static String verdict(PlanStatus status, PlanAssessment assessment, SheetWords words) {
        int warnings = assessment.failedWarnings().size();
        String warned = warnings == 0 ? "" : words.text("sheet.warnings", warnings);
        switch (status) {
            case READY -> {
                return assessment.allowsReady() ? words.text("sheet.readyNow", warned)
                        : words.text("sheet.readyButFailing", assessment.blockingFailures().size(), warned);
            }
            case OPEN, CLOSED, REVIEWED, CANCELLED -> {
                return words.text("sheet.status" + status.name());
            }
            default -> {
                // DRAFT: whether it can be marked ready, below.
            }
        }
        if (assessment.allowsReady()) {
            return words.text("sheet.canBeReady", warned);
        }
        return words.text("sheet.notReady", assessment.blockingFailures().size(), warned);
    }

    private static List<Checklist.RuleLine> rules(PlanAssessment assessment, SheetWords words) {
        List<Checklist.RuleLine> lines = new ArrayList<>();
        WordingText reasons = words.wordings();
        for (RuleResult result : assessment.rules()) {
            String overridden = result.isOverridden() ? words.text("sheet.overridden", result.overrideReason()) : "";
            lines.add(new Checklist.RuleLine(RuleState.of(result), words.textOr("rule." + result.rule().name(),
                    result.rule().title()), reasons.reason(result) + overridden));
        }
        return lines;
    }

    /**
     * Thesis and the three required sections always show (a blank one says so); notes only when written. Then
     * the account rules the trader overrode, with their reasons, and the plan's status history, when there are any.
     */
    private static List<Checklist.Section> sections(TradePlan plan, ZoneId zone, SheetWords words) {
        List<Checklist.Section> sections = writtenSections(plan.written(), words);
        DateTimeFormatter time = words.dateTime();
        if (!plan.overrides().isEmpty()) {
            sections.add(new Checklist.Section(words.text("sheet.overrides"), String.join("\n", plan.overrides().stream()
                    .map(o -> "- " + words.textOr("rule." + o.rule().name(), o.rule().title()) + ": " + o.reason()
                            + " (" + time.format(o.at().atZone(zone)) + ")")
                    .toList()), true));
        }
        if (!plan.history().isEmpty()) {
            sections.add(new Checklist.Section(words.text("sheet.history"), String.join("\n", plan.history().stream()
                    .map(e -> "- " + time.format(e.at().atZone(zone)) + " "
                            + words.textOr("status." + e.from().name(), e.from().label()) + " → "
                            + words.textOr("status." + e.to().name(), e.to().label())
                            + (e.reason().isBlank() ? "" : ": " + e.reason())).toList()), true));
        }
        return sections;
    }

    private static List<Checklist.Section> writtenSections(WrittenPlan written, SheetWords words) {
        List<Checklist.Section> sections = new ArrayList<>();
        sections.add(section(words.text("sheet.thesis"), written.thesis(), words));
        sections.add(section(words.text("sheet.entryCriteria"), written.entryCriteria(), words));
        sections.add(section(words.text("sheet.exitStrategy"), written.exitStrategy(), words));
        sections.add(section(words.text("sheet.riskRules"), written.riskRules(), words));
        if (!written.notes().isBlank()) {
            sections.add(section(words.text("sheet.notes"), written.notes(), words));
        }
        return sections;
    }

    private static Checklist.Section section(String title, String text, SheetWords words) {
        return text.isBlank() ? new Checklist.Section(title, words.text("sheet.notWritten"), false)
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
