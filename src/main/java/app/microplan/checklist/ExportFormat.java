package app.microplan.checklist;

import java.nio.file.Path;
import java.util.Locale;

/** The file a checklist is exported as. */
public enum ExportFormat {
    PDF("PDF document", "pdf"),
    MARKDOWN("Markdown text", "md");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** "pdf", "md" or "markdown", any case; null when it is none of them. */
    public static ExportFormat parse(String text) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "pdf" -> PDF;
            case "md", "markdown" -> MARKDOWN;
            default -> null;
        };
    }

    /** The format a file name asks for by its extension; null when it names none. */
    public static ExportFormat ofFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : parse(name.substring(dot + 1));
    }

    /** The same file name with this format's extension in place of any other export extension. */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 && ofFile(file) != null ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + "." + extension);
    }

    @Override
    public String toString() {
        return label;
    }
}
