package app.microplan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start a fresh probe JVM: which java, which options, which class path. One for the jar on the JDK running
 * the benchmark, and one per packaged runtime (see {@link PackagedImage}).
 */
record ProbeJvm(String label, String java, List<String> options, String classPath) {

    /**
     * Both times a probe reported, in ms from just before its process was started; -1 when not reported; and the
     * process's CPU time (all threads) at each.
     */
    record Times(long firstFrame, long contentShown, long cpuAtFirstFrame, long cpuAtContent) {
    }

    ProbeJvm withOptions(String label, List<String> more) {
        List<String> all = new ArrayList<>(options);
        all.addAll(more);
        return new ProbeJvm(label, java, all, classPath);
    }

    /** Starts {@code mainClass}, waits for it to quit, and returns what it reported. */
    Times run(String mainClass, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        long launched = System.currentTimeMillis();
        Process process = builder.start();
        long firstFrame = -1;
        long contentShown = -1;
        List<Long> cpu = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(Probe.FIRST_FRAME)) {
                    firstFrame = Long.parseLong(line.substring(Probe.FIRST_FRAME.length()).trim()) - launched;
                } else if (line.startsWith(Probe.CONTENT_SHOWN)) {
                    contentShown = Long.parseLong(line.substring(Probe.CONTENT_SHOWN.length()).trim()) - launched;
                } else if (line.startsWith(Probe.CPU)) {
                    cpu.add(Long.parseLong(line.substring(Probe.CPU.length()).trim()));
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        process.waitFor();
        if (firstFrame < 0 || contentShown < 0) {
            throw new IllegalStateException(label + ": " + mainClass + " did not report its frames. Its output:\n"
                    + output);
        }
        return new Times(firstFrame, contentShown, cpu.isEmpty() ? -1 : cpu.get(0),
                cpu.isEmpty() ? -1 : cpu.get(cpu.size() - 1));
    }
}
