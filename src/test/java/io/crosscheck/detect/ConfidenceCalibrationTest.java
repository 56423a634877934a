package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConfidenceCalibrationTest {

    private final ConfidenceCalibration calibration = new ConfidenceCalibration(List.of(
            new ConfidenceCalibration.Band(AlertKind.OMISSION, 0.50, 0.59, 0.47)));

    @Test
    void shouldReplaceAConfidenceInsideABandOfItsKind() {
        assertThat(calibration.apply(AlertKind.OMISSION, 0.50)).isEqualTo(0.47);
        assertThat(calibration.apply(AlertKind.OMISSION, 0.5899)).isEqualTo(0.47);
    }

    @Test
    void shouldLeaveOtherKindsAndConfidencesOutsideTheBandAlone() {
        assertThat(calibration.apply(AlertKind.OMISSION, 0.59)).isEqualTo(0.59);
        assertThat(calibration.apply(AlertKind.OMISSION, 0.45)).isEqualTo(0.45);
        assertThat(calibration.apply(AlertKind.STATUS, 0.55)).isEqualTo(0.55);
        assertThat(ConfidenceCalibration.none().apply(AlertKind.OMISSION, 0.55)).isEqualTo(0.55);
    }

    @Test
    void shouldSmoothAMeasuredRateTowardEvenOdds() {
        assertThat(ConfidenceCalibration.smoothedRate(1, 6)).isCloseTo(2.0 / 9, within(1e-9));
        assertThat(ConfidenceCalibration.smoothedRate(0, 0)).isEqualTo(0.5);
        assertThat(ConfidenceCalibration.smoothedRate(0, 4)).isGreaterThan(0.0);
    }

    @Test
    void shouldListOnlyBandsMeasuredBelowEvenOddsInTheDefaultTable() {
        // The table's policy: a band is listed because its alerts were wrong more often than right, so its
        // calibrated confidence falls under the default minimum (0.5) while the raw one did not.
        final ConfidenceCalibration table = ConfidenceCalibration.loadDefault();
        assertThat(table.apply(AlertKind.STATUS, 0.60)).isLessThan(0.5);
        assertThat(table.apply(AlertKind.OMISSION, 0.55)).isEqualTo(0.55);
        assertThat(table.apply(AlertKind.ATTRIBUTION, 0.70)).isEqualTo(0.70);
        // Session 12's bands, measured on readouts the rules had never read.
        assertThat(table.apply(AlertKind.SCOPE, 0.70)).isLessThan(0.5);
        assertThat(table.apply(AlertKind.OMISSION, 0.85)).isLessThan(0.5);
        assertThat(table.apply(AlertKind.SCOPE, 0.80)).isEqualTo(0.80);
        assertThat(table.apply(AlertKind.OMISSION, 0.94)).isEqualTo(0.94);
        // 3 right of 7 was not evidence enough of a rate under one half.
        assertThat(table.apply(AlertKind.POLARITY, 0.65)).isEqualTo(0.65);
    }

    @Test
    void shouldListOnlyBandsWhoseCountsAreEvidenceOfARateUnderOneHalf() {
        assertThat(io.crosscheck.claims.LexiconFiles.read("/detect/calibration.tsv")).isNotEmpty().allSatisfy(row ->
                assertThat(io.crosscheck.evaluate.CalibrationFit.evidenceBelowEven(Integer.parseInt(row[3]), Integer.parseInt(row[4])))
                        .as(String.join(" ", row)).isGreaterThanOrEqualTo(io.crosscheck.evaluate.CalibrationFit.DEFAULT_MIN_EVIDENCE));
    }

    @Test
    void shouldReadATableFromAFileNamedInTheSettings(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        final java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("ours.tsv"),
                "# measured on our own labelled readouts\nSCOPE\t0.70\t0.80\t0\t8\tcoverage\n");
        final ConfidenceCalibration ours = ConfidenceCalibration.forSettings(
                io.crosscheck.config.DetectionSettings.defaults().withCalibrationTable(file));

        assertThat(ours.apply(AlertKind.SCOPE, 0.70)).isCloseTo(0.1, within(1e-9));
        // Only its own bands: the built-in ones do not apply.
        assertThat(ours.apply(AlertKind.STATUS, 0.60)).isEqualTo(0.60);
        assertThat(ConfidenceCalibration.forSettings(io.crosscheck.config.DetectionSettings.defaults()).apply(AlertKind.STATUS, 0.60))
                .isLessThan(0.5);
    }

    @Test
    void shouldRefuseAMalformedRowNamingTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        final java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("bad.tsv"), "SCOPE\t0.80\t0.70\t0\t8\tfrom after to\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfidenceCalibration.load(file))
                .hasMessageContaining("bad.tsv").hasMessageContaining("from after to");
        final java.nio.file.Path unknown = java.nio.file.Files.writeString(dir.resolve("kind.tsv"), "SCOOP\t0.7\t0.8\t0\t8\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfidenceCalibration.load(unknown))
                .hasMessageContaining("kind.tsv").hasMessageContaining("SCOOP");
    }

    @Test
    void shouldIncludeCertaintyInABandThatReachesOne() {
        final ConfidenceCalibration top = new ConfidenceCalibration(List.of(
                new ConfidenceCalibration.Band(AlertKind.OMISSION, 0.90, 1.00, 0.3)));
        assertThat(top.apply(AlertKind.OMISSION, 1.0)).isEqualTo(0.3);
        assertThat(top.covers(AlertKind.OMISSION, 0.95)).isTrue();
        assertThat(top.covers(AlertKind.OMISSION, 0.85)).isFalse();
        assertThat(top.covers(AlertKind.SCOPE, 0.95)).isFalse();
    }
}
