package app.microplan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The app image's class-data archive, made on the first run instead of shipped: it is 43 MB of a 116 MB image, and
 * a JDK 17 archive only works at the paths it was made for anyway (decision 0017). The launcher names
 * {@code lib/app/microplan.jsa}; while it is missing the JVM starts without it (checked: no error, no message). When
 * Microplan quits and finds it missing, it starts {@code lib/app/cds-archive.sh} (the script the .deb runs at
 * install) in the background, so the next start maps it. Where the image's folder is not writable nothing happens.
 */
final class ImageArchive {
    static final String ARCHIVE = "microplan.jsa";
    static final String SCRIPT = "cds-archive.sh";

    private ImageArchive() {
    }

    /** The script to run for the image {@code appPath} (the launcher, {@code bin/Microplan}) belongs to, if any. */
    static Optional<Path> scriptToRun(String appPath) {
        if (appPath == null) {
            return Optional.empty();
        }
        Path launcher = Path.of(appPath).toAbsolutePath();
        Path bin = launcher.getParent();
        if (bin == null || bin.getParent() == null) {
            return Optional.empty();
        }
        Path appDir = bin.getParent().resolve("lib").resolve("app");
        Path script = appDir.resolve(SCRIPT);
        if (Files.exists(appDir.resolve(ARCHIVE)) || !Files.isRegularFile(script) || !Files.isWritable(appDir)) {
            return Optional.empty();
        }
        return Optional.of(script);
    }

    /** Starts making the archive if this is an app image without one; never waits, never fails. */
    static void makeIfMissing() {
        Optional<Path> script = scriptToRun(System.getProperty("jpackage.app-path"));
        if (script.isEmpty()) {
            return;
        }
        try {
            new ProcessBuilder("/bin/sh", script.get().toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException e) {
            // Only the next start is slower.
        }
    }
}
