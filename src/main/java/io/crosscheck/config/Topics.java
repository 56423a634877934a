package io.crosscheck.config;

import java.util.Objects;

/**
 * Names of the topics Crosscheck reads and writes.
 *
 * @param statements    input, key = statementId, value = Avro {@code Statement}
 * @param alerts        output, key = eventId, value = Avro {@code ContradictionAlert}
 * @param alertsJson    output, key = eventId, value = the alert as JSON (CONTRACTS §4); {@code null} when switched off
 * @param deadLetters   bad input records: raw key and value bytes plus error headers
 */
public record Topics(String statements, String alerts, String alertsJson, String deadLetters) {

    public static final String DEFAULT_STATEMENTS = "statements";
    public static final String DEFAULT_ALERTS = "contradiction-alerts";
    public static final String DEFAULT_ALERTS_JSON = "contradiction-alerts-json";
    public static final String DEFAULT_DEAD_LETTERS = "statements-dlq";

    public Topics {
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(deadLetters, "deadLetters");
    }

    public static Topics defaults() {
        return new Topics(DEFAULT_STATEMENTS, DEFAULT_ALERTS, DEFAULT_ALERTS_JSON, DEFAULT_DEAD_LETTERS);
    }

    public boolean jsonMirrorEnabled() {
        return alertsJson != null && !alertsJson.isBlank();
    }
}
