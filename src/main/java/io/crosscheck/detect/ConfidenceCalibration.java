package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.claims.LexiconFiles;
import io.crosscheck.config.DetectionSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces a rule's confidence by the rate at which findings of that kind and confidence band were right on readouts
 * the rules were never tuned on (histogram-binning calibration). A rule's constants are set while reading the dev sets,
 * which flatters them; the measured rate is what a newsroom's minimum confidence should be compared with. Bands not
 * listed keep the rule's confidence. The default table is {@code /detect/calibration.tsv}, which records the counts
 * behind each band.
 */
public final class ConfidenceCalibration {

    /**
     * Findings of {@code kind} whose confidence lies in [{@code from}, {@code to}) get {@code calibrated}; a band
     * reaching 1.0 includes it.
     */
    record Band(AlertKind kind, double from, double to, double calibrated) {
        boolean covers(AlertKind k, double confidence) {
            return kind == k && confidence >= from && (confidence < to || to >= 1.0 && confidence <= 1.0);
        }
    }

    private static final String DEFAULT_TABLE = "/detect/calibration.tsv";

    private final List<Band> bands;

    ConfidenceCalibration(List<Band> bands) {
        this.bands = List.copyOf(bands);
    }

    /** Leaves every confidence as the rule gave it. */
    public static ConfidenceCalibration none() {
        return new ConfidenceCalibration(List.of());
    }

    public static ConfidenceCalibration loadDefault() {
        return parse(DEFAULT_TABLE);
    }

    /** The table the settings name ({@code CROSSCHECK_CALIBRATION_FILE}), else the built-in one. */
    public static ConfidenceCalibration forSettings(DetectionSettings settings) {
        return settings.calibrationTable() == null ? loadDefault() : load(settings.calibrationTable());
    }

    /** A table in a file: same format as the built-in one; a malformed row fails naming the file and the row. */
    public static ConfidenceCalibration load(Path file) {
        return parse(file.toString(), LexiconFiles.read(file));
    }

    static ConfidenceCalibration parse(String resource) {
        return parse(resource, LexiconFiles.read(resource));
    }

    private static ConfidenceCalibration parse(String source, List<String[]> rows) {
        final List<Band> bands = new ArrayList<>();
        for (String[] f : rows) {
            try {
                if (f.length < 5) {
                    throw new IllegalArgumentException("expected kind, from, to, right, wrong");
                }
                final double from = Double.parseDouble(f[1]);
                final double to = Double.parseDouble(f[2]);
                final int right = Integer.parseInt(f[3]);
                final int wrong = Integer.parseInt(f[4]);
                if (!(from >= 0 && from < to && to <= 1.0) || right < 0 || wrong < 0) {
                    throw new IllegalArgumentException("needs 0 <= from < to <= 1 and counts not negative");
                }
                bands.add(new Band(AlertKind.valueOf(f[0].trim()), from, to, smoothedRate(right, wrong)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + ": bad calibration row (" + e.getMessage() + "): " + String.join("\t", f), e);
            }
        }
        return new ConfidenceCalibration(bands);
    }

    /** Add-one smoothing: a band measured on a handful of alerts is pulled toward even odds, never to 0 or 1. */
    public static double smoothedRate(int right, int wrong) {
        return (right + 1.0) / (right + wrong + 2.0);
    }

    public double apply(AlertKind kind, double confidence) {
        for (Band band : bands) {
            if (band.covers(kind, confidence)) {
                return band.calibrated();
            }
        }
        return confidence;
    }

    /** Whether a band of this table already replaces such a confidence (its rate was measured before). */
    public boolean covers(AlertKind kind, double confidence) {
        return bands.stream().anyMatch(band -> band.covers(kind, confidence));
    }

    public Finding apply(Finding finding) {
        final double calibrated = apply(finding.kind(), finding.confidence());
        return calibrated == finding.confidence() ? finding : finding.withConfidence(calibrated);
    }
}
