package app.microplan.cli;

import app.microplan.checklist.ChecklistExport;
import app.microplan.checklist.ExportFormat;
import app.microplan.checklist.PaperSize;
import app.microplan.store.LoadedPlan;
import app.microplan.store.PlanFileReader;
import app.microplan.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `microplan export`: one plan file as a pre-trade checklist, PDF or Markdown. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export a plan file as a pre-trade checklist (PDF or Markdown).",
                "Exit code: 0 written, 2 bad input (one line on stderr says why)."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json", description = "The plan file to export.")
    Path planFile;

    @Option(names = "--format", paramLabel = "pdf|md",
            description = "Output format. Default: from the --out file's extension.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path out;

    @Option(names = "--paper", defaultValue = "a4", paramLabel = "a4|letter",
            description = "Paper size of the PDF. Default: ${DEFAULT-VALUE}.")
    String paper;

    @Override
    public Integer call() {
        ExportFormat exportFormat = exportFormat();
        PaperSize paperSize = PaperSize.parse(paper);
        if (paperSize == null) {
            throw new BadInputException("--paper: '" + paper + "' is neither a4 nor letter");
        }
        requireWritableFolder();
        LoadedPlan loaded = readPlan();
        try {
            ChecklistExport.Result result = ChecklistExport.export(loaded.plan(), exportFormat, paperSize, out,
                    ZoneId.systemDefault(), ChecklistExport.Progress.NONE);
            String pages = exportFormat == ExportFormat.PDF
                    ? result.pages() + (result.pages() == 1 ? " page, " : " pages, ") : "";
            spec.commandLine().getOut().println("Wrote " + result.file() + " (" + exportFormat.label() + ", " + pages
                    + result.bytes() + " bytes)");
            spec.commandLine().getOut().flush();
            return MicroplanCommand.OK;
        } catch (IOException e) {
            throw new BadInputException("--out: " + ChecklistExport.describe(e, out));
        }
    }

    private ExportFormat exportFormat() {
        if (format != null) {
            ExportFormat parsed = ExportFormat.parse(format);
            if (parsed == null) {
                throw new BadInputException("--format: '" + format + "' is neither pdf nor md");
            }
            return parsed;
        }
        ExportFormat fromName = ExportFormat.ofFile(out);
        if (fromName == null) {
            throw new BadInputException("--format: give pdf or md (the --out name " + out.getFileName()
                    + " does not say which)");
        }
        return fromName;
    }

    /** Checked before the work so a typo in --out is reported at once, not after the PDF is laid out. */
    private void requireWritableFolder() {
        if (isThePlanFile(out)) {
            throw new BadInputException("--out: " + out + " is the plan file being exported; name another file (the"
                    + " checklist would replace the plan)");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw new BadInputException("--out: " + out + " is a folder; name a file");
        }
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new BadInputException("--out: cannot write " + out + ": " + folder + " is a file, not a folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInputException("--out: cannot write " + out + ": the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new BadInputException("--out: cannot write " + out + ": the folder " + folder + " is not writable");
        }
    }

    /** The same file however it is named (relative, through a link): replacing it would lose the plan. */
    private boolean isThePlanFile(Path candidate) {
        try {
            if (Files.exists(candidate) && Files.exists(planFile)) {
                return Files.isSameFile(candidate, planFile);
            }
        } catch (IOException e) {
            // Cannot tell: compare the names below.
        }
        return candidate.toAbsolutePath().normalize().equals(planFile.toAbsolutePath().normalize());
    }

    private LoadedPlan readPlan() {
        try {
            return PlanFileReader.read(planFile);
        } catch (StoreException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
