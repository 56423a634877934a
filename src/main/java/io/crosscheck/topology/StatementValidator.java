package io.crosscheck.topology;

import io.crosscheck.avro.Statement;
import io.crosscheck.config.DetectionSettings;

import java.time.Instant;

/**
 * Checks what the Avro schema cannot: required strings are not blank, the text fits the limit,
 * and {@code publishedAt} is plausible (not before 1990, not further in the future than the
 * allowed clock skew). Pure; the topology calls it with the processing time as {@code now}.
 */
public final class StatementValidator {

    static final Instant EARLIEST_PLAUSIBLE = Instant.parse("1990-01-01T00:00:00Z");

    private final DetectionSettings settings;

    public StatementValidator(DetectionSettings settings) {
        this.settings = settings;
    }

    public void validate(Statement statement, Instant now) {
        if (statement == null) {
            throw new InvalidStatementException("null value (tombstone): statements cannot be deleted");
        }
        requireText(statement.getStatementId(), "statementId");
        requireText(statement.getIssuer(), "issuer");
        requireText(statement.getText(), "text");
        if (statement.getText().length() > settings.maxTextChars()) {
            throw new InvalidStatementException("text of statement " + statement.getStatementId() + " is "
                    + statement.getText().length() + " characters, over the limit of " + settings.maxTextChars());
        }
        Instant publishedAt = statement.getPublishedAt();
        if (publishedAt == null || publishedAt.isBefore(EARLIEST_PLAUSIBLE)) {
            throw new InvalidStatementException("publishedAt " + publishedAt + " of statement "
                    + statement.getStatementId() + " is before " + EARLIEST_PLAUSIBLE);
        }
        if (publishedAt.isAfter(now.plus(settings.maxClockSkew()))) {
            throw new InvalidStatementException("publishedAt " + publishedAt + " of statement "
                    + statement.getStatementId() + " is more than " + settings.maxClockSkew() + " in the future");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidStatementException("required field '" + field + "' is empty");
        }
    }
}
