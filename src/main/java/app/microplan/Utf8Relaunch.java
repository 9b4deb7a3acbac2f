package app.microplan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes file names beyond ASCII work when Microplan is started under {@code LANG=C} on Linux. Java takes the
 * character set of file names from the locale when it starts and never changes it: under {@code LANG=C} it is
 * ASCII, so {@code --journal ~/Jürgen/journal} arrives as {@code J??rgen} and no such path can even be made.
 * <p>
 * When an argument holds such characters, Microplan starts itself again, once, with {@code LC_ALL=C.UTF-8} (a
 * locale every current Linux has). The arguments travel as hexadecimal text in an environment variable, the only
 * form that survives the ASCII start; the new Java reads them back exactly, from the bytes on the command line.
 * Where that cannot be done (no {@code /proc}, or the Java command itself holds such characters) nothing happens,
 * and a path that cannot be used is reported in one line.
 */
final class Utf8Relaunch {
    static final String ARGUMENTS = "MICROPLAN_ARGS_HEX";
    private static final String SEPARATOR = ",";

    private Utf8Relaunch() {
    }

    /** The arguments as given: from the relaunching program when this is the relaunched one, else {@code args}. */
    static String[] arguments(String[] args) {
        String hex = System.getenv(ARGUMENTS);
        if (hex == null) {
            return args;
        }
        List<String> decoded = new ArrayList<>();
        for (String one : hex.split(SEPARATOR, -1)) {
            decoded.add(new String(HexFormat.of().parseHex(one), StandardCharsets.UTF_8));
        }
        return decoded.toArray(String[]::new);
    }

    /** Runs Microplan again under a UTF-8 locale if it must; its exit code, or empty to go on in this program. */
    static Optional<Integer> ifNeeded(int argumentCount) {
        if (System.getenv(ARGUMENTS) != null || isUtf8(System.getProperty("sun.jnu.encoding"))
                || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        List<byte[]> commandLine = ProcCommandLine.read();
        int firstArgument = commandLine.size() - argumentCount;
        if (argumentCount == 0 || firstArgument < 1 || !anyBeyondAscii(commandLine.subList(firstArgument,
                commandLine.size())) || anyBeyondAscii(commandLine.subList(0, firstArgument))) {
            return Optional.empty();
        }
        List<String> java = commandLine.subList(0, firstArgument).stream()
                .map(part -> new String(part, StandardCharsets.US_ASCII)).toList();
        ProcessBuilder again = new ProcessBuilder(java).inheritIO();
        again.environment().put("LC_ALL", "C.UTF-8");
        again.environment().put(ARGUMENTS, hex(commandLine.subList(firstArgument, commandLine.size())));
        try {
            return Optional.of(again.start().waitFor());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(1);
        }
    }

    private static boolean isUtf8(String charset) {
        return charset != null && charset.replace("-", "").equalsIgnoreCase("utf8");
    }

    private static boolean anyBeyondAscii(List<byte[]> parts) {
        for (byte[] part : parts) {
            for (byte b : part) {
                if (b < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each argument as hex, separated by commas. */
    private static String hex(List<byte[]> arguments) {
        List<String> encoded = arguments.stream().map(HexFormat.of()::formatHex).toList();
        return String.join(SEPARATOR, encoded);
    }
}
