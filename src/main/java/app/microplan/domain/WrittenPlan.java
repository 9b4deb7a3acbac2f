package app.microplan.domain;

/** The written part of a plan, in the trader's own words. Blank sections are empty strings, never null. */
public record WrittenPlan(String thesis, String entryCriteria, String exitStrategy, String riskRules, String notes) {

    public static final WrittenPlan EMPTY = new WrittenPlan("", "", "", "", "");

    public WrittenPlan {
        thesis = orEmpty(thesis);
        entryCriteria = orEmpty(entryCriteria);
        exitStrategy = orEmpty(exitStrategy);
        riskRules = orEmpty(riskRules);
        notes = orEmpty(notes);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
