package io.crosscheck.cli;

import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.CrosscheckConfig;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.evaluate.ExpectedFile;
import io.crosscheck.evaluate.LabelledPair;
import io.crosscheck.evaluate.Scorecard;
import io.crosscheck.json.AlertJson;
import io.crosscheck.json.StatementFile;
import io.crosscheck.testing.CrosscheckTestDriver;
import io.crosscheck.topology.DetectionEngine;
import io.crosscheck.topology.InvalidStatementException;
import io.crosscheck.topology.StatementValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Offline: runs the production topology in TopologyTestDriver over a JSON Lines file of statements
 * (in publishedAt order) and writes the alerts as JSON Lines to stdout, and nothing else to stdout.
 * The whole file is read and validated first, so bad input exits 2 before anything is processed.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run the topology offline over a JSON Lines file; print alerts as JSON Lines.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "statements, one JSON object per line")
    private Path input;

    @Option(names = "--expected", paramLabel = "FILE", description = "expected alerts (JSON array); prints a score table to stderr")
    private Path expected;

    @Option(names = "--min-confidence", paramLabel = "X", description = "override CROSSCHECK_MIN_CONFIDENCE")
    private Double minConfidence;

    @Option(names = "--ignore-event-ids", description = "drop the statements' eventIds so Crosscheck groups them itself")
    private boolean ignoreEventIds;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isReadable(input)) {
            err.println(input + ": cannot read the input file");
            return ExitCodes.BAD_INPUT;
        }
        DetectionSettings settings = CrosscheckConfig.fromEnv(System.getenv()).detectionSettings();
        if (minConfidence != null) {
            settings = settings.withMinConfidence(minConfidence);
        }
        StatementFile.Contents contents = StatementFile.read(input, settings.maxTextChars());
        if (!contents.badLines().isEmpty()) {
            err.println(contents.badLines().get(0).describe(input));
            return ExitCodes.BAD_INPUT;
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
                err.println(new StatementFile.BadLine(line.number(), e.getMessage()).describe(input));
                return ExitCodes.BAD_INPUT;
            }
            Statement statement = line.statement();
            if (ignoreEventIds) {
                statement = Statement.newBuilder(statement).setEventId(null).build();
            }
            statements.add(statement);
        }
        // Stable sort: statements published at the same instant keep their file order.
        statements.sort(Comparator.comparing(Statement::getPublishedAt));
        Set<LabelledPair> expectedPairs = null;
        if (expected != null) {
            try {
                expectedPairs = ExpectedFile.read(expected);
            } catch (IOException | IllegalArgumentException e) {
                err.println(expected + ": " + Main.oneLine(e));
                return ExitCodes.BAD_INPUT;
            }
        }

        List<ContradictionAlert> alerts;
        try (CrosscheckTestDriver driver = CrosscheckTestDriver.builder(DetectionEngine.standard(settings)).settings(settings).wallClock(now).build()) {
            driver.pipeAll(statements);
            alerts = driver.readAlerts();
        }
        PrintWriter out = spec.commandLine().getOut();
        alerts.forEach(alert -> out.println(AlertJson.toJson(alert)));
        out.flush();

        if (expectedPairs != null) {
            Scorecard scorecard = new Scorecard(expectedPairs, Scorecard.predictedFrom(alerts));
            err.print(scorecard.table());
            err.flush();
        }
        return ExitCodes.OK;
    }
}
