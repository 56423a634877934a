package io.crosscheck.serde;

import java.time.Duration;
import java.util.Map;

/**
 * Creates the registry client a URL names, with Confluent's URL forms and setting names:
 * <ul>
 *   <li>{@code mock://scope} → the shared {@link MockSchemaRegistry} of that scope;</li>
 *   <li>{@code http(s)://host:port[,http(s)://host2:port]} → {@link HttpSchemaRegistryClient}, with basic
 *       auth from {@code basic.auth.user.info} ({@code user:password}) or else from user info in the URL.</li>
 * </ul>
 * Setting keys are also accepted with Confluent's {@code schema.registry.} prefix.
 */
public final class SchemaRegistryClients {

    public static final String MOCK_SCHEME = "mock://";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    /** Request timeout for the HTTP client, in milliseconds. */
    public static final String REQUEST_TIMEOUT_MS = "request.timeout.ms";

    private static final String PREFIX = "schema.registry.";

    private SchemaRegistryClients() {
    }

    public static SchemaRegistryClient create(String url, Map<String, String> settings) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("schema registry URL is empty");
        }
        final String trimmed = url.trim();
        if (trimmed.startsWith(MOCK_SCHEME)) {
            final String scope = trimmed.substring(MOCK_SCHEME.length());
            if (scope.isBlank() || scope.contains(",")) {
                throw new IllegalArgumentException("mock schema registry URL needs exactly one scope name, e.g. mock://demo: " + trimmed);
            }
            return MockSchemaRegistry.forScope(scope);
        }
        final HttpSchemaRegistryClient.Builder builder = HttpSchemaRegistryClient.builder(trimmed);
        final String userInfo = setting(settings, BASIC_AUTH_USER_INFO);
        if (userInfo != null && !userInfo.isBlank()) {
            builder.basicAuth(userInfo);
        }
        final String timeout = setting(settings, REQUEST_TIMEOUT_MS);
        if (timeout != null && !timeout.isBlank()) {
            builder.requestTimeout(Duration.ofMillis(parseTimeout(timeout)));
        }
        return builder.build();
    }

    private static String setting(Map<String, String> settings, String key) {
        final String value = settings.get(key);
        return value != null ? value : settings.get(PREFIX + key);
    }

    private static long parseTimeout(String value) {
        try {
            final long millis = Long.parseLong(value.trim());
            if (millis > 0) {
                return millis;
            }
        } catch (NumberFormatException e) {
            // reported below with the setting name
        }
        throw new IllegalArgumentException(REQUEST_TIMEOUT_MS + " must be a positive number of milliseconds: " + value);
    }
}
