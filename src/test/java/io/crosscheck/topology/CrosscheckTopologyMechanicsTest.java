package io.crosscheck.topology;

import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.EventState;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.testing.CrosscheckTestDriver;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Topology mechanics with a scripted detector: what happens to records, not how text is read. */
class CrosscheckTopologyMechanicsTest {

    private static final Instant BASE = Instant.parse("2025-03-18T19:00:00Z");
    private static final Instant WALL_CLOCK = Instant.parse("2025-03-20T00:00:00Z");

    private static Statement statement(String id, String issuer, String eventId, Duration after, String... scope) {
        Claim claim = Claim.newBuilder().setTopic("ceasefire").setAction("halt-strikes").setStatus(ClaimStatus.AGREED)
                .setPolarity(Polarity.AFFIRMED).setScope(List.of(scope)).setEvidence(issuer + " ceasefire on " + String.join(" and ", scope))
                .build();
        return Statement.newBuilder().setStatementId(id).setEventId(eventId).setIssuer(issuer)
                .setPublishedAt(BASE.plus(after)).setText(issuer + " ceasefire on " + String.join(" and ", scope))
                .setClaims(List.of(claim)).build();
    }

    private static CrosscheckTestDriver driver(DetectionSettings settings) {
        return CrosscheckTestDriver.builder(ScriptedEngine.create()).settings(settings).wallClock(WALL_CLOCK).build();
    }

    private static CrosscheckTestDriver driver() {
        return driver(DetectionSettings.defaults());
    }

