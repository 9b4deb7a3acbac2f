package app.microplan.domain;

import java.util.List;

/**
 * Wordings shared by several rules (decision 15): "Enter an entry price and a stop price to size the position".
 * The sizer lists what is missing in English words (the command line prints them); each is given its key here.
 */
final class ReasonWords {
    private ReasonWords() {
    }

    /** "Enter … to size the position". */
    static Wording enterToSize(List<String> missing) {
        return Wording.of("reason.enterToSize", items(missing));
    }

    /** What is missing as a list the window reads in its language. */
    static Wording.Items items(List<String> missing) {
        return new Wording.Items(missing.stream().map(ReasonWords::missing).toList());
    }

    /** The written plan's missing sections: the English names them with commas only ("exit strategy, notes"). */
    static Wording.Items sections(List<String> missing) {
        return new Wording.Items(missing.stream().map(ReasonWords::missing).toList(), "words.sectionList");
    }

    private static Wording missing(String phrase) {
        String key = switch (phrase) {
            case "an entry price" -> "reason.missing.entryPrice";
            case "a size for every entry leg (or for none)" -> "reason.missing.legSizes";
            case "a stop price" -> "reason.missing.stopPrice";
            case "the account equity" -> "reason.missing.equity";
            case "entry criteria" -> "reason.missing.entryCriteria";
            case "exit strategy" -> "reason.missing.exitStrategy";
            case "risk-management rules" -> "reason.missing.riskRules";
            // A phrase without a key makes the window fall back to the English reason as a whole.
            default -> "reason.missing.unknown";
        };
        return Wording.of(key);
    }
}
