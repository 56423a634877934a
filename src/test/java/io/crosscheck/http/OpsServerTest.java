package io.crosscheck.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

class OpsServerTest {

    private final AtomicReference<State> state = new AtomicReference<>(State.CREATED);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PrometheusMeterRegistry registry;
    private OpsServer server;

    @BeforeEach
    void startServer() throws Exception {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        server = OpsServer.start(new InetSocketAddress("127.0.0.1", 0), state::get, registry);
    }

    @AfterEach
    void stopServer() {
        server.close();
        registry.close();
    }

    @ParameterizedTest(name = "{0}: live {1}, ready {2}")
    @CsvSource({
        "CREATED, 200, 503",
        "REBALANCING, 200, 503",
        "RUNNING, 200, 200",
        "PENDING_SHUTDOWN, 200, 503",
        "PENDING_ERROR, 503, 503",
        "ERROR, 503, 503",
        "NOT_RUNNING, 503, 503",
    })
    void shouldAnswerProbesFromTheStreamsState(State current, int liveStatus, int readyStatus) throws Exception {
        state.set(current);

        final HttpResponse<String> live = get("/health/live");
        final HttpResponse<String> ready = get("/health/ready");

        assertThat(live.statusCode()).isEqualTo(liveStatus);
        assertThat(ready.statusCode()).isEqualTo(readyStatus);
        assertThat(ready.body()).isEqualTo("{\"state\":\"" + current.name() + "\"}");
        assertThat(ready.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void shouldFollowStateChangesBetweenProbes() throws Exception {
        state.set(State.REBALANCING);
        assertThat(get("/health/ready").statusCode()).isEqualTo(503);
        state.set(State.RUNNING);
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldExposeTheRegistryInPrometheusFormat() throws Exception {
        new CrosscheckMetrics(registry, () -> 7L);
        registry.counter("crosscheck.test.records", "kind", "SCOPE").increment(2);

        final HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
            type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
        assertThat(response.body())
            .contains("crosscheck_test_records_total{kind=\"SCOPE\"} 2.0")
            .contains("crosscheck_events_in_state 7.0");
    }

    @Test
    void shouldRejectUnknownPathsAndMethods() throws Exception {
        assertThat(get("/health/liveness").statusCode()).isEqualTo(404);
        assertThat(get("/").statusCode()).isEqualTo(404);
        final HttpResponse<String> post = client.send(
            HttpRequest.newBuilder(uri("/health/live")).POST(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void shouldFreeItsPortOnClose() throws Exception {
        final int port = server.port();
        server.close();
        server = OpsServer.start(new InetSocketAddress("127.0.0.1", port), state::get, registry);
        assertThat(server.port()).isEqualTo(port);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
