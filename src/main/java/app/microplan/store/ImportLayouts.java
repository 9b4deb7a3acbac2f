package app.microplan.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The exchange files Microplan knows, read from {@code import-layouts.json}, and which of them a file is: the one
 * whose header names every column it requires (and whose preamble line is there, where it needs one).
 */
public final class ImportLayouts {
    private static final String RESOURCE = "import-layouts.json";
    /** A header is looked for in the first lines only: a preamble is a line or two, not a page. */
    static final int HEADER_SEARCH_LINES = 10;
    private static final List<ImportLayout> BUILT_IN = load();

    private ImportLayouts() {
    }

    public static List<ImportLayout> all() {
        return BUILT_IN;
    }

    public static Optional<ImportLayout> byId(String id) {
        return BUILT_IN.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** Where a known layout's header is in a file, and which layout it is. */
    record Found(ImportLayout layout, int headerIndex) {
    }

    /**
     * The layout whose header is among the first records (the one naming the most columns when several fit),
     * the records before it being its preamble.
     */
    static Optional<Found> detect(List<List<String>> firstRecords, List<ImportLayout> candidates) {
        Found best = null;
        for (int i = 0; i < Math.min(HEADER_SEARCH_LINES, firstRecords.size()); i++) {
            List<String> header = firstRecords.get(i);
            String preamble = String.join(",", firstRecords.subList(0, i).stream()
                    .map(r -> String.join(",", r)).toList());
            for (ImportLayout layout : candidates) {
                if (fits(layout, header, preamble)
                        && (best == null || layout.header().size() > best.layout().header().size())) {
                    best = new Found(layout, i);
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    private static boolean fits(ImportLayout layout, List<String> header, String preamble) {
        if (layout.preamble() != null && !Pattern.compile(layout.preamble(), Pattern.CASE_INSENSITIVE)
                .matcher(preamble).find()) {
            return false;
        }
        return layout.header().stream().allMatch(name -> indexOf(header, name) >= 0);
    }

    /** The column named {@code name} (case and surrounding spaces ignored; a trailing * matches any rest). */
    static int indexOf(List<String> header, String name) {
        if (name == null) {
            return -1;
        }
        String wanted = normalized(name);
        boolean prefix = wanted.endsWith("*");
        String stem = prefix ? wanted.substring(0, wanted.length() - 1) : wanted;
        for (int i = 0; i < header.size(); i++) {
            String cell = normalized(header.get(i));
            if (prefix ? cell.startsWith(stem) : cell.equals(stem)) {
                return i;
            }
        }
        return -1;
    }

    /** The header as remembered mappings are keyed by: its cells, trimmed, lower case, in order. */
    public static String signature(List<String> header) {
        return String.join("|", header.stream().map(ImportLayouts::normalized).toList());
    }

    private static String normalized(String cell) {
        return cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    private static List<ImportLayout> load() {
        try (InputStream in = ImportLayouts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            JsonNode tree = Json.MAPPER.readTree(in);
            List<ImportLayout> layouts = new ArrayList<>();
            for (JsonNode node : tree.path("layouts")) {
                layouts.add(Json.MAPPER.treeToValue(node, ImportLayout.class));
            }
            return List.copyOf(layouts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
