package io.crosscheck.cli;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.CrosscheckConfig;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.detect.ConfidenceCalibration;
import io.crosscheck.detect.Detector;
import io.crosscheck.evaluate.CalibrationFit;
import io.crosscheck.evaluate.ExpectedFile;
import io.crosscheck.evaluate.LabelledPair;
import io.crosscheck.topology.DetectionEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Measures how often alerts of each kind and confidence band are right on labelled readouts, with the rules' own
 * confidences (no calibration, no minimum), and prints the bands likely to be right less often than not as rows for
 * {@code detect/calibration.tsv}. Measure on readouts the rules were never tuned on: on tuned ones every band looks
 * right. Bands the current table (built-in, or {@code CROSSCHECK_CALIBRATION_FILE}) already calibrates are left out
 * of the count, so earlier measurements stand.
 * Rows go to stdout; the full band table goes to stderr.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Measure per-kind confidence bands on labelled sets; print calibration rows for the bands likely right less often than not.")
final class CalibrateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--set", required = true, paramLabel = "DIR",
            description = "a labelled set: a directory holding statements.jsonl and expected.json (repeatable)")
    private List<Path> sets;

    @Option(names = "--ignore-event-ids", description = "drop the statements' eventIds so Crosscheck groups them itself")
    private boolean ignoreEventIds;

    @Option(names = "--band-width", paramLabel = "W", defaultValue = "0.1", description = "width of a confidence band (default ${DEFAULT-VALUE})")
    private double bandWidth;

    @Option(names = "--min-evidence", paramLabel = "P", defaultValue = "" + CalibrationFit.DEFAULT_MIN_EVIDENCE,
            description = "how likely (uniform prior) a band must be to be right less often than not before it is proposed (default ${DEFAULT-VALUE})")
    private double minEvidence;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        DetectionSettings configured = CrosscheckConfig.fromEnv(System.getenv()).detectionSettings();
        // Every finding, at the rules' own confidence: the bands are what the calibration table is applied to.
        DetectionSettings settings = configured.withMinConfidence(0.0);
        DetectionEngine engine = DetectionEngine.standard(settings, ConfidenceCalibration.none());
        ConfidenceCalibration current = ConfidenceCalibration.forSettings(configured);
        List<CalibrationFit.Outcome> outcomes = new ArrayList<>();
        int alreadyCalibrated = 0;
        int sameGovernment = 0;
        for (Path set : sets) {
            Set<LabelledPair> expected;
            try {
                expected = ExpectedFile.read(set.resolve("expected.json"));
            } catch (IOException | IllegalArgumentException e) {
                err.println(set.resolve("expected.json") + ": " + Main.oneLine(e));
                return ExitCodes.BAD_INPUT;
            }
            OfflineRun.Input input = OfflineRun.read(set.resolve("statements.jsonl"), settings, ignoreEventIds);
            if (input.error() != null) {
                err.println(input.error());
                return ExitCodes.BAD_INPUT;
            }
            Map<String, Statement> byId = new HashMap<>();
            input.statements().forEach(s -> byId.put(s.getStatementId(), s));
            Map<LabelledPair, Double> best = new LinkedHashMap<>();
            for (ContradictionAlert alert : OfflineRun.alerts(engine, settings, input)) {
                String a = alert.getStatementIds().get(0);
                String b = alert.getStatementIds().get(1);
                if (Detector.sameGovernment(byId.get(a), byId.get(b))) {
                    // Their confidence carries a fixed penalty on top of the rule's: not the rule's band.
                    sameGovernment++;
                    continue;
                }
                if (current.covers(alert.getKind(), alert.getConfidence())) {
                    alreadyCalibrated++;
                    continue;
                }
                best.merge(LabelledPair.of(alert.getKind(), a, b), alert.getConfidence(), Math::max);
            }
            best.forEach((pair, confidence) -> outcomes.add(new CalibrationFit.Outcome(pair.kind(), confidence, expected.contains(pair))));
        }
        CalibrationFit fit = new CalibrationFit(bandWidth, minEvidence);
        err.printf(Locale.ROOT, "%-12s %-11s %5s %5s %6s %9s%n", "kind", "band", "right", "wrong", "rate", "P(<even)");
        for (CalibrationFit.Band band : fit.bands(outcomes)) {
            err.printf(Locale.ROOT, "%-12s [%.2f,%.2f) %5d %5d %6.2f %9.2f%n", band.kind(), band.from(), band.to(), band.right(), band.wrong(),
                    band.smoothedRate(), band.evidenceBelowEven());
        }
        err.printf(Locale.ROOT, "%d (pair, kind) scored; %d alerts left out as already calibrated, %d as same-government pairs%n",
                outcomes.size(), alreadyCalibrated, sameGovernment);
        for (CalibrationFit.Band band : fit.demoted(outcomes, configured.minConfidence())) {
            out.println(band.tableRow(describe(band.kind())));
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private static String describe(AlertKind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + " findings in this band of the rule's own confidence";
    }
}
