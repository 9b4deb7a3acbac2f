package app.microplan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Starts the window sooner under {@code java -jar}: the JVM Microplan runs in then starts Microplan again, once,
 * with a class-data archive of its own in the user's cache folder ({@code -XX:SharedArchiveFile}) and only the
 * quick first-tier JIT compiler. A {@code java -jar} cannot choose these options for its own JVM. The first time,
 * the second JVM writes the archive as it quits ({@code -XX:ArchiveClassesAtExit}, JDK 17's dynamic archive);
 * every later start maps it (decision 0017: the plan's numbers about a third sooner).
 * <p>
 * Never done by the installed app (its launcher has its own archive and options), by the commands, when the Java
 * command already names an archive, when this is the relaunched JVM ({@value #RELAUNCHED}), or when
 * {@value #DISABLE} is set to anything; and any problem starting the second JVM means Microplan simply goes on in
 * this one. The archive's name holds what it was made for (Java, class path, each jar's size and time), so a new
 * build or another Java makes a new one instead of being refused by the JVM for ever.
 */
public final class ArchiveRelaunch {
    /** Set in the relaunched JVM: it must never start another one. */
    static final String RELAUNCHED = "MICROPLAN_RELAUNCHED";
    /** Set (to anything) to start Microplan in the JVM it was started in, as before. */
    public static final String DISABLE = "MICROPLAN_NO_RELAUNCH";
    /** {@code -Dmicroplan.archiveFolder=DIR}: where the archives go instead of the user's cache folder. */
    public static final String FOLDER_PROPERTY = "microplan.archiveFolder";
    /** JVM options that mean the person chose the class-data sharing themselves. */
    private static final List<String> OWN_ARCHIVE_OPTIONS = List.of("-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-Xshare", "-XX:SharedClassListFile", "-XX:DumpLoadedClassList");

    private ArchiveRelaunch() {
    }

    /** What to do with a start: go on here, or run this command (and whether it makes the archive). */
    record Decision(List<String> command, Path writes) {
        static final Decision GO_ON = new Decision(List.of(), null);

        boolean relaunches() {
            return !command.isEmpty();
        }
    }

    /**
     * The decision alone, from facts: the environment, whether the installed launcher started this JVM, this
     * process's command line (the Java program first, the {@code appArguments} last), and the archive for it.
     */
    static Decision decide(Map<String, String> env, boolean installedLauncher, boolean commandLineExact,
            List<String> commandLine, int appArguments, Path archive, boolean archiveExists,
            boolean archiveFailedBefore) {
        int firstAppArgument = commandLine.size() - appArguments;
        if (env.containsKey(RELAUNCHED) || env.containsKey(DISABLE) || installedLauncher || !commandLineExact
                || archive == null
                || firstAppArgument < 2 || (!archiveExists && archiveFailedBefore)) {
            return Decision.GO_ON;
        }
        List<String> javaPart = new ArrayList<>(commandLine.subList(1, firstAppArgument));
        javaPart.add(env.getOrDefault("JDK_JAVA_OPTIONS", ""));
        javaPart.add(env.getOrDefault("JAVA_TOOL_OPTIONS", ""));
        if (choosesOwnArchive(javaPart)) {
            return Decision.GO_ON;
        }
        List<String> command = new ArrayList<>();
        command.add(commandLine.get(0));
        Path writes = null;
        if (archiveExists) {
            command.add("-XX:SharedArchiveFile=".concat(archive.toString()));
        } else {
            writes = archive.resolveSibling(archive.getFileName().toString().concat(".part")
                    .concat(Long.toString(ProcessHandle.current().pid())));
            command.add("-XX:ArchiveClassesAtExit=".concat(writes.toString()));
        }
        // Only the JVM's errors, on stderr, never onto stdout: writing the archive warns of every class it skips
        // (28 lines at the first quit), and a refused archive needs no word, the JVM then goes on without it. The
        // person's own options after ours, so theirs win.
        command.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
                "-XX:-UsePerfData", "-Xlog:disable", "-Xlog:all=error:stderr"));
        command.addAll(commandLine.subList(1, commandLine.size()));
        return new Decision(command, writes);
    }

    /*
     * Loops, not streams, and String.concat, not +, here and on the whole way to the second JVM: the first JVM's
     * only job is to start it soon, and its first lambda, String.format or + of strings (javac makes + a dynamic
     * call site) costs some 10-20 ms of class spinning each (decisions 0018 and 0021).
     */
    private static boolean choosesOwnArchive(List<String> javaParts) {
        for (String part : javaParts) {
            for (String option : OWN_ARCHIVE_OPTIONS) {
                if (part.contains(option)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Starts Microplan again with the archive when that is worth it; its exit code, or empty to go on in this JVM.
     * Only for starts that open the window.
     */
    public static Optional<Integer> ifWorthIt(String[] args) {
        // The installed launcher and the relaunched JVM itself go on at once, before reading this process's command
        // line and every jar's size and time (about 30 ms of their start; decide() says the same without them).
        if (System.getProperty("jpackage.app-path") != null || System.getenv(RELAUNCHED) != null
                || System.getenv(DISABLE) != null) {
            return Optional.empty();
        }
        try {
            Optional<List<String>> commandLine = commandLine();
            Path folder = folder();
            if (commandLine.isEmpty() || folder == null) {
                return Optional.empty();
            }
            Path archive = folder.resolve(archiveName());
            Decision decision = decide(System.getenv(), System.getProperty("jpackage.app-path") != null,
                    commandLineExact(), commandLine.get(), args.length, archive, Files.isRegularFile(archive),
                    Files.exists(failedMark(archive)));
            if (!decision.relaunches()) {
                return Optional.empty();
            }
            Files.createDirectories(folder);
            return Optional.of(run(decision, archive));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int run(Decision decision, Path archive) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(decision.command()).inheritIO();
        builder.environment().put(RELAUNCHED, "1");
        Process child = builder.start();
        // Ended from outside (kill, logout): take the window with it.
        Thread stopChild = new Thread(child::destroy, "microplan-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int exit;
        try {
            exit = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        Runtime.getRuntime().removeShutdownHook(stopChild);
        if (decision.writes() != null) {
            keep(decision.writes(), archive);
        }
        return exit;
    }

    /** The archive written as the relaunched JVM quit, under its real name; or a mark not to try again. */
    private static void keep(Path written, Path archive) {
        try {
            if (Files.size(written) > 0) {
                Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                removeOthers(archive);
                return;
            }
        } catch (IOException e) {
            // Not written (no base archive in this Java, a full disk): mark it below.
        }
        try {
            Files.deleteIfExists(written);
            Files.writeString(failedMark(archive), "This Java could not write a class-data archive for Microplan.\n");
        } catch (IOException e) {
            // Then it is tried again next time: only slower, never wrong.
        }
    }

    /** Archives for earlier builds or other Javas: 40 MB each that nothing maps any more. */
    private static void removeOthers(Path archive) throws IOException {
        try (var files = Files.list(archive.getParent())) {
            for (Path other : files.filter(f -> f.getFileName().toString().startsWith("microplan-")
                    && !f.equals(archive)).toList()) {
                Files.deleteIfExists(other);
            }
        }
    }

    private static Path failedMark(Path archive) {
        return archive.resolveSibling(archive.getFileName().toString().concat(".failed"));
    }

    /** The name says what the archive was made for: this Java, the class path, and each jar's size and time. */
    static String archiveName() throws IOException {
        StringBuilder key = new StringBuilder(System.getProperty("java.home")).append('|')
                .append(System.getProperty("java.vm.version"));
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            key.append('|').append(path.toAbsolutePath());
            if (Files.isRegularFile(path)) {
                key.append(':').append(Files.size(path)).append(':').append(Files.getLastModifiedTime(path).toMillis());
            }
        }
        String hex = Integer.toHexString(key.toString().hashCode());
        return new StringBuilder("microplan-").append("0".repeat(8 - hex.length())).append(hex).append(".jsa")
                .toString();
    }

    /** The user's cache folder for Microplan (XDG on Linux, the system's own elsewhere); null if none is known. */
    static Path folder() {
        String chosen = System.getProperty(FOLDER_PROPERTY);
        if (chosen != null) {
            return Path.of(chosen);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return local == null ? null : Path.of(local, "Microplan", "cache");
        }
        if (os.contains("mac")) {
            return home == null ? null : Path.of(home, "Library", "Caches", "Microplan");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "microplan");
        }
        return home == null ? null : Path.of(home, ".cache", "microplan");
    }

    /**
     * Whether the command line read back is the one given: on Linux only when file names are UTF-8 (under
     * {@code LANG=C} a name beyond ASCII comes back as question marks; {@link Utf8Relaunch} deals with those).
     */
    private static boolean commandLineExact() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String names = System.getProperty("sun.jnu.encoding", "");
        return os.contains("win") || names.replace("-", "").equalsIgnoreCase("utf8");
    }

    /**
     * This process's command line as strings: the Java program, then its arguments; empty if the system hides it.
     * On Linux read from {@code /proc} (UTF-8 there, see {@link #commandLineExact}): {@code ProcessHandle} would
     * cost the first JVM its first lambdas.
     */
    static Optional<List<String>> commandLine() {
        List<byte[]> raw = ProcCommandLine.read();
        if (!raw.isEmpty()) {
            List<String> all = new ArrayList<>();
            all.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (int i = 1; i < raw.size(); i++) {
                all.add(new String(raw.get(i), StandardCharsets.UTF_8));
            }
            return Optional.of(all);
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>();
        all.add(info.command().get());
        all.addAll(List.of(info.arguments().get()));
        return Optional.of(all);
    }
}
