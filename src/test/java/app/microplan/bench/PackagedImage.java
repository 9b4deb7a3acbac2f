package app.microplan.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Linux app image packaging/build.sh makes: its runtime's java, and the class path and options its launcher
 * reads from {@code lib/app/Microplan.cfg}. Probes run with exactly those, plus the probe classes appended to the
 * class path (an AppCDS archive accepts a class path that only adds entries at the end).
 */
final class PackagedImage {
    /** Lets the probes read JavaFX's frame reports, which the javafx.graphics module does not export. */
    private static final String PERF_EXPORT = "--add-exports=javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED";

    private final Path image;
    private final List<String> classPath = new ArrayList<>();
    private final List<String> options = new ArrayList<>();

    private PackagedImage(Path image) throws IOException {
        this.image = image;
        Path appDir = image.resolve("lib/app").toAbsolutePath();
        for (String line : Files.readAllLines(appDir.resolve("Microplan.cfg"))) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir.toString());
            if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            } else if (line.startsWith("java-options=")) {
                options.add(value);
            }
        }
    }

    /** The image at {@code target/package/Microplan}, if it has been built. */
    static PackagedImage find(Path target) throws IOException {
        Path image = target.resolve("package/Microplan");
        return Files.isRegularFile(image.resolve("lib/app/Microplan.cfg")) ? new PackagedImage(image) : null;
    }

    /**
     * Makes the image's AppCDS archive if it has none yet, as the .deb's postinst or the image's first run would
     * (packaging/build.sh no longer ships it): the launcher is measured with its archive in place.
     */
    void ensureArchive() throws IOException, InterruptedException {
        Path appDir = image.resolve("lib/app");
        if (Files.exists(appDir.resolve("microplan.jsa"))) {
            return;
        }
        Process make = new ProcessBuilder("/bin/sh", appDir.resolve("cds-archive.sh").toString()).inheritIO().start();
        if (make.waitFor() != 0) {
            throw new IllegalStateException("lib/app/cds-archive.sh could not make the image's archive");
        }
    }

    /** The image's size on disk in bytes, without the archive it makes where it is installed. */
    long shippedBytes() throws IOException {
        try (var paths = Files.walk(image)) {
            return paths.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("microplan.jsa"))
                    .mapToLong(f -> f.toFile().length()).sum();
        }
    }

    String java() {
        return image.resolve("lib/runtime/bin/java").toString();
    }

    /** As the launcher starts Microplan (with its AppCDS archive), the probe classes appended. */
    ProbeJvm launcher(Path probes) {
        List<String> all = new ArrayList<>(options);
        all.add(PERF_EXPORT);
        List<String> path = new ArrayList<>(classPath);
        path.add(probes.toString());
        return new ProbeJvm("packaged", java(), all, String.join(File.pathSeparator, path));
    }

    /** This runtime with nothing of Microplan's: the probe classes alone, the runtime's default CDS archive. */
    ProbeJvm bare(Path probes) {
        return new ProbeJvm("packaged-bare", java(), List.of(PERF_EXPORT), probes.toString());
    }
}
