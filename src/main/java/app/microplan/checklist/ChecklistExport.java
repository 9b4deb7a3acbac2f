package app.microplan.checklist;

import app.microplan.domain.TradePlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;

/**
 * Writes a plan's checklist to a file, for the Export dialog and the `export` command alike. The file is
 * written beside its target and moved into place, so a failed export never leaves half a PDF behind.
 */
public final class ChecklistExport {
    private ChecklistExport() {
    }

    /** What an export wrote: the file, its size and, for a PDF, its page count (1 for Markdown). */
    public record Result(Path file, long bytes, int pages) {
    }

    /** Reports how far an export has got, from 0 to 1, with the step in words. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, step) -> { };

        void update(double done, String step);
    }

    public static Result export(TradePlan plan, ExportFormat format, PaperSize paper, Path target, ZoneId zone,
                                Progress progress) throws IOException {
        return export(plan, format, paper, target, zone, progress, SheetWords.english());
    }

    /** The export in {@code words}' language (the window's); the progress steps stay English, as the log reads them. */
    public static Result export(TradePlan plan, ExportFormat format, PaperSize paper, Path target, ZoneId zone,
                                Progress progress, SheetWords words) throws IOException {
        progress.update(0.1, "Checking the plan against the rules");
        Checklist checklist = ChecklistBuilder.build(plan, zone, words);
        progress.update(0.3, format == ExportFormat.PDF ? "Laying out the pages" : "Writing the text");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        int pages = render(checklist, format, paper, content);
        progress.update(0.8, "Saving " + target.getFileName());
        writeReplacing(target, content);
        progress.update(1.0, "Saved");
        return new Result(target, content.size(), pages);
    }

    public static int render(Checklist checklist, ExportFormat format, PaperSize paper, OutputStream out)
            throws IOException {
        if (format == ExportFormat.PDF) {
            return PdfChecklist.write(checklist, paper, out);
        }
        out.write(MarkdownChecklist.render(checklist).getBytes(StandardCharsets.UTF_8));
        return 1;
    }

    static void writeReplacing(Path target, ByteArrayOutputStream content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(String.valueOf(folder), null, "the folder does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder");
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(folder.toString(), null, "the folder is not writable");
        }
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** An I/O failure as the one line a person reads: what could not be written, and why. */
    public static String describe(IOException e, Path target) {
        return "Cannot write " + target + ": " + reason(e);
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fileError && fileError.getReason() != null) {
            return fileError.getReason();
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
