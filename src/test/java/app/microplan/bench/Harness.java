package app.microplan.bench;

import app.microplan.ArchiveRelaunch;
import java.io.File;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every performance figure of the README in one run on one machine: start-up against a bare JavaFX window, the
 * recompute after one edit, the journal at 1,000 / 10,000 / 100,000 plans, and saving one plan. Not a test: it
 * prints figures and fails on nothing but a broken run. {@code bench/run.sh} builds what it needs and runs it.
 *
 * <p>Arguments: section names to run only those ({@code startup edit journal save import}); {@code --runs N} start-up
 * runs per contender (default 9).
 */
public final class Harness {
    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> sections = new java.util.HashSet<>();
        int runs = 9;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else {
                sections.add(args[i]);
            }
        }
        PrintStream out = System.out;
        machine(out);
        boolean all = sections.isEmpty();
        if (all || sections.contains("startup") || sections.contains("startup-jar")
                || sections.contains("startup-packaged")) {
            startup(out, runs, !sections.contains("startup-packaged"), !sections.contains("startup-jar"));
            out.println();
        }
        Path work = Path.of(System.getProperty("microplan.bench.work", "target/bench-work"));
        deleteAll(work);
        Files.createDirectories(work);
        try {
            if (all || sections.contains("edit")) {
                new EditBenchmark(out).run();
                out.println();
            }
            if (all || sections.contains("save")) {
                new SaveBenchmark(out, work).run();
                out.println();
            }
            if (all || sections.contains("import")) {
                new ImportBenchmark(out, work).run();
                out.println();
            }
            if (all || sections.contains("simulation")) {
                new SimulationBenchmark(out).run();
                out.println();
            }
            if (all || sections.contains("journal")) {
                // -Dmicroplan.bench.sizes=10000: only these journal sizes (e.g. to measure them under other JVM options).
                int[] sizes = java.util.Arrays.stream(System.getProperty("microplan.bench.sizes", "1000,10000,100000")
                        .split(",")).mapToInt(Integer::parseInt).toArray();
                new JournalBenchmark(out, work).run(sizes);
                out.println();
            }
        } finally {
            deleteAll(work);
        }
        out.printf("Load average at the end: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void deleteAll(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void machine(PrintStream out) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long ram = ((com.sun.management.OperatingSystemMXBean) os).getTotalMemorySize();
        out.printf("Machine: %d cores, %.1f GB RAM, %s %s, Java %s (%s), load average %.2f%n%n",
                Runtime.getRuntime().availableProcessors(), ram / 1e9, os.getName(), os.getVersion(),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"),
                os.getSystemLoadAverage());
    }

    static Path target() {
        return Path.of(System.getProperty("microplan.target", "target"));
    }

    /** A JVM as {@code java -jar microplan.jar} starts one, with the probes' jar (bench/run.sh builds both). */
    static ProbeJvm jarJvm(Path target) {
        Path microplanJar = target.resolve("microplan.jar");
        Path probes = target.resolve("bench-probes.jar");
        if (!Files.exists(microplanJar) || !Files.exists(probes)) {
            throw new IllegalStateException("run bench/run.sh: it builds " + microplanJar + " and " + probes);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The probes first: java -jar finds its main class in the first jar it opens. Behind microplan.jar, a probe
        // is found only after the JVM has opened the 21 libraries its manifest names (41 ms to the main class instead
        // of 16 in the first JVM of a relaunch, which java -jar never pays; decision 0021).
        return new ProbeJvm("jar", java, List.of(), probes + File.pathSeparator + microplanJar);
    }

    private static void startup(PrintStream out, int runs, boolean jar, boolean packaged) throws Exception {
        Path target = target();
        Path probes = target.resolve("bench-probes.jar");
        StartupBenchmark startup = new StartupBenchmark(out, runs);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProbeJvm jdk = jarJvm(target);
        if (jar) {
            Path jarScratch = Files.createTempDirectory("microplan-dynamic-cds");
            ProbeJvm bareDynamic = CdsArchive.dynamic(jdk, BareWindowProbe.class.getName(), List.of(), jarScratch);
            StartupBenchmark.Contender app = startup.microplan("Microplan", jdk);
            ProbeJvm appDynamic = CdsArchive.dynamic(jdk, AppWindowProbe.class.getName(), app.args(), jarScratch);
            List<StartupBenchmark.Contender> more = new ArrayList<>();
            // What java -jar now does by itself (ArchiveRelaunch): a second JVM with the archive and C1 only.
            ProbeJvm relaunching = jdk.withOptions("jar+relaunch",
                    List.of("-D" + ArchiveRelaunch.FOLDER_PROPERTY + "=" + jarScratch.resolve("relaunch")));
            more.add(new StartupBenchmark.Contender("Microplan, relaunched by itself", relaunching,
                    RelaunchingAppWindowProbe.class.getName(), app.args()));
            String before = System.getenv("MICROPLAN_BENCH_BEFORE_JAR");
            if (before != null) {
                // An earlier build's jar (its libraries beside it in lib/), started in the same turns: before/after.
                more.add(startup.microplan("Microplan, earlier build",
                        new ProbeJvm("before", java, List.of(), probes + File.pathSeparator + before)));
            }
            List<Long> firstFrames = startup.compare("Start-up, java -jar on this JDK (JavaFX from the class path; without and with a dynamic "
                    + "AppCDS archive made by one earlier run), ms from launch:",
                    List.of(startup.bare("bare JavaFX window", jdk), app,
                            startup.bare("bare window + dynamic AppCDS", bareDynamic),
                            startup.microplan("Microplan + dynamic AppCDS", appDynamic)), more);
            out.printf("  first frame against a bare window of the same kind: no archive %.2f×, dynamic AppCDS %.2f×, "
                    + "relaunched with its dynamic AppCDS %.2f× (goal ≤ 1.2×)%n",
                    (double) firstFrames.get(1) / firstFrames.get(0), (double) firstFrames.get(3) / firstFrames.get(2),
                    (double) firstFrames.get(4) / firstFrames.get(2));
            out.printf("  the plan's numbers against the bare window's first frame (goal ≤ 2×): the medians above%n");
        }
        if (!packaged) {
            return;
        }
        PackagedImage image = PackagedImage.find(target);
        if (image == null) {
            out.println("(no app image in " + target.resolve("package") + ": packaging/build.sh app-image builds it)");
            return;
        }
        image.ensureArchive();
        Path scratch = Files.createTempDirectory("microplan-cds");
        ProbeJvm bare = image.bare(probes);
        ProbeJvm bareArchived = CdsArchive.archived(bare, BareWindowProbe.class.getName(), List.of(), scratch);
        out.println();
        List<Long> firstFrames = startup.compare(
                "Start-up, the packaged app image (jlink runtime, JavaFX as modules), ms from launch:",
                List.of(startup.bare("bare JavaFX window", bare),
                        startup.bare("bare JavaFX window + AppCDS", bareArchived),
                        startup.microplan("Microplan (its launcher's options)", image.launcher(probes))),
                launcherVariants(startup, image.launcher(probes)));
        out.printf("  first frame against the bare window with its own AppCDS archive: %.2f× (goal ≤ 1.2×)%n",
                (double) firstFrames.get(2) / firstFrames.get(1));
        sizes(out, target.resolve("package"), image);
    }

    /**
     * With {@code MICROPLAN_BENCH_LAUNCHER_VARIANTS=yes}: Microplan with more JVM options than its launcher's, to
     * measure options before the launcher gets them (decision 0017).
     */
    private static List<StartupBenchmark.Contender> launcherVariants(StartupBenchmark startup, ProbeJvm launcher) {
        if (!"yes".equals(System.getenv("MICROPLAN_BENCH_LAUNCHER_VARIANTS"))) {
            return List.of();
        }
        return List.of(startup.microplan("Microplan + C1 only", launcher.withOptions("c1",
                        List.of("-XX:TieredStopAtLevel=1"))),
                startup.microplan("Microplan + C1 only + Serial GC", launcher.withOptions("c1-serial",
                        List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"))));
    }

    /** The app image's and the installer's sizes against the goals (100 MB, 45 MB). */
    private static void sizes(PrintStream out, Path packages, PackagedImage image) throws java.io.IOException {
        out.printf("  app image %s as shipped (its AppCDS archive is made where it runs): %.1f MB (goal ≤ 100 MB); "
                + "with the archive in place %.1f MB%n", packages.resolve("Microplan"),
                image.shippedBytes() / 1048576.0, bytesIn(packages.resolve("Microplan")) / 1048576.0);
        try (var files = Files.list(packages)) {
            for (Path installer : files.filter(f -> f.toString().endsWith(".deb")).toList()) {
                out.printf("  installer %s: %.1f MB (goal ≤ 45 MB)%n", installer.getFileName(),
                        Files.size(installer) / 1048576.0);
            }
        }
    }

    private static long bytesIn(Path folder) throws java.io.IOException {
        try (var paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
