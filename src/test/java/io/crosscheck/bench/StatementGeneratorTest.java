package io.crosscheck.bench;

import io.crosscheck.avro.Statement;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StatementGeneratorTest {

    private static final StatementGenerator.Settings SETTINGS = StatementGenerator.Settings.of(7);

    @Test
    void shouldGenerateTheSameStatementsForTheSameSeed() {
        List<Statement> first = new StatementGenerator(SETTINGS).statements(200);
        List<Statement> second = new StatementGenerator(SETTINGS).statements(200);

        assertThat(first).isEqualTo(second);
    }

    @Test
    void shouldGenerateDifferentStatementsForAnotherSeed() {
        List<Statement> first = new StatementGenerator(SETTINGS).statements(50);
        List<Statement> other = new StatementGenerator(StatementGenerator.Settings.of(8)).statements(50);

        assertThat(first.stream().map(Statement::getText)).doesNotContainAnyElementsOf(other.stream().map(Statement::getText).toList());
    }

    @Test
    void shouldGenerateAnEventTheSameWayWhateverWasGeneratedBefore() {
        StatementGenerator generator = new StatementGenerator(SETTINGS);
        generator.events(30);

        assertThat(generator.event(17)).isEqualTo(new StatementGenerator(SETTINGS).event(17));
    }

    @Test
    void shouldKeepEveryReadoutBetween60And150Words() {
        List<Statement> statements = new StatementGenerator(SETTINGS).statements(2_000);

        assertThat(statements).allSatisfy(statement -> assertThat(StatementGenerator.wordCount(statement.getText()))
                .isBetween(StatementGenerator.MIN_WORDS, StatementGenerator.MAX_WORDS));
        assertThat(statements.stream().mapToInt(statement -> StatementGenerator.wordCount(statement.getText())).distinct().count())
                .as("lengths vary").isGreaterThan(30);
    }

    @Test
    void shouldGiveEveryEventTwoToFourDistinctIssuers() {
        List<StatementGenerator.GeneratedEvent> events = new StatementGenerator(SETTINGS).events(500);

        assertThat(events).allSatisfy(event -> {
            Set<String> issuers = new HashSet<>();
            event.statements().forEach(statement -> issuers.add(statement.getIssuer()));
            assertThat(issuers).hasSize(event.issuers()).hasSizeBetween(StatementGenerator.MIN_ISSUERS, StatementGenerator.MAX_ISSUERS);
        });
        assertThat(events.stream().map(StatementGenerator.GeneratedEvent::issuers).distinct()).containsExactlyInAnyOrder(2, 3, 4);
    }

    @Test
    void shouldGenerateContradictionsAndEventlessStatementsInTheConfiguredShares() {
        StatementGenerator.Settings settings = SETTINGS.withContradictionShare(0.5).withEventlessShare(0.25);
        List<StatementGenerator.GeneratedEvent> events = new StatementGenerator(settings).events(1_000);

        long contradicted = events.stream().filter(event -> event.contradiction() != null).count();
        long eventless = events.stream().filter(event -> event.statements().get(0).getEventId() == null).count();
        assertThat(contradicted).isBetween(430L, 570L);
        assertThat(eventless).isBetween(200L, 300L);
        assertThat(events.stream().map(StatementGenerator.GeneratedEvent::contradiction).filter(kind -> kind != null).distinct())
                .containsExactlyInAnyOrder(StatementGenerator.ContradictionKind.values());
    }

    @Test
    void shouldGenerateNoContradictionWhenTheShareIsZero() {
        List<StatementGenerator.GeneratedEvent> events = new StatementGenerator(SETTINGS.withContradictionShare(0)).events(300);

        assertThat(events).allSatisfy(event -> assertThat(event.contradiction()).isNull());
    }

    @Test
    void shouldGenerateFollowUpsWhenAnEventHasMoreStatementsThanIssuers() {
        StatementGenerator.GeneratedEvent event = new StatementGenerator(SETTINGS).event(3, 20);

        assertThat(event.statements()).hasSize(20);
        assertThat(event.statements().stream().map(Statement::getStatementId).distinct()).hasSize(20);
        assertThat(event.statements().stream().map(Statement::getIssuer).distinct()).hasSize(event.issuers());
    }
}
