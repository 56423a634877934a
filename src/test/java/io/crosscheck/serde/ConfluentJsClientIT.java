package io.crosscheck.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.avro.Statement;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The compatibility proof: Confluent's official JavaScript client ({@code @confluentinc/schemaregistry},
 * its SchemaRegistryClient, AvroSerializer and AvroDeserializer) talks to our {@link SchemaRegistryServer},
 * writes records our deserializer reads, and reads records our serializer wrote; its bytes equal ours.
 *
 * <p>Needs {@code node}; skipped when it is absent. Installs {@code src/test/js/node_modules} with
 * {@code npm ci} (pinned by package-lock.json) when missing.
 */
class ConfluentJsClientIT {

    private static final Path JS_DIR = Path.of("src", "test", "js");
    private static final String TOPIC = "statements";

    private final ObjectMapper json = new ObjectMapper();
    private final MockSchemaRegistry registry = new MockSchemaRegistry();
    private final List<SchemaRegistryServer.ServedRequest> served = new CopyOnWriteArrayList<>();
    private SchemaRegistryServer server;

    @TempDir
    Path work;

    @BeforeEach
    void start() throws IOException {
        server = SchemaRegistryServer.builder(registry).requestListener(served::add).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void confluentJsClientAndCrosscheckReadEachOthersRecords() throws Exception {
        assumeTrue(commandWorks("node", "--version"), "node is not installed: Confluent JS client check skipped");
        installJsDependenciesIfMissing();

        final AvroSerde<Statement> ours = AvroSerde.forValues(HttpSchemaRegistryClient.builder(server.url()).build(), Statement.class);
        final Statement fromJava = TestStatements.full();
        final byte[] javaBytes = ours.serializer().serialize(TOPIC, fromJava);
        // The listener runs after the response is sent: wait until it saw our registration, then
        // clear, so that from here on only the JS client's calls are recorded.
        final long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (served.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(served).as("our own registration reached the server").isNotEmpty();
        served.clear();
        final Statement forJs = TestStatements.full();
        forJs.setStatementId("us-wh-2025-03-18");
        forJs.setIssuer("White House");
        forJs.setTitle(null);
        final Path schemaFile = Files.writeString(work.resolve("statement.avsc"), Statement.getClassSchema().toString());
        final Path statementFile = Files.writeString(work.resolve("statement.json"), avscJson(forJs).toString());

        final JsonNode js = runNode(List.of("node", JS_DIR.resolve("confluent-roundtrip.js").toString(), server.url(), TOPIC,
                schemaFile.toString(), statementFile.toString(), HexFormat.of().formatHex(javaBytes)));

        final List<SchemaRegistryServer.ServedRequest> jsCalls = List.copyOf(served);
        final String javaHexForJs = HexFormat.of().formatHex(ours.serializer().serialize(TOPIC, forJs));
        assertThat(js.get("registeredId").asInt()).as("same schema, same id").isEqualTo(WireFormat.schemaId(javaBytes));
        assertThat(js.get("serializedHex").asText()).as("JS bytes equal ours").isEqualTo(javaHexForJs);
        assertThat(js.get("serializedByIdHex").asText()).isEqualTo(javaHexForJs);
        assertThat(ours.deserializer().deserialize(TOPIC, HexFormat.of().parseHex(js.get("serializedHex").asText()))).isEqualTo(forJs);
        assertThat(js.get("decoded").equals(NUMBERS_BY_VALUE, avscJson(fromJava)))
                .as("JS decoded %s", js.get("decoded")).isTrue();
        assertThat(ours.deserializer().deserialize(TOPIC, HexFormat.of().parseHex(js.get("echoHex").asText()))).isEqualTo(fromJava);

        System.out.println("REST calls made by Confluent's JS client: " + jsCalls);
        assertThat(jsCalls).allSatisfy(request -> assertThat(request.status()).as(request.toString()).isBetween(200, 299));
        assertThat(jsCalls.stream().map(r -> r.method() + " " + r.pathAndQuery()).distinct()).containsExactlyInAnyOrder(
                "POST /subjects/statements-value/versions?normalize=false",
                "GET /associations/resources/-/statements?resourceType=topic&associationType=value",
                "GET /subjects/statements-value/versions/latest",
                "POST /subjects/statements-value?normalize=false",
                "GET /schemas/ids/1?subject=statements-value");
    }

    /** Numbers compare by value: JS prints 30.0 as 30. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    /** The record as avsc (the JS Avro library) represents it: unions unwrapped, enums as strings, millis as numbers. */
    private static JsonNode avscJson(Object value) {
        final JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof IndexedRecord record) {
            final ObjectNode object = nodes.objectNode();
            for (Schema.Field field : record.getSchema().getFields()) {
                object.set(field.name(), avscJson(record.get(field.pos())));
            }
            return object;
        }
        if (value instanceof List<?> list) {
            final ArrayNode array = nodes.arrayNode();
            list.forEach(item -> array.add(avscJson(item)));
            return array;
        }
        if (value instanceof Instant instant) {
            return nodes.numberNode(instant.toEpochMilli());
        }
        if (value instanceof Enum<?> || value instanceof GenericEnumSymbol<?>) {
            return nodes.textNode(value.toString());
        }
        return new ObjectMapper().valueToTree(value);
    }

    private JsonNode runNode(List<String> command) throws IOException, InterruptedException {
        final Process process = new ProcessBuilder(command)
                .redirectError(work.resolve("node-stderr.txt").toFile())
                .start();
        final byte[] stdout = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("node finished in time").isTrue();
        assertThat(process.exitValue()).as("node failed: %s", Files.readString(work.resolve("node-stderr.txt"))).isZero();
        return json.readTree(new String(stdout, StandardCharsets.UTF_8));
    }

    private void installJsDependenciesIfMissing() throws IOException, InterruptedException {
        if (Files.isDirectory(JS_DIR.resolve("node_modules").resolve("@confluentinc").resolve("schemaregistry"))) {
            return;
        }
        final List<String> npmCi = new ArrayList<>(List.of("npm", "ci", "--prefix", JS_DIR.toString(), "--no-audit", "--no-fund"));
        final Process process = new ProcessBuilder(npmCi).redirectErrorStream(true)
                .redirectOutput(work.resolve("npm-ci.txt").toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("npm ci finished in time").isTrue();
        assertThat(process.exitValue()).as("npm ci failed: %s", Files.readString(work.resolve("npm-ci.txt"))).isZero();
    }

    private static boolean commandWorks(String... command) {
        try {
            final Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
