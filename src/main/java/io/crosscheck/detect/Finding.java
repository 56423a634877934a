package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Severity;
import io.crosscheck.avro.Statement;

import java.util.Objects;

/**
 * One contradiction a rule found between two statements, before it becomes an alert.
 *
 * @param first          for OMISSION the statement that makes the point; otherwise either side
 * @param second         for OMISSION the statement that leaves it out
 * @param excerptFirst   verbatim substring of {@code first.getText()}
 * @param excerptSecond  verbatim substring of {@code second.getText()}
 * @param explanation    one sentence a journalist can read
 */
public record Finding(AlertKind kind,
                      String topic,
                      Statement first,
                      Statement second,
                      String excerptFirst,
                      String excerptSecond,
                      Severity severity,
                      double confidence,
                      String explanation) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(excerptFirst, "excerptFirst");
        Objects.requireNonNull(excerptSecond, "excerptSecond");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(explanation, "explanation");
        if (confidence < 0.0 || confidence > 1.0) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    /** The same finding with another confidence. */
    public Finding withConfidence(double value) {
        return new Finding(kind, topic, first, second, excerptFirst, excerptSecond, severity, value, explanation);
    }
}
