package io.crosscheck.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SchemaRegistryClient} for a Confluent Schema Registry over its REST API
 * ({@code POST /subjects/{s}/versions}, {@code POST /subjects/{s}}, {@code GET /schemas/ids/{id}},
 * {@code GET /subjects/{s}/versions/{v}}, {@code GET /subjects}).
 *
 * <p>Schema ids never change once assigned, so both directions are cached for the life of the client:
 * (subject, schema) → id after register/lookup, id → schema after a fetch or a register. Repeated
 * calls make no HTTP request. Subjects and versions lists are not cached (they grow).
 *
 * <p>Several base URLs may be given comma-separated; the next is tried when one cannot be reached.
 * Basic auth comes from {@link Builder#basicAuth(String)} or from user info in a URL; neither appears in
 * {@link #toString()} or in exception messages.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final RegistryHttp http;
    private final boolean authenticated;
    private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    private HttpSchemaRegistryClient(RegistryHttp http, boolean authenticated) {
        this.http = http;
        this.authenticated = authenticated;
    }

    /** @param urls one or more comma-separated {@code http(s)://} base URLs, user info allowed */
    public static Builder builder(String urls) {
        return new Builder(urls);
    }

    @Override
    public int register(String subject, Schema schema) {
        final SubjectSchema key = new SubjectSchema(subject, schema);
        final Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        final JsonNode response = http.post("/subjects/" + encode(subject) + "/versions", schemaBody(schema));
        final int id = requiredInt(response, "id", "register under subject '" + subject + "'");
        idsBySubjectSchema.put(key, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public int lookupId(String subject, Schema schema) {
        final SubjectSchema key = new SubjectSchema(subject, schema);
        final Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        final JsonNode response = http.post("/subjects/" + encode(subject), schemaBody(schema));
        final int id = requiredInt(response, "id", "lookup under subject '" + subject + "'");
        idsBySubjectSchema.put(key, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public Schema getById(int id) {
        final Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        final JsonNode response;
        try {
            response = http.get("/schemas/ids/" + id);
        } catch (SchemaRegistryException e) {
            if (e.httpStatus() == 404) {
                throw new UnknownSchemaIdException(id, e.httpStatus(), e.getMessage());
            }
            throw e;
        }
        final Schema schema = parseAvro(response, "schema " + id);
        schemasById.putIfAbsent(id, schema);
        return schema;
    }

    @Override
    public RegisteredSchema latest(String subject) {
        return toRegistered(http.get("/subjects/" + encode(subject) + "/versions/latest"), subject);
    }

    @Override
    public List<String> subjects() {
        final List<String> subjects = new ArrayList<>();
        http.get("/subjects").forEach(node -> subjects.add(node.asText()));
        return List.copyOf(subjects);
    }

    @Override
    public List<Integer> versions(String subject) {
        final List<Integer> versions = new ArrayList<>();
        http.get("/subjects/" + encode(subject) + "/versions").forEach(node -> versions.add(node.asInt()));
        return List.copyOf(versions);
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        return toRegistered(http.get("/subjects/" + encode(subject) + "/versions/" + version), subject);
    }

    @Override
    public String toString() {
        return "HttpSchemaRegistryClient[urls=" + http.baseUrls() + ", auth=" + (authenticated ? "basic" : "none") + "]";
    }

    private RegisteredSchema toRegistered(JsonNode response, String subject) {
        final int id = requiredInt(response, "id", "version of subject '" + subject + "'");
        final int version = requiredInt(response, "version", "version of subject '" + subject + "'");
        final Schema schema = schemasById.computeIfAbsent(id, unused -> parseAvro(response, "schema " + id));
        return new RegisteredSchema(response.path("subject").asText(subject), id, version, schema);
    }

    private static ObjectNode schemaBody(Schema schema) {
        return JsonNodeFactory.instance.objectNode().put("schema", schema.toString());
    }

    private static Schema parseAvro(JsonNode response, String what) {
        final String type = response.path("schemaType").asText("AVRO");
        if (!"AVRO".equalsIgnoreCase(type)) {
            throw new SchemaRegistryException("Registry " + what + " is a " + type + " schema, not Avro");
        }
        if (!response.path("schema").isTextual()) {
            throw new SchemaRegistryException("Registry answer for " + what + " has no 'schema' text");
        }
        try {
            return new Schema.Parser().parse(response.get("schema").asText());
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException("Registry " + what + " is not a valid Avro schema: " + OneLine.of(e.getMessage()), e);
        }
    }

    private static int requiredInt(JsonNode response, String field, String what) {
        final JsonNode value = response.path(field);
        if (!value.canConvertToInt()) {
            throw new SchemaRegistryException("Registry answer to " + what + " has no integer '" + field + "'");
        }
        return value.asInt();
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record SubjectSchema(String subject, Schema schema) {
    }

    /** Configures and builds a client; see the class comment for URL forms. */
    public static final class Builder {
        private final List<URI> baseUrls = new ArrayList<>();
        private String userInfoFromUrl;
        private String userInfo;
        private Duration timeout = DEFAULT_TIMEOUT;

        private Builder(String urls) {
            if (urls == null || urls.isBlank()) {
                throw new IllegalArgumentException("schema registry URL is empty");
            }
            for (String url : urls.split(",")) {
                addUrl(url.trim());
            }
        }

        /** Basic auth credentials as {@code user:password}; overrides user info in the URLs. */
        public Builder basicAuth(String userInfo) {
            this.userInfo = userInfo;
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public HttpSchemaRegistryClient build() {
            final String credentials = userInfo != null && !userInfo.isEmpty() ? userInfo : userInfoFromUrl;
            final String authorization = credentials == null ? null
                    : "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
            return new HttpSchemaRegistryClient(new RegistryHttp(baseUrls, authorization, timeout), authorization != null);
        }

        private void addUrl(String url) {
            final URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("invalid schema registry URL: " + describeWithoutCredentials(url));
            }
            final String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("schema registry URL must be http(s)://host[:port]: "
                        + describeWithoutCredentials(url));
            }
            if (uri.getRawUserInfo() != null && userInfoFromUrl == null) {
                userInfoFromUrl = URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8);
            }
            try {
                baseUrls.add(new URI(scheme, null, uri.getHost(), uri.getPort(), uri.getPath(), null, null));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("invalid schema registry URL: " + describeWithoutCredentials(url));
            }
        }
    }

    /** The URL with any {@code user:password@} part masked, for error messages. */
    static String describeWithoutCredentials(String url) {
        return url.replaceFirst("//[^/@]*@", "//***@");
    }
}
