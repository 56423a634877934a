package io.crosscheck.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The operations endpoint of a Crosscheck instance, on the JDK's built-in HTTP server.
 *
 * <ul>
 *   <li>{@code GET /health/live}: 200 while {@link StreamsHealth#isLive} holds for the current
 *       Kafka Streams state, else 503 (the liveness probe);</li>
 *   <li>{@code GET /health/ready}: 200 only while RUNNING, else 503 (the readiness probe);</li>
 *   <li>{@code GET /metrics}: every meter of the registry in Prometheus text format 0.0.4.</li>
 * </ul>
 * Health bodies are {@code {"state":"RUNNING"}}. Other paths answer 404, other methods 405.
 * Input: a bind address (0.0.0.0 in a container so the kubelet and Prometheus can reach it;
 * port 0 picks a free one), a supplier of the current state, and the registry to expose.
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Supplier<KafkaStreams.State> state;
    private final PrometheusMeterRegistry registry;

    private OpsServer(HttpServer server, Supplier<KafkaStreams.State> state, PrometheusMeterRegistry registry) {
        this.server = server;
        this.state = state;
        this.registry = registry;
        // Two workers: a slow scrape must not hold up a probe.
        this.executor = Executors.newFixedThreadPool(2, daemonThreads());
        server.setExecutor(executor);
        server.createContext("/health/live", exchange -> health(exchange, "/health/live", StreamsHealth::isLive));
        server.createContext("/health/ready", exchange -> health(exchange, "/health/ready", StreamsHealth::isReady));
        server.createContext("/metrics", this::metrics);
        server.createContext("/", exchange -> respond(exchange, 404, "text/plain; charset=utf-8", "not found\n"));
    }

    /**
     * Binds and starts serving.
     *
     * @param address  where to listen; port 0 picks a free port (see {@link #port()})
     * @param state    the current Kafka Streams state, read on every probe
     * @param registry the meters served at {@code /metrics}
     * @throws IOException if the address cannot be bound
     */
    public static OpsServer start(InetSocketAddress address, Supplier<KafkaStreams.State> state,
                                  PrometheusMeterRegistry registry) throws IOException {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(registry, "registry");
        final HttpServer http = HttpServer.create(address, 0);
        final OpsServer ops = new OpsServer(http, state, registry);
        http.start();
        LOG.info("Health and metrics on http://{}:{}/ (/health/live, /health/ready, /metrics)",
            address.getHostString(), ops.port());
        return ops;
    }

    /** The bound port, useful when started on port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void health(HttpExchange exchange, String path, Predicate<KafkaStreams.State> healthy) throws IOException {
        if (!acceptable(exchange, path)) {
            return;
        }
        final KafkaStreams.State current = state.get();
        final int status = healthy.test(current) ? 200 : 503;
        respond(exchange, status, "application/json", "{\"state\":\"" + current.name() + "\"}");
    }

    private void metrics(HttpExchange exchange) throws IOException {
        if (!acceptable(exchange, "/metrics")) {
            return;
        }
        respond(exchange, 200, PROMETHEUS_TEXT, registry.scrape(PROMETHEUS_TEXT));
    }

    /** Answers 404 or 405 itself and returns false unless this is a GET or HEAD of exactly {@code path}. */
    private static boolean acceptable(HttpExchange exchange, String path) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(path)) {
            respond(exchange, 404, "text/plain; charset=utf-8", "not found\n");
            return false;
        }
        final String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            respond(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
            return false;
        }
        return true;
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        try (exchange) {
            final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        final AtomicInteger count = new AtomicInteger();
        return runnable -> {
            final Thread thread = new Thread(runnable, "crosscheck-ops-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