    @Test
    void shouldAlertOncePerContradictionKeyedByEvent() {
        try (CrosscheckTestDriver driver = driver()) {
            driver.pipe(statement("wh", "White House", "call", Duration.ZERO, "energy", "infrastructure"));
            driver.pipe(statement("kr", "Kremlin", "call", Duration.ofMinutes(5), "energy-infrastructure"));

            List<TestRecord<String, ContradictionAlert>> alerts = driver.readAlertRecords();
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0).key()).isEqualTo("call");
            assertThat(alerts.get(0).value().getStatementIds()).containsExactly("kr", "wh");
            assertThat(driver.readAlertJson()).hasSize(1).allSatisfy(json -> assertThat(json).contains("\"kind\":\"SCOPE\""));
        }
    }

    @Test
    void shouldNotEmitTheSameAlertTwiceWhenAStatementIsRepublishedOrReplayed() {
        try (CrosscheckTestDriver driver = driver()) {
            driver.pipe(statement("wh", "White House", "call", Duration.ZERO, "energy", "infrastructure"));
            driver.pipe(statement("kr", "Kremlin", "call", Duration.ofMinutes(5), "energy-infrastructure"));
            driver.pipe(statement("kr", "Kremlin", "call", Duration.ofMinutes(5), "energy-infrastructure"));
            driver.pipe(statement("wh", "White House", "call", Duration.ofMinutes(9), "energy", "infrastructure"));

            assertThat(driver.readAlerts()).hasSize(1);
        }
    }

    @Test
    void shouldLetARepublishedStatementReplaceItsEarlierVersion() {
        try (CrosscheckTestDriver driver = driver()) {
            driver.pipe(statement("wh", "White House", "call", Duration.ZERO, "energy"));
            driver.pipe(statement("kr", "Kremlin", "call", Duration.ofMinutes(5), "energy"));
            assertThat(driver.readAlerts()).isEmpty();

            driver.pipe(statement("wh", "White House", "call", Duration.ofMinutes(20), "energy", "infrastructure"));

            assertThat(driver.readAlerts()).hasSize(1);
            KeyValueStore<String, EventState> events = driver.driver().getKeyValueStore(TopologyNames.EVENT_STORE);
            Statement stored = events.get("call").getStatements().stream()
                    .filter(s -> s.getStatementId().equals("wh")).findFirst().orElseThrow();
            assertThat(stored.getClaims().get(0).getScope()).containsExactly("energy", "infrastructure");
        }
    }

    @Test
    void shouldNotCompareStatementsOfTheSameIssuerUnlessAsked() {
        try (CrosscheckTestDriver driver = driver()) {
            driver.pipe(statement("wh-1", "White House", "call", Duration.ZERO, "energy", "infrastructure"));
            driver.pipe(statement("wh-2", "White House", "call", Duration.ofMinutes(5), "energy-infrastructure"));
            assertThat(driver.readAlerts()).isEmpty();
        }
        try (CrosscheckTestDriver driver = driver(DetectionSettings.defaults().withCompareSameIssuer(true))) {
            driver.pipe(statement("wh-1", "White House", "call", Duration.ZERO, "energy", "infrastructure"));
            driver.pipe(statement("wh-2", "White House", "call", Duration.ofMinutes(5), "energy-infrastructure"));
            assertThat(driver.readAlerts()).hasSize(1);
        }
    }

    @Test
    void shouldCompareDifferentIssuersOfOneGovernment() {
        try (CrosscheckTestDriver driver = driver()) {
            driver.pipe(statement("wh", "White House", "call", Duration.ZERO, "energy", "infrastructure"));
            driver.pipe(statement("state", "State Department", "call", Duration.ofMinutes(5), "energy-infrastructure"));
            assertThat(driver.readAlerts()).hasSize(1);
        }
    }

    @Test
    void shouldGiveTheSameAlertsWhateverTheArrivalOrder() {
        List<Statement> statements = List.of(
                statement("wh", "White House", "call", Duration.ZERO, "energy", "infrastructure"),
                statement("kr", "Kremlin", "call", Duration.ofMinutes(5), "energy-infrastructure"),
                statement("ua", "Office of the President of Ukraine", "call", Duration.ofMinutes(9), "energy"));
        List<ContradictionAlert> inOrder;
        try (CrosscheckTestDriver driver = driver()) {
            driver.pipeAll(statements);
            inOrder = driver.readAlerts();
        }
        List<Statement> reversed = new ArrayList<>(statements);
        java.util.Collections.reverse(reversed);
        List<ContradictionAlert> outOfOrder;
        try (CrosscheckTestDriver driver = driver()) {
            driver.pipeAll(reversed);
            outOfOrder = driver.readAlerts();
        }
        assertThat(inOrder).hasSize(3);
        assertThat(outOfOrder).containsExactlyInAnyOrderElementsOf(inOrder);
    }

    @Test
    void shouldKeepEventsApartByEventId() {
        try (CrosscheckTestDriver driver = driver()) {
            driver.pipe(statement("wh", "White House", "call-1", Duration.ZERO, "energy", "infrastructure"));
            driver.pipe(statement("kr", "Kremlin", "call-2", Duration.ofMinutes(5), "energy-infrastructure"));
            assertThat(driver.readAlerts()).isEmpty();
        }
    }

    @Test
    void shouldForgetEventsAfterRetention() {
        DetectionSettings settings = DetectionSettings.defaults().withEventRetention(Duration.ofDays(1));
        try (CrosscheckTestDriver driver = CrosscheckTestDriver.builder(ScriptedEngine.create()).settings(settings)
                .wallClock(BASE.plus(Duration.ofDays(30))).build()) {
            driver.pipe(statement("wh", "White House", "call", Duration.ZERO, "energy", "infrastructure"));
            // Stream time moves three days on: the call's state is past retention and is dropped.
            driver.pipe(statement("other", "Élysée", "later-event", Duration.ofDays(3), "energy"));
            driver.pipe(statement("kr", "Kremlin", "call", Duration.ofDays(3).plusMinutes(1), "energy-infrastructure"));

            assertThat(driver.readAlerts()).isEmpty();
            KeyValueStore<String, EventState> events = driver.driver().getKeyValueStore(TopologyNames.EVENT_STORE);
            assertThat(events.get("call").getStatements()).extracting(Statement::getStatementId)
                    .containsExactly("kr"); // re-opened by the late Kremlin statement alone
        }
    }

    @Test
    void shouldCountButNotCompareStatementsInAnUnsupportedLanguageWithoutClaims() {
        try (CrosscheckTestDriver driver = driver()) {
            Statement foreign = Statement.newBuilder(statement("kr", "Kremlin", "call", Duration.ofMinutes(5), "energy-infrastructure"))
                    .setLanguage("xx").setClaims(null).build();
            driver.pipe(statement("wh", "White House", "call", Duration.ZERO, "energy", "infrastructure"));
            driver.pipe(foreign);

            assertThat(driver.readAlerts()).isEmpty();
            assertThat(driver.readDeadLetters()).isEmpty();
            assertThat(driver.driver().metrics().entrySet()).anySatisfy(metric -> {
                assertThat(metric.getKey().name()).isEqualTo("unsupported-language-total");
                assertThat((Double) metric.getValue().metricValue()).isEqualTo(1.0);
            });
        }
    }

    @Test
    void shouldSendBadRecordsToTheDeadLetterTopicWithRawBytesAndKeepGoing() {
        try (CrosscheckTestDriver driver = driver()) {
            byte[] garbage = "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8);
            driver.pipeRaw("bad-1".getBytes(StandardCharsets.UTF_8), garbage, BASE);
            driver.pipe(statement("wh", "White House", "call", Duration.ZERO, "energy", "infrastructure"));
            driver.pipe(Statement.newBuilder(statement("old", "Kremlin", "call", Duration.ZERO, "energy"))
                    .setPublishedAt(Instant.parse("1980-01-01T00:00:00Z")).build());
            driver.pipe(statement("kr", "Kremlin", "call", Duration.ofMinutes(5), "energy-infrastructure"));

            List<TestRecord<byte[], byte[]>> dead = driver.readDeadLetters();
            assertThat(dead).hasSize(2);
            assertThat(dead.get(0).value()).isEqualTo(garbage);
            assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("bad-1");
            assertThat(headerNames(dead.get(0))).contains("__streams.errors.exception", "__streams.errors.topic");
            assertThat(header(dead.get(1), "__streams.errors.message")).contains("before 1990");
            assertThat(driver.readAlerts()).hasSize(1);
        }
    }

    private static List<String> headerNames(TestRecord<byte[], byte[]> record) {
        List<String> names = new ArrayList<>();
        for (Header header : record.headers()) {
            names.add(header.key());
        }
        return names;
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
