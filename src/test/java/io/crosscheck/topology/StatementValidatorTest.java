package io.crosscheck.topology;

import io.crosscheck.avro.Statement;
import io.crosscheck.config.DetectionSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementValidatorTest {

    private static final Instant NOW = Instant.parse("2025-03-20T00:00:00Z");
    private final StatementValidator validator = new StatementValidator(DetectionSettings.defaults());

    private static Statement.Builder valid() {
        return Statement.newBuilder().setStatementId("s").setIssuer("Kremlin")
                .setPublishedAt(Instant.parse("2025-03-18T19:10:00Z")).setText("Text.");
    }

    @Test
    void shouldAcceptAPlausibleStatement() {
        assertThatCode(() -> validator.validate(valid().build(), NOW)).doesNotThrowAnyException();
    }

    @Test
    void shouldRejectTombstonesEmptyFieldsAbsurdTimesAndOversizeText() {
        assertThatThrownBy(() -> validator.validate(null, NOW)).hasMessageContaining("tombstone");
        assertThatThrownBy(() -> validator.validate(valid().setText(" ").build(), NOW)).hasMessageContaining("'text'");
        assertThatThrownBy(() -> validator.validate(valid().setIssuer("").build(), NOW)).hasMessageContaining("'issuer'");
        assertThatThrownBy(() -> validator.validate(valid().setPublishedAt(Instant.parse("1970-01-01T00:00:00Z")).build(), NOW))
                .hasMessageContaining("before 1990");
        assertThatThrownBy(() -> validator.validate(valid().setPublishedAt(Instant.parse("2025-04-01T00:00:00Z")).build(), NOW))
                .hasMessageContaining("in the future");
        assertThatThrownBy(() -> validator.validate(valid().setText("x".repeat(100_001)).build(), NOW))
                .hasMessageContaining("over the limit of 100000");
    }
}
