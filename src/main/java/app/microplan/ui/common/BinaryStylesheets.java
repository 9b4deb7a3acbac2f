package app.microplan.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * The build's step that writes each of the app's stylesheets also in JavaFX's binary form, {@code name.bss} beside
 * {@code name.css}. Asked for {@code name.css}, JavaFX loads the binary form when there is one (its parser, and its
 * classes, never run at the app's start: 25-30 ms of the window's thread; decision 0026) and the text otherwise. Run
 * by Maven after the resources are copied ({@code pom.xml}, exec-maven-plugin), so every build's binary forms are
 * made from its own stylesheets.
 */
public final class BinaryStylesheets {
    private BinaryStylesheets() {
    }

    /** {@code BinaryStylesheets FOLDER}: every {@code .css} under the folder, in binary form beside it. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BinaryStylesheets FOLDER (the build's classes folder)");
        }
        for (Path css : stylesheetsUnder(Path.of(args[0]))) {
            write(css);
        }
    }

    /** Every {@code .css} file under {@code folder}, in a fixed order. */
    static List<Path> stylesheetsUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".css")).sorted().toList();
        }
    }

    /** Writes {@code css}'s binary form beside it and returns where. */
    static Path write(Path css) {
        String name = css.getFileName().toString();
        Path binary = css.resolveSibling(name.substring(0, name.length() - ".css".length()).concat(".bss"));
        try {
            Stylesheet.convertToBinary(css.toFile(), binary.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + binary, e);
        }
        return binary;
    }
}
