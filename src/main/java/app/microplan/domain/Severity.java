package app.microplan.domain;

/** A blocking rule must pass before a plan can be marked ready; a warning is shown but does not block. */
public enum Severity {
    BLOCKING, WARNING
}
