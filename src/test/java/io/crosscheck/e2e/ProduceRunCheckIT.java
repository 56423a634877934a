package io.crosscheck.e2e;

import io.crosscheck.app.CrosscheckApp;
import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.cli.Main;
import io.crosscheck.config.Topics;
import io.crosscheck.json.AlertJson;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end on a real broker: {@code produce} publishes the development set, {@code run}'s app
 * processes it, and the committed alerts (Avro, and the JSON mirror) are exactly what {@code check}
 * gives offline for the same file. Also: {@code produce} publishes nothing from a file with a bad
 * line unless {@code --skip-bad}.
 */
class ProduceRunCheckIT extends ClusterTestBase {


    @Test
    void shouldEmitExactlyTheAlertsCheckGivesForAProducedFile() throws Exception {
        Topics topics = cluster.createTopics("e2e", 3);
        List<Statement> statements = CheckOracle.statements(CheckOracle.DEVSET);
        List<ContradictionAlert> expected = CheckOracle.alerts(engine, statements);
        assertThat(expected).as("the development set is meant to produce many alerts").hasSizeGreaterThan(5);

        try (CrosscheckApp app = cluster.startApp(cluster.runEnvironment(topics, "e2e-run", work.resolve("state")), engine)) {
            assertThat(produce("--input", CheckOracle.DEVSET.toString(), "--topic", topics.statements())).isZero();
            List<ContradictionAlert> live = cluster.readAlertsUntil(topics.alerts(), read -> CheckOracle.containsAll(read, expected));
            assertThat(CheckOracle.views(live)).as("alerts while running (dead letters: %d)", cluster.totalEndOffset(topics.deadLetters()))
                    .containsAll(CheckOracle.views(expected));
        }

        List<ContradictionAlert> emitted = cluster.readAllAlerts(topics.alerts());
        assertThat(CheckOracle.views(emitted)).as("run's committed alerts vs check's")
                .containsExactlyElementsOf(CheckOracle.views(expected));
        List<ContradictionAlert> mirrored = cluster.readAllStrings(topics.alertsJson()).stream().map(AlertJson::parse).toList();
        assertThat(CheckOracle.views(mirrored)).as("the JSON mirror carries the same alerts")
                .containsExactlyElementsOf(CheckOracle.views(expected));
    }

    @Test
    void shouldPublishNothingFromAFileWithABadLineUnlessSkipBad() throws Exception {
        Topics topics = cluster.createTopics("bad-line", 3);
        List<String> lines = Files.readAllLines(CheckOracle.DEVSET).subList(0, 6);
        List<String> withBadLine = new ArrayList<>(lines.subList(0, 3));
        withBadLine.add("{\"statementId\": \"no-text\", \"issuer\": \"Kremlin\", \"publishedAt\": \"2025-03-18T19:10:00Z\"}");
        withBadLine.addAll(lines.subList(3, 6));
        Path file = Files.write(work.resolve("with-bad-line.jsonl"), withBadLine);

        assertThat(produce("--input", file.toString(), "--topic", topics.statements())).as("exit code").isEqualTo(2);
        assertThat(cluster.totalEndOffset(topics.statements())).as("records published after exit 2").isZero();

        assertThat(produce("--input", file.toString(), "--topic", topics.statements(), "--skip-bad")).as("exit code").isZero();
        assertThat(cluster.totalEndOffset(topics.statements())).as("records published with --skip-bad").isEqualTo(6);
    }

    private int produce(String... args) {
        List<String> command = new ArrayList<>(List.of("produce",
                "--bootstrap-servers", cluster.bootstrapServers(), "--schema-registry-url", cluster.registryUrl()));
        command.addAll(List.of(args));
        return Main.execute(command.toArray(String[]::new));
    }
}
