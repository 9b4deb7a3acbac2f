package app.microplan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * This program's command line as the Linux kernel holds it ({@code /proc/self/cmdline}): bytes, before Java decoded
 * them. Read with no more than the file API, so a JVM that only starts another one does not set up
 * {@code ProcessHandle} and its first lambdas first.
 */
final class ProcCommandLine {
    private ProcCommandLine() {
    }

    /** The program, then its arguments; empty where there is no {@code /proc} or it cannot be read. */
    static List<byte[]> read() {
        List<byte[]> parts = new ArrayList<>();
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            int start = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    byte[] part = new byte[i - start];
                    System.arraycopy(raw, start, part, 0, part.length);
                    parts.add(part);
                    start = i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return parts;
    }
}
