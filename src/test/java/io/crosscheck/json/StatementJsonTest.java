package io.crosscheck.json;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Statement;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementJsonTest {

    @Test
    void shouldParseTheContractExampleAndIgnoreUnknownFields() {
        Statement statement = StatementJson.parse("""
                {"statementId": "ru-kremlin-2025-03-18", "issuer": "Kremlin", "issuerCountry": "RU",
                 "publishedAt": "2025-03-18T19:10:00Z", "language": "en", "text": "Donald Trump suggested a halt.",
                 "somethingNew": 42}""");

        assertThat(statement.getStatementId()).isEqualTo("ru-kremlin-2025-03-18");
        assertThat(statement.getPublishedAt()).isEqualTo(Instant.parse("2025-03-18T19:10:00Z"));
        assertThat(statement.getEventId()).isNull();
        assertThat(statement.getClaims()).isNull();
    }

    @Test
    void shouldDefaultLanguageToEnglishAndAcceptOffsets() {
        Statement statement = StatementJson.parse("""
                {"statementId": "a", "issuer": "X", "publishedAt": "2025-03-18T21:10:00+02:00", "text": "t"}""");

        assertThat(statement.getLanguage()).isEqualTo("en");
        assertThat(statement.getPublishedAt()).isEqualTo(Instant.parse("2025-03-18T19:10:00Z"));
    }

    @Test
    void shouldReadStructuredClaims() {
        Statement statement = StatementJson.parse("""
                {"statementId": "a", "issuer": "X", "publishedAt": "2025-03-18T19:10:00Z", "text": "They agreed a truce.",
                 "claims": [{"topic": "ceasefire", "action": "agree", "status": "agreed", "polarity": "AFFIRMED",
                             "scope": ["energy"], "evidence": "They agreed a truce.",
                             "quantities": [{"value": 30, "unit": "day", "approximation": "EXACT", "text": "30-day"}]}]}""");

        assertThat(statement.getClaims()).hasSize(1);
        assertThat(statement.getClaims().get(0).getStatus()).isEqualTo(ClaimStatus.AGREED);
        assertThat(statement.getClaims().get(0).getQuantities().get(0).getValue()).isEqualTo(30.0);
    }

    @Test
    void shouldRoundTripThroughJson() {
        Statement statement = StatementJson.parse("""
                {"statementId": "a", "eventId": "e", "issuer": "X", "publishedAt": "2025-03-18T19:10:00Z", "text": "t",
                 "claims": [{"topic": "ceasefire", "evidence": "t"}]}""");

        assertThat(StatementJson.parse(StatementJson.toJson(statement))).isEqualTo(statement);
    }

    @Test
    void shouldNameTheFieldThatIsWrong() {
        assertThatThrownBy(() -> StatementJson.parse("{\"statementId\": \"a\", \"issuer\": \"X\", \"publishedAt\": \"2025-03-18T19:10:00Z\"}"))
                .isInstanceOf(StatementFormatException.class).hasMessage("missing required field 'text'");
        assertThatThrownBy(() -> StatementJson.parse("{\"statementId\": \"a\", \"issuer\": \"X\", \"publishedAt\": \"yesterday\", \"text\": \"t\"}"))
                .hasMessageContaining("'publishedAt' is not an ISO-8601 instant");
        assertThatThrownBy(() -> StatementJson.parse("{\"statementId\": 7, \"issuer\": \"X\", \"publishedAt\": \"2025-03-18T19:10:00Z\", \"text\": \"t\"}"))
                .hasMessage("field 'statementId' must be a string");
        assertThatThrownBy(() -> StatementJson.parse("{not json"))
                .hasMessageStartingWith("invalid JSON");
        assertThatThrownBy(() -> StatementJson.parse("{\"statementId\": \"a\", \"issuer\": \"X\", \"publishedAt\": \"2025-03-18T19:10:00Z\", \"text\": \"  \"}"))
                .hasMessage("field 'text' is empty");
    }
}
