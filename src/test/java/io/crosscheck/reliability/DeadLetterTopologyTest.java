package io.crosscheck.reliability;

import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.config.Topics;
import io.crosscheck.reliability.BadRecords.BadRecord;
import io.crosscheck.serde.CrosscheckSerdes;
import io.crosscheck.testing.CrosscheckTestDriver;
import io.crosscheck.topology.DetectionEngine;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input in Kafka Streams' TopologyTestDriver: every class of bad record lands in the dead-letter
 * topic through Kafka Streams' own handlers (KIP-1033/1034), one for one, with its raw bytes and
 * headers naming the error, source topic, partition and offset; the founding readouts interleaved
 * with them still produce exactly the alerts they produce alone.
 */
class DeadLetterTopologyTest {

    private static final String HEADER_EXCEPTION = "__streams.errors.exception";
    private static final String HEADER_MESSAGE = "__streams.errors.message";
    private static final String HEADER_TOPIC = "__streams.errors.topic";
    private static final String HEADER_PARTITION = "__streams.errors.partition";
    private static final String HEADER_OFFSET = "__streams.errors.offset";

    private static DetectionEngine engine;

    @BeforeAll
    static void loadEngine() {
        engine = DetectionEngine.standard(DetectionSettings.defaults());
    }

    @Test
    void shouldDeadLetterEveryClassOfBadInputOneForOneWithRawBytesAndErrorHeaders() {
        List<Statement> valid = Samples.founding();
        Set<String> expectedAlertIds = alertIds(alertsOf(valid));
        assertThat(expectedAlertIds).as("the founding readouts alert on their own").isNotEmpty();

        try (CrosscheckTestDriver driver = CrosscheckTestDriver.builder(engine).build()) {
            DetectionSettings settings = DetectionSettings.defaults();
            List<BadRecord> bad = new BadRecords(driver.registry(), Topics.DEFAULT_STATEMENTS,
                    CrosscheckSerdes.DEFAULT_MAX_STATEMENT_BYTES, settings.maxTextChars(), Instant.now()).all();
            List<Long> badOffsets = pipeInterleaved(driver, valid, bad);

            List<TestRecord<byte[], byte[]>> deadLetters = driver.readDeadLetters();
            assertThat(deadLetters).as("one dead letter per bad record").hasSize(bad.size());
            for (int i = 0; i < bad.size(); i++) {
                assertDeadLetter(deadLetters.get(i), bad.get(i), badOffsets.get(i));
            }
            assertThat(alertIds(driver.readAlerts())).as("valid statements around bad ones still alert")
                    .isEqualTo(expectedAlertIds);
        }
    }

    @Test
    void shouldNameDeserializationAndValidationFailuresByTheirOwnExceptionClass() {
        try (CrosscheckTestDriver driver = CrosscheckTestDriver.builder(engine).build()) {
            List<BadRecord> bad = new BadRecords(driver.registry(), Topics.DEFAULT_STATEMENTS,
                    CrosscheckSerdes.DEFAULT_MAX_STATEMENT_BYTES, DetectionSettings.defaults().maxTextChars(), Instant.now()).all();
            Instant timestamp = Instant.now();
            for (BadRecord record : bad) {
                driver.pipeRaw(record.key(), record.value(), timestamp);
            }
            List<String> classes = driver.readDeadLetters().stream().map(r -> header(r.headers(), HEADER_EXCEPTION)).toList();
            assertThat(classes).hasSize(bad.size());
            assertThat(classes.get(0)).isEqualTo("org.apache.kafka.common.errors.SerializationException");
            assertThat(classes).contains("io.crosscheck.topology.InvalidStatementException");
        }
    }

    /** Pipes valid statements with bad records between them; returns each bad record's input offset. */
    private static List<Long> pipeInterleaved(CrosscheckTestDriver driver, List<Statement> valid, List<BadRecord> bad) {
        List<Long> badOffsets = new ArrayList<>();
        long offset = 0;
        int perGap = (bad.size() + valid.size() - 1) / valid.size();
        int next = 0;
        for (Statement statement : valid) {
            driver.pipe(statement);
            offset++;
            // Same record timestamp as the valid neighbour: bad records must not move stream time on their own.
            for (int i = 0; i < perGap && next < bad.size(); i++, next++) {
                driver.pipeRaw(bad.get(next).key(), bad.get(next).value(), statement.getPublishedAt());
                badOffsets.add(offset++);
            }
        }
        return badOffsets;
    }

    private static void assertDeadLetter(TestRecord<byte[], byte[]> letter, BadRecord bad, long offset) {
        assertThat(letter.key()).as(bad.name() + ": raw key").isEqualTo(bad.key());
        assertThat(letter.value()).as(bad.name() + ": raw value").isEqualTo(bad.value());
        Headers headers = letter.headers();
        assertThat(header(headers, HEADER_EXCEPTION)).as(bad.name() + ": exception class").isNotBlank();
        assertThat(header(headers, HEADER_MESSAGE)).as(bad.name() + ": error message").contains(bad.expectedError());
        assertThat(header(headers, HEADER_TOPIC)).as(bad.name() + ": source topic").isEqualTo(Topics.DEFAULT_STATEMENTS);
        assertThat(header(headers, HEADER_PARTITION)).as(bad.name() + ": source partition").isEqualTo("0");
        assertThat(header(headers, HEADER_OFFSET)).as(bad.name() + ": source offset").isEqualTo(Long.toString(offset));
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<ContradictionAlert> alertsOf(List<Statement> statements) {
        try (CrosscheckTestDriver driver = CrosscheckTestDriver.builder(engine).build()) {
            driver.pipeAll(statements);
            return driver.readAlerts();
        }
    }

    private static Set<String> alertIds(List<ContradictionAlert> alerts) {
        return alerts.stream().map(ContradictionAlert::getAlertId).collect(Collectors.toSet());
    }
}
