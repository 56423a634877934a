package io.crosscheck.e2e;

import io.crosscheck.app.CrosscheckApp;
import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.Topics;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app is closed mid-stream and a new one takes over with the same application id: with its
 * local state kept, and with the state directory wiped (state restored from the changelogs). Either
 * way the committed alerts are exactly {@code check}'s: none lost, none emitted twice.
 */
class RestartIT extends ClusterTestBase {

    private List<Statement> statements;
    private List<ContradictionAlert> expected;

    @BeforeAll
    void computeExpectedAlerts() throws Exception {
        statements = CheckOracle.statements(CheckOracle.DEVSET);
        expected = CheckOracle.alerts(engine, statements);
    }

    @Test
    void shouldNeitherLoseNorRepeatAlertsWhenRestartedWithItsState() throws Exception {
        runInTwoHalves("restart-keep", false);
    }

    @Test
    void shouldNeitherLoseNorRepeatAlertsWhenRestartedWithAWipedStateDirectory() throws Exception {
        runInTwoHalves("restart-wipe", true);
    }

    private void runInTwoHalves(String name, boolean wipeState) throws Exception {
        Topics topics = cluster.createTopics(name, 3);
        Path stateDir = work.resolve(name);
        Map<String, String> env = cluster.runEnvironment(topics, name, stateDir);
        int half = statements.size() / 2;
        List<ContradictionAlert> expectedFromFirstHalf = CheckOracle.alerts(engine, statements.subList(0, half));
        assertThat(expectedFromFirstHalf).as("the first half alone must alert, or the restart proves little").isNotEmpty();
        assertThat(expected).as("the second half must add alerts").hasSizeGreaterThan(expectedFromFirstHalf.size());

        try (CrosscheckApp first = cluster.startApp(env, engine)) {
            cluster.publish(topics, statements.subList(0, half));
            List<ContradictionAlert> committed = cluster.readAlertsUntil(topics.alerts(),
                    read -> CheckOracle.containsAll(read, expectedFromFirstHalf));
            assertThat(CheckOracle.views(committed)).as("first half's alerts committed before the restart")
                    .containsAll(CheckOracle.views(expectedFromFirstHalf));
        }
        if (wipeState) {
            Utils.delete(stateDir.toFile());
        }
        try (CrosscheckApp second = cluster.startApp(env, engine)) {
            cluster.publish(topics, statements.subList(half, statements.size()));
            cluster.readAlertsUntil(topics.alerts(), read -> CheckOracle.containsAll(read, expected));
        }

        List<ContradictionAlert> emitted = cluster.readAllAlerts(topics.alerts());
        assertThat(emitted).extracting(ContradictionAlert::getAlertId).as("no alert emitted twice").doesNotHaveDuplicates();
        assertThat(CheckOracle.views(emitted)).as("committed alerts across the restart vs check's")
                .containsExactlyElementsOf(CheckOracle.views(expected));
    }
}
