package io.crosscheck.json;

import io.crosscheck.avro.Statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON Lines file of statements, read whole before anything is published or processed, so a
 * bad line stops the run before any statement of the file takes effect. Blank lines are skipped.
 */
public final class StatementFile {

    /** One accepted line. */
    public record Line(int number, Statement statement) {
    }

    /** One rejected line with its one-line reason. */
    public record BadLine(int number, String reason) {
        public String describe(Path file) {
            return file + " line " + number + ": " + reason;
        }
    }

    /** All lines of a file, sorted into good and bad. */
    public record Contents(List<Line> statements, List<BadLine> badLines) {
    }

    private StatementFile() {
    }

    public static Contents read(Path file, int maxTextChars) throws IOException {
        List<Line> good = new ArrayList<>();
        List<BadLine> bad = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Statement statement = StatementJson.parse(line);
                    if (statement.getText().length() > maxTextChars) {
                        throw new StatementFormatException("text is " + statement.getText().length()
                                + " characters, over the limit of " + maxTextChars);
                    }
                    good.add(new Line(number, statement));
                } catch (StatementFormatException e) {
                    bad.add(new BadLine(number, e.getMessage()));
                }
            }
        }
        return new Contents(good, bad);
    }
}
