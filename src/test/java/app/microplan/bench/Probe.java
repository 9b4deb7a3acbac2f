package app.microplan.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * What a probe JVM prints: wall-clock times (epoch milliseconds) the benchmark subtracts its own launch time from,
 * so the figure runs from process start (JVM start-up included) to a frame actually drawn. "Drawn" is the render
 * thread's own report that it finished painting a frame (JavaFX's internal PerformanceTracker): {@code stage.show()}
 * returning, or a pulse being laid out, comes before anything is on screen.
 */
final class Probe {
    static final String FIRST_FRAME = "FIRST_FRAME_AT=";
    static final String CONTENT_SHOWN = "CONTENT_SHOWN_AT=";
    /** Follows each time: the process's CPU time so far (ms, all threads), or -1 where /proc cannot tell it. */
    static final String CPU = "CPU_MS=";

    private Probe() {
    }

    static void report(String key, long epochMillis) {
        System.out.println(key + epochMillis);
        System.out.println(CPU + cpuMillis());
        System.out.flush();
    }

    /*
     * CPU time rather than wall time tells what a start costs on a machine other builds keep busy. Read from
     * /proc/self/stat (user + system, in clock ticks of 10 ms): the management beans would load a hundred classes
     * into the start being measured.
     */
    private static long cpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Reports the first frame painted, then the first frame painted after a layout pass in which {@code shown}
     * held (to within one frame: a frame still being painted when that pass ends may be the one reported), then
     * quits. Gives up after 30 s so a broken run cannot hang the benchmark.
     */
    static void watch(Scene scene, Predicate<Scene> shown) {
        AtomicBoolean first = new AtomicBoolean(true);
        AtomicInteger framesWhenShown = new AtomicInteger(-1);
        AtomicInteger frames = new AtomicInteger();
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(() -> {
            long now = System.currentTimeMillis();
            int frame = frames.incrementAndGet();
            if (first.getAndSet(false)) {
                report(FIRST_FRAME, now);
            }
            int armed = framesWhenShown.get();
            if (armed >= 0 && frame > armed) {
                report(CONTENT_SHOWN, now);
                framesWhenShown.set(Integer.MAX_VALUE);
                Platform.runLater(Platform::exit);
            }
        });
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (framesWhenShown.get() < 0 && shown.test(scene)) {
                framesWhenShown.set(frames.get());
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        ScheduledExecutorService giveUp = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "probe-give-up");
            thread.setDaemon(true);
            return thread;
        });
        giveUp.schedule(Platform::exit, 30, TimeUnit.SECONDS);
    }
}
