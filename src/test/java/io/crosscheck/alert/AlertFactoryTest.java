package io.crosscheck.alert;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Severity;
import io.crosscheck.avro.Statement;
import io.crosscheck.detect.Finding;
import io.crosscheck.json.AlertJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AlertFactoryTest {

    private static Statement statement(String id, String issuer, String at) {
        return Statement.newBuilder().setStatementId(id).setIssuer(issuer).setPublishedAt(Instant.parse(at))
                .setText("Some text of " + issuer).build();
    }

    private final Statement wh = statement("us-wh", "White House", "2025-03-18T19:30:00Z");
    private final Statement kremlin = statement("ru-kremlin", "Kremlin", "2025-03-18T19:10:00Z");

    @Test
    void shouldGiveTheSameIdWhateverTheOrderForSymmetricKinds() {
        String forward = AlertFactory.alertId("e", "ceasefire", AlertKind.SCOPE, "us-wh", "ru-kremlin");
        String backward = AlertFactory.alertId("e", "ceasefire", AlertKind.SCOPE, "ru-kremlin", "us-wh");

        assertThat(forward).isEqualTo(backward).hasSize(32);
    }

    @Test
    void shouldKeepDirectionForOmissions() {
        assertThat(AlertFactory.alertId("e", "military-aid", AlertKind.OMISSION, "ru-kremlin", "us-wh"))
                .isNotEqualTo(AlertFactory.alertId("e", "military-aid", AlertKind.OMISSION, "us-wh", "ru-kremlin"));
    }

    @Test
    void shouldDifferByEventTopicAndKind() {
        String base = AlertFactory.alertId("e", "t", AlertKind.SCOPE, "a", "b");
        assertThat(AlertFactory.alertId("e2", "t", AlertKind.SCOPE, "a", "b")).isNotEqualTo(base);
        assertThat(AlertFactory.alertId("e", "t2", AlertKind.SCOPE, "a", "b")).isNotEqualTo(base);
        assertThat(AlertFactory.alertId("e", "t", AlertKind.STATUS, "a", "b")).isNotEqualTo(base);
    }

    @Test
    void shouldBuildAlertWithEvidenceFromBothStatementsAndTheLaterTimestamp() {
        Finding finding = new Finding(AlertKind.SCOPE, "ceasefire.energy", wh, kremlin, "text of White House",
                "text of Kremlin", Severity.HIGH, 0.86, "They differ.");

        ContradictionAlert alert = AlertFactory.toAlert("call", finding);

        assertThat(alert.getStatementIds()).containsExactly("us-wh", "ru-kremlin");
        assertThat(alert.getEvidence()).extracting(e -> e.getIssuer()).containsExactly("White House", "Kremlin");
        assertThat(alert.getDetectedAt()).isEqualTo(Instant.parse("2025-03-18T19:30:00Z"));
        assertThat(AlertJson.toJson(alert)).startsWith("{\"alertId\":\"" + alert.getAlertId() + "\",\"eventId\":\"call\"")
                .contains("\"confidence\":0.86").contains("\"detectedAt\":\"2025-03-18T19:30:00Z\"");
        assertThat(AlertJson.parse(AlertJson.toJson(alert))).isEqualTo(alert);
    }
}
