package io.crosscheck.e2e;

import io.crosscheck.app.CrosscheckApp;
import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.Topics;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances with one application id (Kafka Streams' consumer-group model) split the partitions
 * of {@code statements} and, between them, emit exactly the alerts one instance would — {@code check}'s.
 */
class TwoInstancesIT extends ClusterTestBase {


    @Test
    void shouldShareThePartitionsAndTogetherEmitExactlyTheAlertsOfOneInstance() throws Exception {
        Topics topics = cluster.createTopics("two", 3);
        List<Statement> statements = CheckOracle.statements(CheckOracle.DEVSET);
        List<ContradictionAlert> expected = CheckOracle.alerts(engine, statements);

        try (CrosscheckApp one = cluster.startApp(cluster.runEnvironment(topics, "two-instances", work.resolve("one")), engine);
             CrosscheckApp two = cluster.startApp(cluster.runEnvironment(topics, "two-instances", work.resolve("two")), engine)) {
            awaitBothHoldTasks(one, two);
            cluster.publish(topics, statements);
            cluster.readAlertsUntil(topics.alerts(), read -> CheckOracle.containsAll(read, expected));
        }

        List<ContradictionAlert> emitted = cluster.readAllAlerts(topics.alerts());
        assertThat(emitted).extracting(ContradictionAlert::getAlertId).as("no alert emitted twice").doesNotHaveDuplicates();
        assertThat(CheckOracle.views(emitted)).as("two instances' alerts vs check's")
                .containsExactlyElementsOf(CheckOracle.views(expected));
    }

    /** Waits (bounded) until the group has settled with both instances RUNNING and each owning active tasks. */
    private static void awaitBothHoldTasks(CrosscheckApp one, CrosscheckApp two) throws InterruptedException {
        long deadline = System.nanoTime() + KafkaTestCluster.WAIT.toNanos();
        while (!(holdsTasks(one) && holdsTasks(two))) {
            assertThat(System.nanoTime()).as("both instances hold tasks: %s / %s",
                    one.localThreadsMetadata(), two.localThreadsMetadata()).isLessThan(deadline);
            Thread.sleep(100); // polling interval of a bounded wait on the group's state, not a guess
        }
    }

    private static boolean holdsTasks(CrosscheckApp app) {
        return app.state() == KafkaStreams.State.RUNNING
                && app.localThreadsMetadata().stream().mapToInt(thread -> thread.activeTasks().size()).sum() > 0;
    }
}
