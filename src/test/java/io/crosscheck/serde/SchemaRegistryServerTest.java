package io.crosscheck.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.avro.Statement;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaRegistryServerTest {

    private static final Schema STATEMENT = Statement.getClassSchema();

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final MockSchemaRegistry registry = new MockSchemaRegistry();
    private final List<SchemaRegistryServer.ServedRequest> served = new CopyOnWriteArrayList<>();
    private SchemaRegistryServer server;

    @BeforeEach
    void start() throws IOException {
        server = SchemaRegistryServer.builder(registry).requestListener(served::add).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldRoundTripThroughHttpFromRegisterToDeserialize() {
        final HttpSchemaRegistryClient producerSide = HttpSchemaRegistryClient.builder(server.url()).build();
        final HttpSchemaRegistryClient consumerSide = HttpSchemaRegistryClient.builder(server.url()).build();
        final Statement statement = TestStatements.full();

        final byte[] bytes = AvroSerde.forValues(producerSide, Statement.class).serializer().serialize("statements", statement);
        final Statement read = AvroSerde.forValues(consumerSide, Statement.class).deserializer().deserialize("statements", bytes);

        assertThat(read).isEqualTo(statement);
        assertThat(registry.latest("statements-value").id()).isEqualTo(WireFormat.schemaId(bytes));
        assertThat(served).extracting(r -> r.method() + " " + r.pathAndQuery() + " " + r.status()).containsExactly(
                "POST /subjects/statements-value/versions 200",
                "GET /schemas/ids/1 200");
    }

    @Test
    void shouldServeSubjectsVersionsAndLookupsToTheHttpClient() {
        final Schema v2 = SchemaBuilder.record("Thing").fields().requiredString("a").optionalString("b").endRecord();
        registry.register("t-value", SchemaBuilder.record("Thing").fields().requiredString("a").endRecord());
        registry.register("t-value", v2);
        final HttpSchemaRegistryClient client = HttpSchemaRegistryClient.builder(server.url()).build();

        assertThat(client.subjects()).containsExactly("t-value");
        assertThat(client.versions("t-value")).containsExactly(1, 2);
        assertThat(client.latest("t-value")).isEqualTo(new RegisteredSchema("t-value", 2, 2, v2));
        assertThat(client.version("t-value", 1).id()).isEqualTo(1);
        assertThat(client.lookupId("t-value", v2)).isEqualTo(2);
    }

    @Test
    void shouldAnswerLookupWithSubjectIdVersionAndSchema() throws Exception {
        registry.register("statements-value", STATEMENT);
        final HttpResponse<String> response = post("/subjects/statements-value", schemaBody(STATEMENT));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.schemaregistry.v1+json");
        final JsonNode body = json.readTree(response.body());
        assertThat(body.get("subject").asText()).isEqualTo("statements-value");
        assertThat(body.get("id").asInt()).isEqualTo(1);
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(new Schema.Parser().parse(body.get("schema").asText())).isEqualTo(STATEMENT);
    }

    @Test
    void shouldServeSchemasByIdIgnoringQueryParameters() throws Exception {
        registry.register("statements-value", STATEMENT);
        final HttpResponse<String> byId = get("/schemas/ids/1?subject=statements-value&fetchMaxId=false");
        assertThat(json.readTree(byId.body()).fieldNames()).toIterable().containsExactly("schema");
        assertThat(new Schema.Parser().parse(json.readTree(byId.body()).get("schema").asText())).isEqualTo(STATEMENT);

        final HttpResponse<String> raw = get("/schemas/ids/1/schema");
        assertThat(new Schema.Parser().parse(raw.body())).isEqualTo(STATEMENT);
        assertThat(json.readTree(get("/subjects/statements-value/versions/latest").body()).get("version").asInt()).isEqualTo(1);
        assertThat(json.readTree(get("/subjects/statements-value/versions/-1").body()).get("id").asInt()).isEqualTo(1);
    }

    @Test
    void shouldReportBackwardCompatibilityConfig() throws Exception {
        assertThat(get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        assertThat(get("/config/statements-value").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    }

    @Test
    void shouldCheckCompatibilityAgainstAVersion() throws Exception {
        final Schema v1 = SchemaBuilder.record("Thing").fields().requiredString("a").endRecord();
        registry.register("t-value", v1);
        final Schema addsOptional = SchemaBuilder.record("Thing").fields().requiredString("a").optionalString("b").endRecord();
        final Schema addsRequired = SchemaBuilder.record("Thing").fields().requiredString("a").requiredInt("n").endRecord();

        assertThat(post("/compatibility/subjects/t-value/versions/latest", schemaBody(addsOptional)).body())
                .isEqualTo("{\"is_compatible\":true}");
        assertThat(post("/compatibility/subjects/t-value/versions/1", schemaBody(addsRequired)).body())
                .isEqualTo("{\"is_compatible\":false}");
        final JsonNode verbose = json.readTree(post("/compatibility/subjects/t-value/versions/1?verbose=true", schemaBody(addsRequired)).body());
        assertThat(verbose.get("messages").get(0).asText()).contains("READER_FIELD_MISSING_DEFAULT_VALUE").contains("n");
    }

    @Test
    void shouldAnswerErrorsAsConfluentDoes() throws Exception {
        registry.register("t-value", STATEMENT);
        assertError(get("/subjects/nope/versions"), 404, 40401);
        assertError(get("/subjects/t-value/versions/7"), 404, 40402);
        assertError(get("/subjects/t-value/versions/zero"), 422, 42202);
        assertError(get("/schemas/ids/99"), 404, 40403);
        assertError(post("/subjects/t-value", schemaBody(SchemaBuilder.record("Other").fields().endRecord())), 404, 40403);
        assertError(post("/subjects/t-value/versions", "{\"schema\":\"{not avro\"}"), 422, 42201);
        assertError(post("/subjects/t-value/versions", "not json"), 400, 400);
        assertError(get("/no/such/route"), 404, 404);
    }

    @Test
    void shouldRejectNonAvroSchemaTypesClearly() throws Exception {
        final HttpResponse<String> response = post("/subjects/p-value/versions",
                "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\";\"}");
        assertError(response, 422, 42201);
        assertThat(json.readTree(response.body()).get("message").asText())
                .isEqualTo("Invalid schema: schemaType PROTOBUF is not supported, this registry serves AVRO schemas only");
        assertThat(post("/subjects/a-value/versions", "{\"schemaType\":\"AVRO\",\"schema\":\"\\\"string\\\"\"}").body())
                .isEqualTo("{\"id\":1}");
    }

    @Test
    void shouldRequireBasicAuthWhenConfigured() throws Exception {
        try (SchemaRegistryServer secured = SchemaRegistryServer.builder(registry).basicAuth("reg:pw").start()) {
            final HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(secured.url() + "/subjects")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertError(anonymous, 401, 401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();

            assertThatThrownBy(() -> HttpSchemaRegistryClient.builder(secured.url()).basicAuth("reg:wrong").build().subjects())
                    .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.httpStatus()).isEqualTo(401));
            assertThat(HttpSchemaRegistryClient.builder(secured.url()).basicAuth("reg:pw").build().subjects()).isEmpty();
            assertThat(secured.toString()).doesNotContain("pw");
        }
    }

    @Test
    void shouldFreeItsPortOnClose() throws IOException {
        final int port = server.port();
        server.close();
        try (ServerSocket socket = new ServerSocket(port, 0, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    private void assertError(HttpResponse<String> response, int status, int errorCode) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        final JsonNode body = json.readTree(response.body());
        assertThat(body.get("error_code").asInt()).isEqualTo(errorCode);
        assertThat(body.get("message").asText()).isNotBlank();
    }

    private String schemaBody(Schema schema) {
        return json.createObjectNode().put("schema", schema.toString()).toString();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                        .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
