package io.crosscheck.evaluate;

import io.crosscheck.avro.AlertKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CalibrationFitTest {

    private final CalibrationFit fit = new CalibrationFit(0.1, 0.8);

    private static List<CalibrationFit.Outcome> outcomes(AlertKind kind, double confidence, int right, int wrong) {
        final List<CalibrationFit.Outcome> out = new ArrayList<>();
        for (int i = 0; i < right + wrong; i++) {
            out.add(new CalibrationFit.Outcome(kind, confidence, i < right));
        }
        return out;
    }

    @Test
    void shouldCountRightAndWrongPerKindAndBand() {
        final List<CalibrationFit.Outcome> all = new ArrayList<>(outcomes(AlertKind.SCOPE, 0.70, 2, 7));
        all.addAll(outcomes(AlertKind.SCOPE, 0.79, 0, 1));
        all.addAll(outcomes(AlertKind.SCOPE, 0.80, 1, 0));
        all.addAll(outcomes(AlertKind.NUMERIC, 0.65, 6, 0));

        final List<CalibrationFit.Band> bands = fit.bands(all);

        assertThat(bands).containsExactly(
                new CalibrationFit.Band(AlertKind.SCOPE, 0.7, 0.8, 2, 8),
                new CalibrationFit.Band(AlertKind.SCOPE, 0.8, 0.9, 1, 0),
                new CalibrationFit.Band(AlertKind.NUMERIC, 0.6, 0.7, 6, 0));
        assertThat(bands.get(0).smoothedRate()).isCloseTo(3.0 / 12, within(1e-9));
    }

    @Test
    void shouldPutACertainFindingInTheTopBand() {
        final List<CalibrationFit.Band> bands = fit.bands(outcomes(AlertKind.OMISSION, 1.0, 1, 0));

        assertThat(bands).containsExactly(new CalibrationFit.Band(AlertKind.OMISSION, 0.9, 1.0, 1, 0));
    }

    @Test
    void shouldDemoteOnlyBandsWhoseCountsAreEvidenceOfARateUnderOneHalf() {
        final List<CalibrationFit.Outcome> all = new ArrayList<>(outcomes(AlertKind.OMISSION, 0.85, 1, 4)); // P(<even) 0.89
        all.addAll(outcomes(AlertKind.OMISSION, 0.75, 2, 4));   // 0.77: wrong more often, but not evidence enough
        all.addAll(outcomes(AlertKind.OMISSION, 0.55, 0, 1));   // 0.75: one alert says little
        all.addAll(outcomes(AlertKind.OMISSION, 0.65, 2, 1));   // right more often than not
        all.addAll(outcomes(AlertKind.STATUS, 0.45, 2, 8));     // under the minimum: never emitted anyway
        all.addAll(outcomes(AlertKind.POLARITY, 0.85, 1, 1));   // even odds: left alone

        assertThat(fit.demoted(all, 0.5)).containsExactly(new CalibrationFit.Band(AlertKind.OMISSION, 0.8, 0.9, 1, 4));
    }

    @Test
    void shouldMeasureEvidenceOfARateUnderOneHalfAsTheBetaPosteriorDoes() {
        // Beta(2, 3): P(p < 1/2) = 11/16.
        assertThat(CalibrationFit.evidenceBelowEven(1, 2)).isCloseTo(11.0 / 16, within(1e-12));
        assertThat(CalibrationFit.evidenceBelowEven(0, 0)).isCloseTo(0.5, within(1e-12));
        assertThat(CalibrationFit.evidenceBelowEven(3, 3)).isCloseTo(0.5, within(1e-12));
        assertThat(CalibrationFit.evidenceBelowEven(2, 7)).isCloseTo(0.9453125, within(1e-12));
        // Large counts neither underflow nor overshoot.
        assertThat(CalibrationFit.evidenceBelowEven(400, 600)).isGreaterThan(0.999).isLessThanOrEqualTo(1.0);
        assertThat(CalibrationFit.evidenceBelowEven(600, 400)).isLessThan(0.001).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void shouldWriteARowTheCalibrationTableReads() {
        assertThat(new CalibrationFit.Band(AlertKind.POLARITY, 0.8, 0.9, 1, 2).tableRow("a denial in status words"))
                .isEqualTo("POLARITY\t0.80\t0.90\t1\t2\ta denial in status words");
    }

    @Test
    void shouldRefuseABandWidthOrCountThatMeansNothing() {
        assertThatThrownBy(() -> new CalibrationFit(0, 0.8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalibrationFit(1.5, 0.8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalibrationFit(0.1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalibrationFit.evidenceBelowEven(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
