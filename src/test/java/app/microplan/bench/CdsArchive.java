package app.microplan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives a probe its own AppCDS archive, as packaging/build.sh gives Microplan one: one run records the classes it
 * loads, a static dump archives them. Lets the bare window be compared with the same start-up help Microplan has.
 */
final class CdsArchive {
    private CdsArchive() {
    }

    static ProbeJvm archived(ProbeJvm jvm, String mainClass, List<String> args, Path folder) throws Exception {
        Path classList = folder.resolve(mainClass + ".classlist");
        Path archive = folder.resolve(mainClass + ".jsa");
        jvm.withOptions(jvm.label(), List.of("-XX:DumpLoadedClassList=" + classList)).run(mainClass, args);
        List<String> dump = new ArrayList<>();
        dump.add(jvm.java());
        dump.addAll(jvm.options());
        dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive,
                "-cp", jvm.classPath()));
        Process process = new ProcessBuilder(dump).redirectErrorStream(true).redirectOutput(
                folder.resolve(mainClass + ".dump.log").toFile()).start();
        if (process.waitFor() != 0 || !Files.exists(archive)) {
            throw new IllegalStateException("could not dump " + archive + "; see " + mainClass + ".dump.log");
        }
        return jvm.withOptions(jvm.label() + "+cds", List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on"));
    }

    /**
     * A dynamic AppCDS archive, as a {@code java -jar} start could make at its first run in the user's cache folder:
     * one run with {@code -XX:ArchiveClassesAtExit} writes the classes it loaded on top of the JDK's default archive,
     * later runs map it with {@code -XX:SharedArchiveFile}. No class list and no separate dump step.
     */
    static ProbeJvm dynamic(ProbeJvm jvm, String mainClass, List<String> args, Path folder) throws Exception {
        Path archive = folder.resolve(mainClass + ".dynamic.jsa");
        jvm.withOptions(jvm.label(), List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off")).run(mainClass, args);
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the first run did not write " + archive);
        }
        return jvm.withOptions(jvm.label() + "+dynamic-cds", List.of("-XX:SharedArchiveFile=" + archive));
    }
}
