package io.crosscheck.cli;

import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.json.StatementFile;
import io.crosscheck.testing.CrosscheckTestDriver;
import io.crosscheck.topology.DetectionEngine;
import io.crosscheck.topology.InvalidStatementException;
import io.crosscheck.topology.StatementValidator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The offline run shared by {@code check} and {@code calibrate}: a JSON Lines file of statements read and validated
 * whole (so bad input is refused before anything is processed), then piped in publishedAt order through the
 * production topology in TopologyTestDriver.
 */
final class OfflineRun {

    /** The file's statements ready to pipe, or the first problem found in it ({@code error} non-null). */
    record Input(List<Statement> statements, Instant now, String error) {
    }

    private OfflineRun() {
    }

    static Input read(Path input, DetectionSettings settings, boolean ignoreEventIds) throws IOException {
        if (!Files.isReadable(input)) {
            return failed(input + ": cannot read the input file");
        }
        StatementFile.Contents contents = StatementFile.read(input, settings.maxTextChars());
        if (!contents.badLines().isEmpty()) {
            return failed(contents.badLines().get(0).describe(input));
        }
        List<Statement> statements = new ArrayList<>();
        StatementValidator validator = new StatementValidator(settings);
        // Offline, "the future" is relative to the file's own latest statement as well as to today:
        // an archive or a scenario written ahead of time is not clock skew.
        Instant now = contents.statements().stream().map(line -> line.statement().getPublishedAt())
                .reduce(Instant.now(), (a, b) -> a.isAfter(b) ? a : b);
        for (StatementFile.Line line : contents.statements()) {
            try {
                validator.validate(line.statement(), now);
            } catch (InvalidStatementException e) {
                return failed(new StatementFile.BadLine(line.number(), e.getMessage()).describe(input));
            }
            Statement statement = line.statement();
            if (ignoreEventIds) {
                statement = Statement.newBuilder(statement).setEventId(null).build();
            }
            statements.add(statement);
        }
        // Stable sort: statements published at the same instant keep their file order.
        statements.sort(Comparator.comparing(Statement::getPublishedAt));
        return new Input(statements, now, null);
    }

    private static Input failed(String error) {
        return new Input(List.of(), Instant.EPOCH, error);
    }

    static List<ContradictionAlert> alerts(DetectionEngine engine, DetectionSettings settings, Input input) {
        try (CrosscheckTestDriver driver = CrosscheckTestDriver.builder(engine).settings(settings).wallClock(input.now()).build()) {
            driver.pipeAll(input.statements());
            return driver.readAlerts();
        }
    }
}
