package io.crosscheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.testing.CrosscheckTestDriver;
import io.crosscheck.topology.DetectionEngine;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reference answer a fault test is judged against: the alerts {@code check} computes offline
 * (the production topology in TopologyTestDriver, statements in publishedAt order), and the
 * comparison with what the cluster committed — by alertId and by (kind, statement pair).
 */
final class AlertOracle {

    /** What a fault run produced compared to the offline answer. */
    record Verdict(int expected, int received, int lost, int duplicated, int unexpected,
                   Set<String> lostIds, Set<String> unexpectedIds) {
        boolean exact() {
            return lost == 0 && duplicated == 0 && unexpected == 0;
        }

        String summary() {
            return "expected=" + expected + " received=" + received + " lost=" + lost
                    + " duplicated=" + duplicated + " unexpected=" + unexpected;
        }

        /** The fault tests' promise: exactly the offline answer, nothing lost, extra or repeated. */
        void assertExact() {
            assertThat(lostIds).as("alerts lost").isEmpty();
            assertThat(unexpectedIds).as("alerts not in the offline answer").isEmpty();
            assertThat(duplicated).as("alerts duplicated").isZero();
        }
    }

    private final Map<String, String> expectedByAlertId;

    private AlertOracle(Map<String, String> expectedByAlertId) {
        this.expectedByAlertId = expectedByAlertId;
    }

    static AlertOracle offline(DetectionEngine engine, List<Statement> statements) {
        List<Statement> ordered = statements.stream().sorted(Comparator.comparing(Statement::getPublishedAt)).toList();
        DetectionSettings settings = DetectionSettings.defaults();
        try (CrosscheckTestDriver driver = CrosscheckTestDriver.builder(engine).settings(settings).build()) {
            driver.pipeAll(ordered);
            return new AlertOracle(driver.readAlerts().stream()
                    .collect(Collectors.toMap(ContradictionAlert::getAlertId, AlertOracle::kindAndPair, (a, b) -> a, TreeMap::new)));
        }
    }

    Set<String> expectedAlertIds() {
        return Set.copyOf(expectedByAlertId.keySet());
    }

    int expectedCount() {
        return expectedByAlertId.size();
    }

    Verdict judge(List<ContradictionAlert> received) {
        Set<String> seen = new HashSet<>();
        int duplicated = 0;
        Set<String> unexpected = new HashSet<>();
        for (ContradictionAlert alert : received) {
            if (!seen.add(alert.getAlertId())) {
                duplicated++;
            }
            String expectedKindAndPair = expectedByAlertId.get(alert.getAlertId());
            if (!kindAndPair(alert).equals(expectedKindAndPair)) {
                unexpected.add(alert.getAlertId() + " " + kindAndPair(alert));
            }
        }
        Set<String> lost = new HashSet<>(expectedByAlertId.keySet());
        lost.removeAll(seen);
        return new Verdict(expectedByAlertId.size(), received.size(), lost.size(), duplicated, unexpected.size(),
                lost, unexpected);
    }

    private static String kindAndPair(ContradictionAlert alert) {
        return alert.getKind() + " " + alert.getStatementIds().stream().sorted().toList();
    }
}
