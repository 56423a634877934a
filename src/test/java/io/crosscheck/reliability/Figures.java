package io.crosscheck.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Records the figures a reliability test measured (faults injected, records sent, lost, duplicated) on
 * stdout and in {@code target/reliability-figures.txt}, the source of the numbers in RELIABILITY.md.
 */
final class Figures {

    private static final Path FILE = Path.of("target", "reliability-figures.txt");

    private Figures() {
    }

    static void record(String test, String figures) {
        String line = test + ": " + figures;
        System.out.println("RELIABILITY " + line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
