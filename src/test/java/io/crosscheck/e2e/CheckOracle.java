package io.crosscheck.e2e;

import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.json.StatementFile;
import io.crosscheck.testing.CrosscheckTestDriver;
import io.crosscheck.topology.DetectionEngine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code check} says a file of statements must produce: the production topology in
 * TopologyTestDriver over the statements in publishedAt order (as {@code CheckCommand} runs it),
 * and the comparable form of an alert used to hold {@code run}'s output against it.
 */
final class CheckOracle {

    static final Path DEVSET = Path.of("src", "test", "resources", "devset", "statements.jsonl");
    static final Path FOUNDING = Path.of("src", "test", "resources", "founding", "statements.jsonl");

    /** The fields {@code run} and {@code check} must agree on, evidence and ids in order. */
    record AlertView(String alertId, String kind, List<String> statementIds, List<String> evidence,
                     String explanation, Instant detectedAt) {
        static AlertView of(ContradictionAlert alert) {
            return new AlertView(alert.getAlertId(), alert.getKind().name(), List.copyOf(alert.getStatementIds()),
                    alert.getEvidence().stream().map(e -> e.getStatementId() + " | " + e.getIssuer() + " | " + e.getExcerpt()).toList(),
                    alert.getExplanation(), alert.getDetectedAt());
        }
    }

    private CheckOracle() {
    }

    /** The statements of a JSON Lines file, sorted by publishedAt (file order among equal instants). */
    static List<Statement> statements(Path file) throws IOException {
        StatementFile.Contents contents = StatementFile.read(file, Integer.MAX_VALUE);
        if (!contents.badLines().isEmpty()) {
            throw new IllegalArgumentException(contents.badLines().get(0).describe(file));
        }
        return contents.statements().stream().map(StatementFile.Line::statement)
                .sorted(Comparator.comparing(Statement::getPublishedAt)).toList();
    }

    /** The alerts {@code check} gives for these statements (default settings, as the ITs run with). */
    static List<ContradictionAlert> alerts(DetectionEngine engine, List<Statement> statements) {
        Instant now = statements.stream().map(Statement::getPublishedAt).reduce(Instant.now(), (a, b) -> a.isAfter(b) ? a : b);
        DetectionSettings settings = DetectionSettings.defaults();
        try (CrosscheckTestDriver driver = CrosscheckTestDriver.builder(engine).settings(settings)
                .wallClock(now).build()) {
            driver.pipeAll(statements);
            return driver.readAlerts();
        }
    }

    /** Alerts as comparable views, sorted by alertId so that arrival order does not matter. */
    static List<AlertView> views(List<ContradictionAlert> alerts) {
        return alerts.stream().map(AlertView::of).sorted(Comparator.comparing(AlertView::alertId)).toList();
    }

    static Set<String> ids(List<ContradictionAlert> alerts) {
        return alerts.stream().map(ContradictionAlert::getAlertId).collect(Collectors.toSet());
    }

    /** True once {@code read} holds every alert id of {@code expected}. */
    static boolean containsAll(List<ContradictionAlert> read, List<ContradictionAlert> expected) {
        return ids(read).containsAll(ids(expected));
    }
}
