package app.microplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code java -jar} starts Microplan again with its class-data archive, and with which command (not timed). */
class ArchiveRelaunchTest {
    private static final List<String> JAR = List.of("/usr/bin/java", "-jar", "/opt/m/microplan.jar", "--journal", "/j");
    private static final Path ARCHIVE = Path.of("/home/t/.cache/microplan/microplan-1234abcd.jsa");

    private static ArchiveRelaunch.Decision decide(Map<String, String> env, List<String> commandLine,
            boolean archiveExists) {
        return ArchiveRelaunch.decide(env, false, true, commandLine, 2, ARCHIVE, archiveExists, false);
    }

    @Test
    void withAnArchiveTheSameCommandRunsAgainMappingIt() {
        ArchiveRelaunch.Decision decision = decide(Map.of(), JAR, true);

        assertThat(decision.relaunches()).isTrue();
        assertThat(decision.writes()).isNull();
        assertThat(decision.command()).first().isEqualTo("/usr/bin/java");
        assertThat(decision.command()).contains("-XX:SharedArchiveFile=" + ARCHIVE, "-XX:TieredStopAtLevel=1",
                "-XX:CICompilerCount=1", "-XX:-UsePerfData").doesNotContain("-XX:ArchiveClassesAtExit=" + ARCHIVE);
        // The original options and arguments follow unchanged, last: the person's own options win.
        assertThat(decision.command().subList(decision.command().size() - 4, decision.command().size()))
                .isEqualTo(JAR.subList(1, JAR.size()));
    }

    @Test
    void withoutOneTheRelaunchWritesItUnderAnotherNameFirst() {
        ArchiveRelaunch.Decision decision = decide(Map.of(), JAR, false);

        assertThat(decision.relaunches()).isTrue();
        assertThat(decision.writes()).isNotEqualTo(ARCHIVE);
        assertThat(decision.writes().getParent()).isEqualTo(ARCHIVE.getParent());
        assertThat(decision.command()).contains("-XX:ArchiveClassesAtExit=" + decision.writes())
                .noneMatch(part -> part.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void neverTwiceNorWhenSwitchedOff() {
        assertThat(decide(Map.of(ArchiveRelaunch.RELAUNCHED, "1"), JAR, true).relaunches()).isFalse();
        assertThat(decide(Map.of(ArchiveRelaunch.DISABLE, ""), JAR, true).relaunches()).isFalse();
    }

    @Test
    void notInTheInstalledAppNorWithAnUnreadableCommandLine() {
        assertThat(ArchiveRelaunch.decide(Map.of(), true, true, JAR, 2, ARCHIVE, true, false).relaunches()).isFalse();
        assertThat(ArchiveRelaunch.decide(Map.of(), false, false, JAR, 2, ARCHIVE, true, false).relaunches())
                .isFalse();
        assertThat(ArchiveRelaunch.decide(Map.of(), false, true, JAR, 2, null, true, false).relaunches()).isFalse();
        assertThat(ArchiveRelaunch.decide(Map.of(), false, true, List.of("java"), 0, ARCHIVE, true, false)
                .relaunches()).isFalse();
    }

    @Test
    void notWhenThePersonChoseTheirOwnClassDataSharing() {
        List<String> own = List.of("/usr/bin/java", "-Xshare:off", "-jar", "/opt/m/microplan.jar", "--journal", "/j");
        assertThat(decide(Map.of(), own, true).relaunches()).isFalse();
        assertThat(decide(Map.of("JDK_JAVA_OPTIONS", "-XX:SharedArchiveFile=/x.jsa"), JAR, true).relaunches())
                .isFalse();
        // An argument of the app's that happens to look like one is not the JVM's.
        List<String> argument = List.of("/usr/bin/java", "-jar", "/opt/m/microplan.jar", "--journal", "-Xshare");
        assertThat(decide(Map.of(), argument, true).relaunches()).isTrue();
    }

    @Test
    void aJavaThatCouldNotWriteTheArchiveIsNotAskedAgain() {
        assertThat(ArchiveRelaunch.decide(Map.of(), false, true, JAR, 2, ARCHIVE, false, true).relaunches()).isFalse();
        // But one made since (by hand, another run) is used.
        assertThat(ArchiveRelaunch.decide(Map.of(), false, true, JAR, 2, ARCHIVE, true, true).relaunches()).isTrue();
    }

    @Test
    void theCommandLineReadBackIsThisJavaWithItsOwnArguments() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/cmdline")), "a system with /proc");
        List<String> expected = new ArrayList<>();
        expected.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        expected.addAll(List.of(ProcessHandle.current().info().arguments().orElseThrow()));

        assertThat(ArchiveRelaunch.commandLine()).contains(expected);
    }

    @Test
    void theArchiveNameChangesWithTheJarsItWasMadeFor(@TempDir Path folder) throws Exception {
        Path jar = folder.resolve("microplan.jar");
        Files.writeString(jar, "one");
        String before = System.getProperty("java.class.path");
        try {
            System.setProperty("java.class.path", jar.toString());
            String first = ArchiveRelaunch.archiveName();
            assertThat(ArchiveRelaunch.archiveName()).isEqualTo(first).matches("microplan-[0-9a-f]{8}\\.jsa");
            Files.writeString(jar, "a newer build");
            assertThat(ArchiveRelaunch.archiveName()).isNotEqualTo(first);
        } finally {
            System.setProperty("java.class.path", before);
        }
    }

    @Test
    void theInstalledLauncherGoesOnInItsOwnJvmWithoutLookingFurther(@TempDir Path cache) throws Exception {
        String before = System.getProperty("jpackage.app-path");
        String folderBefore = System.getProperty(ArchiveRelaunch.FOLDER_PROPERTY);
        try {
            System.setProperty("jpackage.app-path", "/opt/microplan/bin/Microplan");
            System.setProperty(ArchiveRelaunch.FOLDER_PROPERTY, cache.resolve("archives").toString());

            assertThat(ArchiveRelaunch.ifWorthIt(new String[0])).isEmpty();
            assertThat(cache.resolve("archives")).as("not even the cache folder is made").doesNotExist();
        } finally {
            restore("jpackage.app-path", before);
            restore(ArchiveRelaunch.FOLDER_PROPERTY, folderBefore);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    @Test
    void theImageMakesItsArchiveOnlyWhereItIsMissingAndCanBeWritten(@TempDir Path image) throws Exception {
        Path appDir = Files.createDirectories(image.resolve("lib/app"));
        String launcher = image.resolve("bin/Microplan").toString();
        assertThat(ImageArchive.scriptToRun(launcher)).isEmpty();   // no script: not an image built by build.sh
        Files.writeString(appDir.resolve(ImageArchive.SCRIPT), "#!/bin/sh\n");
        assertThat(ImageArchive.scriptToRun(launcher)).contains(appDir.resolve(ImageArchive.SCRIPT));
        assertThat(ImageArchive.scriptToRun(null)).isEmpty();   // java -jar: no image
        Files.writeString(appDir.resolve(ImageArchive.ARCHIVE), "made");
        assertThat(ImageArchive.scriptToRun(launcher)).isEmpty();
    }
}
