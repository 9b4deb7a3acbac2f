package app.microplan.store;

import app.microplan.domain.TradePlan;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields in which two versions of a plan differ, for the side-by-side of a conflict. Worked out on the plans
 * as the file holds them (every field, as written), so a field added to the plan later shows up without anyone
 * listing it here. The time of the last save is left out: it always differs and decides nothing.
 */
public final class PlanDifferences {
    private static final Set<String> LEFT_OUT = Set.of("updatedAt");
    /** Sections whose name adds nothing before the field's own ("setup › stop" reads as "Stop"). */
    private static final Set<String> UNNAMED_SECTIONS = Set.of("setup", "written");

    /** One field: its name in words, and its value in each version ("—" where a version has none). */
    public record Difference(String field, String mine, String theirs) {
    }

    private PlanDifferences() {
    }

    public static List<Difference> between(TradePlan mine, TradePlan theirs) {
        Map<String, String> left = flatten(Json.MAPPER.valueToTree(mine));
        Map<String, String> right = flatten(Json.MAPPER.valueToTree(theirs));
        Set<String> paths = new LinkedHashSet<>(left.keySet());
        paths.addAll(right.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String path : paths) {
            String a = left.getOrDefault(path, "—");
            String b = right.getOrDefault(path, "—");
            if (!a.equals(b) && !LEFT_OUT.contains(path)) {
                differences.add(new Difference(label(path), a, b));
            }
        }
        return differences;
    }

    private static Map<String, String> flatten(JsonNode tree) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten(tree, "", values);
        return values;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> values) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), values);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", values);
            }
        } else if (!node.isNull()) {
            String text = node.isBigDecimal() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asText();
            values.put(path, text.isEmpty() ? "(empty)" : text);
        }
    }

    /** "setup.entries[0].price" → "Entries 1 › price"; "written.thesis" → "Thesis". */
    static String label(String path) {
        List<String> words = new ArrayList<>();
        for (String segment : path.split("\\.")) {
            if (words.isEmpty() && UNNAMED_SECTIONS.contains(segment)) {
                continue;
            }
            words.add(segment.replaceAll("\\[(\\d+)]", " #$1").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(Locale.ROOT));
        }
        String joined = String.join(" › ", words);
        StringBuilder numbered = new StringBuilder();
        java.util.regex.Matcher index = java.util.regex.Pattern.compile("#(\\d+)").matcher(joined);
        while (index.find()) {
            index.appendReplacement(numbered, Integer.toString(Integer.parseInt(index.group(1)) + 1));
        }
        index.appendTail(numbered);
        return Character.toUpperCase(numbered.charAt(0)) + numbered.substring(1);
    }
}
