package io.crosscheck.evaluate;

import io.crosscheck.avro.AlertKind;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the score compares (CONTRACTS §5): a kind and an unordered pair of statement ids.
 * Direction (who omits what) is not compared, so {@code [a, b]} and {@code [b, a]} match.
 */
public record LabelledPair(AlertKind kind, Set<String> statementIds) {

    public static LabelledPair of(AlertKind kind, String a, String b) {
        return new LabelledPair(kind, java.util.Collections.unmodifiableSet(new TreeSet<>(Set.of(a, b))));
    }

    @Override
    public String toString() {
        return kind + " " + statementIds;
    }
}
