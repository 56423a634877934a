package io.crosscheck.evaluate;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.ContradictionAlert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Precision, recall and F1 of alerts against expected pairs, per kind and overall (CONTRACTS §5):
 * precision = matched distinct (pair, kind) / predicted distinct (pair, kind); recall = matched / expected.
 */
public final class Scorecard {

    /** One row of the table. An empty denominator scores 1.0 (nothing to find, nothing wrongly found). */
    public record Row(String label, int expected, int predicted, int matched) {
        public double precision() {
            return predicted == 0 ? 1.0 : (double) matched / predicted;
        }

        public double recall() {
            return expected == 0 ? 1.0 : (double) matched / expected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    private final Set<LabelledPair> expected;
    private final Set<LabelledPair> predicted;

    public Scorecard(Set<LabelledPair> expected, Set<LabelledPair> predicted) {
        this.expected = Set.copyOf(expected);
        this.predicted = Set.copyOf(predicted);
    }

    public static Set<LabelledPair> predictedFrom(Collection<ContradictionAlert> alerts) {
        Set<LabelledPair> pairs = new LinkedHashSet<>();
        for (ContradictionAlert alert : alerts) {
            pairs.add(LabelledPair.of(alert.getKind(), alert.getStatementIds().get(0), alert.getStatementIds().get(1)));
        }
        return pairs;
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (AlertKind kind : AlertKind.values()) {
            rows.add(row(kind.name(), kind));
        }
        rows.add(row("overall", null));
        return rows;
    }

    public Row overall() {
        return row("overall", null);
    }

    public Row forKind(AlertKind kind) {
        return row(kind.name(), kind);
    }

    /** Pairs predicted but not expected: where to look first when precision drops. */
    public Set<LabelledPair> falsePositives() {
        Set<LabelledPair> wrong = new LinkedHashSet<>(predicted);
        wrong.removeAll(expected);
        return wrong;
    }

    public Set<LabelledPair> misses() {
        Set<LabelledPair> missed = new LinkedHashSet<>(expected);
        missed.removeAll(predicted);
        return missed;
    }

    private Row row(String label, AlertKind kind) {
        int e = (int) expected.stream().filter(p -> kind == null || p.kind() == kind).count();
        int p = (int) predicted.stream().filter(x -> kind == null || x.kind() == kind).count();
        int m = (int) predicted.stream().filter(x -> kind == null || x.kind() == kind).filter(expected::contains).count();
        return new Row(label, e, p, m);
    }

    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-12s %8s %9s %7s %9s %6s %6s%n",
                "kind", "expected", "predicted", "matched", "precision", "recall", "F1"));
        for (Row row : rows()) {
            out.append(String.format(Locale.ROOT, "%-12s %8d %9d %7d %9.2f %6.2f %6.2f%n", row.label(), row.expected(),
                    row.predicted(), row.matched(), row.precision(), row.recall(), row.f1()));
        }
        return out.toString();
    }
}
