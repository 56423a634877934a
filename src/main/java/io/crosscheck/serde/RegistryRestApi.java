package io.crosscheck.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The Confluent Schema Registry REST API over any {@link SchemaRegistryClient}, as a plain function from
 * (method, decoded path segments, query, body) to a JSON answer; {@link SchemaRegistryServer} does the HTTP.
 * Covers what Confluent's own serializers, deserializers and clients call:
 * subjects, versions, register, lookup, schemas by id, config, compatibility, and association lookup
 * (always empty, so Confluent's JS client falls back to TopicNameStrategy). Only Avro schemas.
 * Errors are thrown as {@link SchemaRegistryException} with Confluent's error codes.
 */
final class RegistryRestApi {

    static final String COMPATIBILITY_LEVEL = "BACKWARD";

    private final SchemaRegistryClient registry;
    private final ObjectMapper json = new ObjectMapper();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    RegistryRestApi(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    /** A response: HTTP status and JSON body. */
    record Response(int status, JsonNode body) {
    }

    Response handle(String method, List<String> path, Map<String, String> query, String body) {
        final String route = method + " " + shape(path);
        return switch (route) {
            case "GET /" -> ok(nodes.objectNode());
            case "GET /subjects" -> ok(stringArray(registry.subjects()));
            case "GET /subjects/*/versions" -> ok(intArray(registry.versions(path.get(1))));
            case "POST /subjects/*/versions" -> ok(nodes.objectNode().put("id", registry.register(path.get(1), schemaFrom(body))));
            case "POST /subjects/*" -> ok(lookup(path.get(1), schemaFrom(body)));
            case "GET /subjects/*/versions/*" -> ok(versionNode(version(path.get(1), path.get(3))));
            case "GET /subjects/*/versions/*/schema" -> ok(rawSchema(version(path.get(1), path.get(3)).schema()));
            case "GET /schemas/ids/*" -> ok(nodes.objectNode().put("schema", registry.getById(id(path.get(2))).toString()));
            case "GET /schemas/ids/*/schema" -> ok(rawSchema(registry.getById(id(path.get(2)))));
            case "GET /config", "GET /config/*" -> ok(nodes.objectNode().put("compatibilityLevel", COMPATIBILITY_LEVEL));
            case "POST /compatibility/subjects/*/versions/*" -> ok(compatibility(path.get(2), path.get(4), body,
                    Boolean.parseBoolean(query.get("verbose"))));
            case "GET /associations/resources/*/*" -> ok(nodes.arrayNode());
            default -> new Response(404, error(404, "HTTP 404 Not Found"));
        };
    }

    static ObjectNode error(int errorCode, String message) {
        return JsonNodeFactory.instance.objectNode().put("error_code", errorCode).put("message", message);
    }

    private ObjectNode lookup(String subject, Schema schema) {
        final int id = registry.lookupId(subject, schema);
        for (int version : registry.versions(subject)) {
            final RegisteredSchema candidate = registry.version(subject, version);
            if (candidate.id() == id) {
                return versionNode(candidate);
            }
        }
        throw SchemaRegistryException.ofCode(SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema not found");
    }

    private ObjectNode compatibility(String subject, String version, String body, boolean verbose) {
        final Schema candidate = schemaFrom(body);
        final Schema existing = version(subject, version).schema();
        final SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(candidate, existing);
        final boolean compatible = result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;
        final ObjectNode answer = nodes.objectNode().put("is_compatible", compatible);
        if (verbose) {
            final ArrayNode messages = answer.putArray("messages");
            if (!compatible) {
                messages.add(SchemaCompatibilityDescription.of(result));
            }
        }
        return answer;
    }

    private RegisteredSchema version(String subject, String version) {
        if (version.equals("latest") || version.equals("-1")) {
            return registry.latest(subject);
        }
        try {
            final int number = Integer.parseInt(version);
            if (number > 0) {
                return registry.version(subject, number);
            }
        } catch (NumberFormatException e) {
            // reported below in Confluent's words
        }
        throw SchemaRegistryException.ofCode(SchemaRegistryException.INVALID_VERSION,
                "The specified version '" + version + "' is not a valid version id. "
                        + "Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    private Schema schemaFrom(String body) {
        final JsonNode request;
        try {
            request = json.readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw new SchemaRegistryException("Request body is not JSON: " + OneLine.of(e.getMessage()), 400, 400);
        }
        if (request == null || !request.path("schema").isTextual()) {
            throw SchemaRegistryException.ofCode(SchemaRegistryException.INVALID_SCHEMA,
                    "Invalid schema: the request has no \"schema\" string");
        }
        final String type = request.path("schemaType").asText("AVRO");
        if (!type.equalsIgnoreCase("AVRO")) {
            throw SchemaRegistryException.ofCode(SchemaRegistryException.INVALID_SCHEMA,
                    "Invalid schema: schemaType " + type + " is not supported, this registry serves AVRO schemas only");
        }
        if (request.path("references").size() > 0) {
            throw SchemaRegistryException.ofCode(SchemaRegistryException.INVALID_SCHEMA,
                    "Invalid schema: schema references are not supported, inline the referenced types");
        }
        try {
            return new Schema.Parser().parse(request.get("schema").asText());
        } catch (RuntimeException e) {
            throw SchemaRegistryException.ofCode(SchemaRegistryException.INVALID_SCHEMA,
                    "Invalid schema: " + OneLine.of(e.getMessage()));
        }
    }

    private ObjectNode versionNode(RegisteredSchema registered) {
        return nodes.objectNode()
                .put("subject", registered.subject())
                .put("version", registered.version())
                .put("id", registered.id())
                .put("schema", registered.schema().toString());
    }

    private JsonNode rawSchema(Schema schema) {
        try {
            return json.readTree(schema.toString());
        } catch (IOException e) {
            throw new SchemaRegistryException("Cannot render schema as JSON", e);
        }
    }

    private static int id(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new SchemaRegistryException("HTTP 404 Not Found", 404, 404);
        }
    }

    private ArrayNode stringArray(List<String> values) {
        final ArrayNode array = nodes.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private ArrayNode intArray(List<Integer> values) {
        final ArrayNode array = nodes.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static Response ok(JsonNode body) {
        return new Response(200, body);
    }

    /** "/subjects/*&#47;versions" style key: fixed words kept, variable segments replaced by "*". */
    private static String shape(List<String> path) {
        if (path.isEmpty()) {
            return "/";
        }
        final StringBuilder shape = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            shape.append('/').append(isVariable(path, i) ? "*" : path.get(i));
        }
        return shape.toString();
    }

    private static boolean isVariable(List<String> path, int index) {
        final String root = path.get(0);
        return switch (root) {
            case "subjects", "config" -> index == 1 || index == 3;
            case "schemas" -> index == 2;
            case "compatibility" -> index == 2 || index == 4;
            case "associations" -> index >= 2;
            default -> false;
        };
    }
}
