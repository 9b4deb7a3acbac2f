package app.microplan.ui.review;

/** One thing the app can tell by itself about a trade keeping to its plan, and the sentence that says why. */
public record AdherenceFact(String title, boolean holds, String sentence) {
}
