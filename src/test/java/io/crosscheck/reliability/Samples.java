package io.crosscheck.reliability;

import io.crosscheck.avro.Statement;
import io.crosscheck.json.StatementFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bundled statement files as test input: the founding readouts, the devset, and larger sets made
 * by repeating the devset under suffixed statementIds and eventIds (each copy a separate set of
 * events with the same contradictions, so the alert count grows with the copies).
 */
final class Samples {

    private Samples() {
    }

    static List<Statement> founding() {
        return read("/founding/statements.jsonl");
    }

    static List<Statement> devset() {
        return read("/devset/statements.jsonl");
    }

    /** {@code copies} copies of the devset, ids and eventIds suffixed {@code -c<n>}, in publishedAt order. */
    static List<Statement> repeatedDevset(int copies) {
        List<Statement> base = devset();
        List<Statement> all = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            String suffix = "-c" + copy;
            for (Statement statement : base) {
                all.add(Statement.newBuilder(statement)
                        .setStatementId(statement.getStatementId() + suffix)
                        // Every devset statement has an eventId; suffixing it keeps the copies apart.
                        .setEventId(statement.getEventId() + suffix)
                        .build());
            }
        }
        all.sort(Comparator.comparing(Statement::getPublishedAt));
        return all;
    }

    private static List<Statement> read(String resource) {
        try {
            Path file = Path.of(Samples.class.getResource(resource).toURI());
            StatementFile.Contents contents = StatementFile.read(file, Integer.MAX_VALUE);
            if (!contents.badLines().isEmpty()) {
                throw new IllegalStateException(contents.badLines().get(0).describe(file));
            }
            return contents.statements().stream().map(StatementFile.Line::statement)
                    .sorted(Comparator.comparing(Statement::getPublishedAt)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
