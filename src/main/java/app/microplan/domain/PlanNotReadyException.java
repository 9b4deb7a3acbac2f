package app.microplan.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a plan is marked ready while blocking rules fail; carries the failures in words. */
public class PlanNotReadyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleResult> failures;

    public PlanNotReadyException(List<RuleResult> failures) {
        super("The plan cannot be marked ready: "
                + failures.stream().map(RuleResult::message).collect(Collectors.joining("; ")));
        this.failures = List.copyOf(failures);
    }

    public List<RuleResult> failures() {
        return failures;
    }
}
