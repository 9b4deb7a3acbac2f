package app.microplan.bench;

import java.lang.management.ManagementFactory;

/** What a probe JVM prints: milliseconds from JVM start, read after the fact so timing code costs nothing. */
final class Probe {
    static final String FIRST_FRAME = "FIRST_FRAME_MS=";
    static final String PLAN_SHOWN = "PLAN_SHOWN_MS=";

    private Probe() {
    }

    static void report(String key, long wallClockMillis) {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(key + (wallClockMillis - start));
    }
}
