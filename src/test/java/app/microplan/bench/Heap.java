package app.microplan.bench;

/** Heap in use after a full collection: what the objects still referenced take, not garbage waiting to go. */
final class Heap {
    private Heap() {
    }

    static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static String mb(long bytes) {
        return String.format("%,.0f MB", bytes / 1_048_576.0);
    }
}
