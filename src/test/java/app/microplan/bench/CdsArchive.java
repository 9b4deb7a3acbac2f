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
}
