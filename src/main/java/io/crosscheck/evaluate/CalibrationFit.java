package io.crosscheck.evaluate;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.detect.ConfidenceCalibration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Histogram binning of alerts scored against expected pairs: per kind and fixed-width band of the rules' own
 * confidence, how many alerts were right and how many wrong, and the add-one-smoothed rate. A band is proposed for
 * the calibration table when its counts are good evidence that it is right less often than not (the probability of
 * that, under a uniform prior on the band's rate, reaches {@code minEvidence}), so that the default minimum
 * confidence keeps meaning "at least even odds" without one unlucky alert silencing a rule: 1 right of 3 is not
 * evidence, 2 right of 9 is. Bands at least even are reported and left alone: raising a rule's confidence on a few
 * lucky alerts would only hide its next mistake.
 */
public final class CalibrationFit {

    /** One scored (pair, kind): the highest confidence any alert for it carried, and whether it was expected. */
    public record Outcome(AlertKind kind, double confidence, boolean right) {
    }

    /** Alerts of {@code kind} with confidence in [{@code from}, {@code to}); the top band includes 1.0. */
    public record Band(AlertKind kind, double from, double to, int right, int wrong) {
        public int count() {
            return right + wrong;
        }

        /** The rate the calibration table gives the band when it reads these counts. */
        public double smoothedRate() {
            return ConfidenceCalibration.smoothedRate(right, wrong);
        }

        /** How likely it is, given the counts and a uniform prior, that the band is right less often than not. */
        public double evidenceBelowEven() {
            return CalibrationFit.evidenceBelowEven(right, wrong);
        }

        /** A row of {@code detect/calibration.tsv}: kind, from, to, right, wrong, what the band is. */
        public String tableRow(String description) {
            return String.format(Locale.ROOT, "%s\t%.2f\t%.2f\t%d\t%d\t%s", kind, from, to, right, wrong, description);
        }
    }

    /** The evidence a band needs before it is demoted; the default table's rows all meet it. */
    public static final double DEFAULT_MIN_EVIDENCE = 0.8;

    private final double width;
    private final double minEvidence;

    /**
     * @param width       band width (0.1: ten bands from 0 to 1)
     * @param minEvidence how likely a band must be to be right less often than not before it is proposed
     */
    public CalibrationFit(double width, double minEvidence) {
        if (!(width > 0 && width <= 1)) {
            throw new IllegalArgumentException("band width must be in (0, 1]: " + width);
        }
        if (!(minEvidence > 0.5 && minEvidence < 1)) {
            throw new IllegalArgumentException("minimum evidence must be in (0.5, 1): " + minEvidence);
        }
        this.width = width;
        this.minEvidence = minEvidence;
    }

    /**
     * P(rate < 1/2) for a rate with a Beta(right + 1, wrong + 1) posterior (uniform prior). For whole counts this is
     * the chance of at least right + 1 heads in right + wrong + 1 fair coin tosses, summed in logs so that large counts
     * do not underflow.
     */
    public static double evidenceBelowEven(int right, int wrong) {
        if (right < 0 || wrong < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + right + ", " + wrong);
        }
        final int n = right + wrong + 1;
        double logChoose = 0.0; // log C(n, 0)
        double sum = 0.0;
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                logChoose += Math.log(n - k + 1) - Math.log(k);
            }
            if (k >= right + 1) {
                sum += Math.exp(logChoose - n * Math.log(2));
            }
        }
        return Math.min(1.0, sum);
    }

    /** Every band that holds at least one outcome, by kind then lower bound. */
    public List<Band> bands(Collection<Outcome> outcomes) {
        final Map<AlertKind, TreeMap<Integer, int[]>> counts = new TreeMap<>();
        for (Outcome o : outcomes) {
            // The top band is closed: a confidence of exactly 1.0 belongs with the band below it.
            final int index = Math.min((int) Math.floor(o.confidence() / width + 1e-9), lastIndex());
            final int[] rightWrong = counts.computeIfAbsent(o.kind(), k -> new TreeMap<>()).computeIfAbsent(index, i -> new int[2]);
            rightWrong[o.right() ? 0 : 1]++;
        }
        final List<Band> out = new ArrayList<>();
        counts.forEach((kind, byIndex) -> byIndex.forEach((index, rw) ->
                out.add(new Band(kind, round(index * width), round(Math.min(1.0, (index + 1) * width)), rw[0], rw[1]))));
        return out;
    }

    /**
     * The bands to demote: reaching above {@code minConfidence} (below it the alerts are not emitted anyway), and
     * likely enough to be right less often than not.
     */
    public List<Band> demoted(Collection<Outcome> outcomes, double minConfidence) {
        return bands(outcomes).stream()
                .filter(b -> b.to() > minConfidence && b.evidenceBelowEven() >= minEvidence)
                .toList();
    }

    private int lastIndex() {
        return (int) Math.ceil(1.0 / width - 1e-9) - 1;
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
