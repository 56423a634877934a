package io.crosscheck.e2e;

import io.crosscheck.app.CrosscheckApp;
import io.crosscheck.app.MissingTopicsException;
import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.CrosscheckConfig;
import io.crosscheck.config.Topics;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@code run} promises an operator, on a real broker: it refuses to start when a topic is
 * missing (naming it), reports ready once RUNNING, and serves Kafka Streams' metrics and
 * Crosscheck's own sensors at {@code /metrics} as soon as tasks run — not a minute later.
 */
class RunCommandIT extends ClusterTestBase {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldRefuseToStartNamingTheMissingTopic() {
        Topics topics = new Topics("statements-partial", "contradiction-alerts-partial", "contradiction-alerts-json-partial",
                "statements-dlq-partial");
        cluster.broker().createTopics(Map.of(topics.statements(), 3, topics.alerts(), 3, topics.alertsJson(), 3));
        CrosscheckConfig config = CrosscheckConfig.fromEnv(cluster.runEnvironment(topics, "partial", work.resolve("partial")));

        assertThatThrownBy(() -> CrosscheckApp.start(config, engine, cluster.registry()))
                .isInstanceOf(MissingTopicsException.class)
                .hasMessageContaining(topics.deadLetters())
                .hasMessageNotContaining(topics.statements() + ",");
    }

    @Test
    void shouldServeReadinessAndStreamsAndCrosscheckMetricsOnceRunning() throws Exception {
        Topics topics = cluster.createTopics("ops", 3);
        List<Statement> statements = CheckOracle.statements(CheckOracle.FOUNDING);
        List<ContradictionAlert> expected = CheckOracle.alerts(engine, statements);
        assertThat(expected).as("the founding readouts alert").isNotEmpty();

        try (CrosscheckApp app = cluster.startApp(cluster.runEnvironment(topics, "ops", work.resolve("ops")), engine)) {
            assertThat(get(app, "/health/ready").statusCode()).isEqualTo(200);
            assertThat(get(app, "/health/ready").body()).isEqualTo("{\"state\":\"RUNNING\"}");
            cluster.publish(topics, statements);
            cluster.readAlertsUntil(topics.alerts(), read -> CheckOracle.containsAll(read, expected));

            PrometheusText metrics = new PrometheusText(get(app, "/metrics").body());
            assertThat(metrics.names()).as("Kafka Streams' own series").contains(
                    "kafka_stream_thread_process_total",
                    "kafka_stream_processor_node_record_e2e_latency_avg",
                    "kafka_stream_processor_node_record_e2e_latency_max");
            assertThat(metrics.sum("kafka_stream_crosscheck_statements_in_total")).isEqualTo(statements.size());
            assertThat(metrics.sum("kafka_stream_crosscheck_claims_extracted_total")).isPositive();
            assertThat(metrics.names()).contains("kafka_stream_crosscheck_unsupported_language_total");
            assertThat(metrics.sum("kafka_stream_crosscheck_alerts_total")).isEqualTo(expected.size());
            for (ContradictionAlert alert : expected) {
                assertThat(metrics.sum("kafka_stream_crosscheck_alerts_total",
                        "kind=\"" + alert.getKind() + "\"", "severity=\"" + alert.getSeverity() + "\""))
                        .as("alerts of kind %s, severity %s", alert.getKind(), alert.getSeverity()).isPositive();
            }
        }
    }

    private HttpResponse<String> get(CrosscheckApp app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The few reads of Prometheus text format 0.0.4 these assertions need. */
    private record PrometheusText(String body) {

        List<String> names() {
            return samples().map(line -> line.split("[{ ]", 2)[0]).distinct().toList();
        }

        /** Sum of every sample of {@code name} whose label set contains all {@code labels}. */
        double sum(String name, String... labels) {
            return samples()
                    .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                    .filter(line -> List.of(labels).stream().allMatch(line::contains))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        }

        private java.util.stream.Stream<String> samples() {
            return body.lines().filter(line -> !line.startsWith("#") && !line.isBlank());
        }
    }
}
