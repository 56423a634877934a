package io.crosscheck.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The HTTP exchange with a Confluent schema registry: JSON in and out with the registry's media type,
 * optional basic auth, a request timeout, and failover to the next base URL when one cannot be reached.
 * A non-2xx answer becomes a {@link SchemaRegistryException} carrying the status and Confluent
 * {@code error_code}/{@code message}. Base URLs never carry credentials, so messages cannot leak them.
 */
final class RegistryHttp {

    static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final Logger LOG = LoggerFactory.getLogger(RegistryHttp.class);
    private static final int MAX_BODY_IN_MESSAGE = 200;

    private final List<URI> baseUrls;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param baseUrls      registry base URLs without user info, tried in order
     * @param authorization value of the Authorization header, or null
     */
    RegistryHttp(List<URI> baseUrls, String authorization, Duration timeout) {
        if (baseUrls.isEmpty()) {
            throw new IllegalArgumentException("at least one schema registry URL is required");
        }
        this.baseUrls = List.copyOf(baseUrls);
        this.authorization = authorization;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    List<URI> baseUrls() {
        return baseUrls;
    }

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    JsonNode post(String path, JsonNode body) {
        return send("POST", path, body.toString());
    }

    private JsonNode send(String method, String path, String body) {
        IOException lastFailure = null;
        for (URI base : baseUrls) {
            final HttpRequest request = request(base, method, path, body);
            try {
                final HttpResponse<String> response =
                        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return handle(method, path, response);
            } catch (IOException e) {
                LOG.debug("Schema registry {} unreachable for {} {}: {}", base, method, path, e.toString());
                lastFailure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException("Interrupted during schema registry call " + method + " " + path, e);
            }
        }
        throw new SchemaRegistryException("Schema registry unreachable: " + method + " " + path + " failed on "
                + baseUrls + ": " + lastFailure, lastFailure);
    }

    private HttpRequest request(URI base, String method, String path, String body) {
        final String baseText = base.toString();
        final URI uri = URI.create((baseText.endsWith("/") ? baseText.substring(0, baseText.length() - 1) : baseText) + path);
        final HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", MEDIA_TYPE)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            builder.header("Content-Type", MEDIA_TYPE);
        }
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }

    private JsonNode handle(String method, String path, HttpResponse<String> response) {
        final int status = response.statusCode();
        final String body = response.body() == null ? "" : response.body();
        if (status >= 200 && status < 300) {
            try {
                return body.isBlank() ? NullNode.getInstance() : json.readTree(body);
            } catch (IOException e) {
                throw new SchemaRegistryException("Schema registry " + method + " " + path
                        + " returned HTTP " + status + " with a body that is not JSON: " + excerpt(body), status, 0, e);
            }
        }
        final JsonNode error = parseOrNull(body);
        final int errorCode = error != null && error.path("error_code").canConvertToInt() ? error.path("error_code").asInt() : 0;
        final String detail = error != null && error.hasNonNull("message")
                ? "error_code " + errorCode + ": " + OneLine.of(error.get("message").asText())
                : excerpt(body);
        throw new SchemaRegistryException("Schema registry " + method + " " + path + " failed: HTTP " + status
                + (detail.isEmpty() ? "" : ", " + detail), status, errorCode);
    }

    private JsonNode parseOrNull(String body) {
        try {
            final JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String excerpt(String body) {
        final String line = OneLine.of(body);
        return line.length() <= MAX_BODY_IN_MESSAGE ? line : line.substring(0, MAX_BODY_IN_MESSAGE) + "…";
    }
}
