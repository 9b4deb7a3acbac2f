package app.microplan.ui;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.RiskPolicy;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.plan.PlanViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** The selected plan's view model for fast tests of the panels' own view models: no window, no journal. */
public final class PlanModels {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);

    private PlanModels() {
    }

    /** Worked example 1 in {@code status}, on an account of $5,000 whose other plans hold {@code otherMargin}. */
    public static PlanViewModel example1(PlanStatus status, String otherMargin) {
        PlanViewModel plan = new PlanViewModel(JournalFixtures.example1(status, Instant.parse("2026-03-01T08:00:00Z")),
                false, new LocaleNumbers(Locale.US), CLOCK,
                (id, account) -> AccountSnapshot.of(account, "5000", otherMargin), List.of("Main"), edited -> { });
        // As the window does once a plan is selected: a draft is sized against the account's other plans now.
        plan.refreshAccount(RiskPolicy.defaults(), List.of("Main"));
        return plan;
    }
}
