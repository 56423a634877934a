package io.crosscheck.cli;

import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.config.CrosscheckConfig;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.evaluate.ExpectedFile;
import io.crosscheck.evaluate.LabelledPair;
import io.crosscheck.evaluate.Scorecard;
import io.crosscheck.json.AlertJson;
import io.crosscheck.topology.DetectionEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        DetectionSettings settings = CrosscheckConfig.fromEnv(System.getenv()).detectionSettings();
        if (minConfidence != null) {
            settings = settings.withMinConfidence(minConfidence);
        }
        OfflineRun.Input statements = OfflineRun.read(input, settings, ignoreEventIds);
        if (statements.error() != null) {
            err.println(statements.error());
            return ExitCodes.BAD_INPUT;
        }
        Set<LabelledPair> expectedPairs = null;
        if (expected != null) {
            try {
                expectedPairs = ExpectedFile.read(expected);
            } catch (IOException | IllegalArgumentException e) {
                err.println(expected + ": " + Main.oneLine(e));
                return ExitCodes.BAD_INPUT;
            }
        }

        List<ContradictionAlert> alerts = OfflineRun.alerts(DetectionEngine.standard(settings), settings, statements);
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
