package io.crosscheck.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Serves a {@link SchemaRegistryClient} (normally a {@link MockSchemaRegistry}) over the Confluent
 * Schema Registry REST API on 127.0.0.1, so Confluent's own clients, kcat and curl can use the
 * embedded registry of {@code demo}. Routes and error codes: {@link RegistryRestApi}.
 *
 * <p>Answers use {@code application/vnd.schemaregistry.v1+json}; errors are
 * {@code {"error_code": 40403, "message": "..."}} with the matching HTTP status. With basic auth
 * configured, requests without the right credentials get 401. Every request is logged at DEBUG and
 * passed to the optional request listener.
 */
public final class SchemaRegistryServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);
    private static final int MAX_REQUEST_BYTES = 8 * 1024 * 1024;
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;
    private final RegistryRestApi api;
    private final byte[] expectedAuthorization;
    private final Consumer<ServedRequest> listener;

    /** One answered request, for logs and tests: method, raw path with query, HTTP status. */
    public record ServedRequest(String method, String pathAndQuery, int status) {
    }

    private SchemaRegistryServer(Builder builder) throws IOException {
        this.api = new RegistryRestApi(builder.registry);
        this.expectedAuthorization = builder.userInfo == null ? null
                : ("Basic " + Base64.getEncoder().encodeToString(builder.userInfo.getBytes(StandardCharsets.UTF_8)))
                        .getBytes(StandardCharsets.UTF_8);
        this.listener = builder.listener;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 0);
        final AtomicInteger threadNumber = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            final Thread thread = new Thread(runnable, "schema-registry-http-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    public static Builder builder(SchemaRegistryClient registry) {
        return new Builder(registry);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL clients use, e.g. {@code http://127.0.0.1:8081}. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Stops serving and frees the port. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "SchemaRegistryServer[" + url() + ", auth=" + (expectedAuthorization == null ? "none" : "basic") + "]";
    }

    private void serve(HttpExchange exchange) throws IOException {
        final String method = exchange.getRequestMethod();
        final String rawPath = exchange.getRequestURI().getRawPath();
        final String rawQuery = exchange.getRequestURI().getRawQuery();
        int status = 500;
        boolean reported = false;
        try (exchange) {
            final RegistryRestApi.Response response = authorized(exchange)
                    ? answer(method, rawPath, rawQuery, exchange.getRequestBody())
                    : new RegistryRestApi.Response(401, RegistryRestApi.error(401, "Unauthorized"));
            status = response.status();
            if (status == 401) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"schema-registry\"");
            }
            // Reported before the answer leaves: once a client has its response, the listener has seen the request.
            report(method, rawPath, rawQuery, status);
            reported = true;
            send(exchange, response);
        } finally {
            if (!reported) {
                report(method, rawPath, rawQuery, status);
            }
        }
    }

    private void report(String method, String rawPath, String rawQuery, int status) {
        final ServedRequest served = new ServedRequest(method, rawQuery == null ? rawPath : rawPath + "?" + rawQuery, status);
        LOG.debug("{} {} -> {}", served.method(), served.pathAndQuery(), served.status());
        if (listener != null) {
            listener.accept(served);
        }
    }

    private RegistryRestApi.Response answer(String method, String rawPath, String rawQuery, InputStream body) {
        try {
            final byte[] bytes = body.readNBytes(MAX_REQUEST_BYTES + 1);
            if (bytes.length > MAX_REQUEST_BYTES) {
                return new RegistryRestApi.Response(413, RegistryRestApi.error(413, "Request body larger than 8 MiB"));
            }
            return api.handle(method, segments(rawPath), query(rawQuery), new String(bytes, StandardCharsets.UTF_8));
        } catch (SchemaRegistryException e) {
            final int status = e.httpStatus() > 0 ? e.httpStatus() : 500;
            final int code = e.errorCode() > 0 ? e.errorCode() : SchemaRegistryException.INTERNAL_ERROR;
            return new RegistryRestApi.Response(status, RegistryRestApi.error(code, OneLine.of(e.getMessage())));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Schema registry request {} {} failed", method, rawPath, e);
            return new RegistryRestApi.Response(500, RegistryRestApi.error(SchemaRegistryException.INTERNAL_ERROR,
                    "Internal error: " + OneLine.of(e.toString())));
        }
    }

    private boolean authorized(HttpExchange exchange) {
        if (expectedAuthorization == null) {
            return true;
        }
        final String given = exchange.getRequestHeaders().getFirst("Authorization");
        return given != null && MessageDigest.isEqual(expectedAuthorization, given.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, RegistryRestApi.Response response) throws IOException {
        final byte[] body = response.body().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", RegistryHttp.MEDIA_TYPE);
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static List<String> segments(String rawPath) {
        final List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    private static Map<String, String> query(String rawQuery) {
        final Map<String, String> query = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                final int eq = pair.indexOf('=');
                final String key = eq < 0 ? pair : pair.substring(0, eq);
                final String value = eq < 0 ? "" : pair.substring(eq + 1);
                query.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    /** Configures and starts a server. */
    public static final class Builder {
        private final SchemaRegistryClient registry;
        private int port;
        private String userInfo;
        private Consumer<ServedRequest> listener;

        private Builder(SchemaRegistryClient registry) {
            this.registry = registry;
        }

        /** Port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Require basic auth with these {@code user:password} credentials. */
        public Builder basicAuth(String userInfo) {
            this.userInfo = userInfo;
            return this;
        }

        /** Called after every answered request (from the server's threads). */
        public Builder requestListener(Consumer<ServedRequest> listener) {
            this.listener = listener;
            return this;
        }

        /** Binds and starts serving. */
        public SchemaRegistryServer start() throws IOException {
            return new SchemaRegistryServer(this);
        }
    }
}
