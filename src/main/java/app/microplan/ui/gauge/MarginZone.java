package app.microplan.ui.gauge;

/** How close margin utilization is to the cap: safe, in the last fifth before it, or at/over it. */
public enum MarginZone {
    SAFE("gauge-zone-safe"), CAUTION("gauge-zone-caution"), DANGER("gauge-zone-danger");

    private final String styleClass;

    MarginZone(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }

    public static String[] styleClasses() {
        return new String[] {SAFE.styleClass, CAUTION.styleClass, DANGER.styleClass};
    }
}
