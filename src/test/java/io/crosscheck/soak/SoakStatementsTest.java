package io.crosscheck.soak;

import io.crosscheck.avro.Statement;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SoakStatementsTest {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void shouldReplayEventsUnderNewIdsAtFixedSpacingKeepingTheirInnerOffsets() {
        List<Statement> sample = List.of(
                statement("ru-1", "call-1", "2025-03-18T19:10:00Z"),
                statement("us-1", "call-1", "2025-03-18T19:30:00Z"),
                statement("in-1", "visit-2", "2025-04-01T08:00:00Z"));
        SoakStatements generator = new SoakStatements(sample, Duration.ofMinutes(10), START);

        List<Statement> first = generator.nextEvent();
        List<Statement> second = generator.nextEvent();
        List<Statement> replay = generator.nextEvent();

        assertThat(first).extracting(Statement::getStatementId).containsExactly("ru-1-s0", "us-1-s0");
        assertThat(first).extracting(Statement::getEventId).containsOnly("call-1-s0");
        assertThat(first).extracting(Statement::getPublishedAt).containsExactly(START, START.plus(Duration.ofMinutes(20)));
        assertThat(second).extracting(Statement::getStatementId).containsExactly("in-1-s0");
        assertThat(second.get(0).getPublishedAt()).isEqualTo(START.plus(Duration.ofMinutes(10)));
        assertThat(replay).extracting(Statement::getStatementId).containsExactly("ru-1-s1", "us-1-s1");
        assertThat(replay.get(0).getPublishedAt()).isEqualTo(START.plus(Duration.ofMinutes(20)));
        assertThat(generator.eventsEmitted()).isEqualTo(3);
    }

    private static Statement statement(String id, String eventId, String publishedAt) {
        return Statement.newBuilder().setStatementId(id).setEventId(eventId).setIssuer("Issuer " + id)
                .setPublishedAt(Instant.parse(publishedAt)).setText("Text of " + id + ".").build();
    }
}
