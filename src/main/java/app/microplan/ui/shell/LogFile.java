package app.microplan.ui.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The app's log, in the open journal's {@code logs/} folder: {@code microplan-0.log}, moved on to
 * {@code microplan-1.log} … {@code microplan-4.log} as it reaches 1 MB, so it never grows past 5 MB. Every record of
 * the app's own loggers at INFO and above goes there — unexpected errors with their stack trace, background work
 * that failed — through java.util.logging's {@link FileHandler} (no logging library). A second Microplan running on
 * the same journal gets a file of its own ({@code microplan-0.log.1}), which is why the file written is looked up
 * rather than assumed. When another journal is opened, the log moves with it.
 */
final class LogFile {
    static final int LIMIT_BYTES = 1_000_000;
    static final int FILES = 5;
    private static final String PATTERN = "microplan-%g.log";
    private static final String FIRST = "microplan-0.log";
    private static final int TAIL_BYTES = 8192;
    /* Held here: the log manager keeps loggers only weakly, and a collected logger loses its handler. */
    private static final Logger APP = Logger.getLogger("app.microplan");
    private static FileHandler handler;
    private static Path current;

    private LogFile() {
    }

    /**
     * Starts writing the log into {@code journalFolder/logs} (the same folder again changes nothing). Returns the file
     * written, or empty when there can be none there (a read-only folder): the log then goes to the console only.
     */
    static synchronized Optional<Path> writeInto(Path journalFolder) {
        Path logs = journalFolder.toAbsolutePath().normalize().resolve("logs");
        if (current != null && current.getParent().equals(logs)) {
            return Optional.of(current);
        }
        stop();
        try {
            Files.createDirectories(logs);
            FileHandler opened = new FileHandler(logs.resolve(PATTERN).toString(), LIMIT_BYTES, FILES, true);
            opened.setEncoding(StandardCharsets.UTF_8.name());
            opened.setFormatter(new Lines());
            opened.setLevel(Level.INFO);
            APP.addHandler(opened);
            handler = opened;
            current = ownFile(logs, opened);
            return Optional.of(current);
        } catch (IOException | SecurityException e) {
            APP.log(Level.WARNING, "No log file can be written in " + logs, e);
            return Optional.empty();
        }
    }

    /** The file being written, if any. */
    static synchronized Optional<Path> current() {
        return Optional.ofNullable(current);
    }

    /** Closes the file (its lock is released); the log goes to the console only until {@link #writeInto}. */
    static synchronized void stop() {
        if (handler != null) {
            APP.removeHandler(handler);
            handler.close();
        }
        handler = null;
        current = null;
    }

    /**
     * Which file the handler writes: a line naming this process goes in first, then the current files
     * ({@code microplan-0.log}, {@code microplan-0.log.1}, …) are searched for it.
     */
    private static Path ownFile(Path logs, FileHandler opened) throws IOException {
        String token = "Log opened by process " + ProcessHandle.current().pid() + " at " + Instant.now();
        LogRecord opening = new LogRecord(Level.INFO, token);
        opening.setLoggerName(APP.getName());
        opened.publish(opening);
        opened.flush();
        List<Path> candidates;
        try (Stream<Path> files = Files.list(logs)) {
            candidates = files.filter(f -> f.getFileName().toString().startsWith(FIRST)
                    && !f.getFileName().toString().endsWith(".lck")).sorted().toList();
        }
        for (Path candidate : candidates) {
            if (endsWith(candidate, token)) {
                return candidate;
            }
        }
        return logs.resolve(FIRST);
    }

    private static boolean endsWith(Path file, String token) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int length = (int) Math.min(size, TAIL_BYTES);
            ByteBuffer tail = ByteBuffer.allocate(length);
            channel.read(tail, size - length);
            return new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8).contains(token);
        }
    }

    /** One line a record (time, level, where, message), then the stack trace of its error, if any. */
    private static final class Lines extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder().append(record.getInstant()).append(' ')
                    .append(record.getLevel().getName()).append(' ').append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
