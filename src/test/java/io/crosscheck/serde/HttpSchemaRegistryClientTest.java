package io.crosscheck.serde;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.avro.Statement;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpSchemaRegistryClientTest {

    private static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Schema STATEMENT = Statement.getClassSchema();

    private final ObjectMapper json = new ObjectMapper();
    private RecordingRegistryStub stub;

    @BeforeEach
    void startStub() throws IOException {
        stub = new RecordingRegistryStub();
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void shouldRegisterWithConfluentRequestAndCacheTheId() throws Exception {
        stub.answer("POST /subjects/statements-value/versions", 200, "{\"id\":7}");
        final HttpSchemaRegistryClient client = HttpSchemaRegistryClient.builder(stub.url()).build();

        assertThat(client.register("statements-value", STATEMENT)).isEqualTo(7);
        assertThat(client.register("statements-value", STATEMENT)).isEqualTo(7);
        assertThat(client.getById(7)).isEqualTo(STATEMENT);

        assertThat(stub.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/subjects/statements-value/versions");
            assertThat(request.header("Content-Type")).isEqualTo(MEDIA_TYPE);
            assertThat(request.header("Accept")).isEqualTo(MEDIA_TYPE);
            assertThat(request.header("Authorization")).isNull();
            assertThat(json.readTree(request.body()).fieldNames()).toIterable().containsExactly("schema");
            assertThat(new Schema.Parser().parse(json.readTree(request.body()).get("schema").asText())).isEqualTo(STATEMENT);
        });
    }

    @Test
    void shouldFetchSchemaByIdOnceAndIgnoreExtraFields() {
        stub.answer("GET /schemas/ids/3", 200,
                "{\"schema\":" + json.valueToTree(STATEMENT.toString()) + ",\"schemaType\":\"AVRO\",\"maxId\":9}");
        final HttpSchemaRegistryClient client = HttpSchemaRegistryClient.builder(stub.url()).build();

        assertThat(client.getById(3)).isEqualTo(STATEMENT);
        assertThat(client.getById(3)).isEqualTo(STATEMENT);

        assertThat(stub.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/schemas/ids/3");
            assertThat(request.header("Accept")).isEqualTo(MEDIA_TYPE);
        });
    }

    @Test
    void shouldLookUpAnExistingSchemaWithoutRegistering() throws Exception {
        stub.answer("POST /subjects/statements-value", 200, "{\"subject\":\"statements-value\",\"id\":4,\"version\":2,\"schema\":"
                + json.valueToTree(STATEMENT.toString()) + "}");
        final HttpSchemaRegistryClient client = HttpSchemaRegistryClient.builder(stub.url()).build();

        assertThat(client.lookupId("statements-value", STATEMENT)).isEqualTo(4);
        assertThat(client.lookupId("statements-value", STATEMENT)).isEqualTo(4);

        assertThat(stub.requests()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/subjects/statements-value");
            assertThat(json.readTree(request.body()).get("schema").asText()).isEqualTo(STATEMENT.toString());
        });
    }

    @Test
    void shouldReadLatestVersionsAndSubjects() {
        stub.answer("GET /subjects/statements-value/versions/latest", 200,
                "{\"subject\":\"statements-value\",\"id\":5,\"version\":3,\"schema\":" + json.valueToTree(STATEMENT.toString()) + "}");
        stub.answer("GET /subjects", 200, "[\"a-value\",\"statements-value\"]");
        stub.answer("GET /subjects/statements-value/versions", 200, "[1,2,3]");
        final HttpSchemaRegistryClient client = HttpSchemaRegistryClient.builder(stub.url()).build();

        assertThat(client.latest("statements-value")).isEqualTo(new RegisteredSchema("statements-value", 5, 3, STATEMENT));
        assertThat(client.subjects()).containsExactly("a-value", "statements-value");
        assertThat(client.versions("statements-value")).containsExactly(1, 2, 3);
    }

    @Test
    void shouldSendBasicAuthFromBuilderOrUrlButNeverShowIt() {
        stub.answer("GET /subjects", 200, "[]");
        final HttpSchemaRegistryClient fromBuilder = HttpSchemaRegistryClient.builder(stub.url()).basicAuth("alice:s3cret").build();
        final HttpSchemaRegistryClient fromUrl = HttpSchemaRegistryClient
                .builder(stub.url().replace("http://", "http://bob:pa%3Ass@")).build();

        fromBuilder.subjects();
        fromUrl.subjects();

        assertThat(stub.requests()).extracting(r -> r.header("Authorization")).containsExactly(
                "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8)),
                "Basic " + Base64.getEncoder().encodeToString("bob:pa:ss".getBytes(StandardCharsets.UTF_8)));
        assertThat(fromBuilder.toString()).contains("auth=basic").doesNotContain("s3cret").doesNotContain("alice");
        assertThat(fromUrl.toString()).doesNotContain("bob").doesNotContain("pa");
    }

    @Test
    void shouldExplainConfluentErrorsWithStatusCodeAndMessage() {
        stub.answer("POST /subjects/statements-value/versions", 409,
                "{\"error_code\":40901,\"message\":\"Schema being registered is incompatible with an earlier schema\"}");
        final HttpSchemaRegistryClient client = HttpSchemaRegistryClient.builder(stub.url()).basicAuth("alice:s3cret").build();

        assertThatThrownBy(() -> client.register("statements-value", STATEMENT))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(40901);
                })
                .hasMessage("Schema registry POST /subjects/statements-value/versions failed: HTTP 409, "
                        + "error_code 40901: Schema being registered is incompatible with an earlier schema")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
    }

    @Test
    void shouldReportServerErrorsWithoutJsonBody() {
        stub.answer("GET /subjects", 503, "<html>upstream\nunavailable</html>");
        final HttpSchemaRegistryClient client = HttpSchemaRegistryClient.builder(stub.url()).build();

        assertThatThrownBy(client::subjects)
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.httpStatus()).isEqualTo(503))
                .hasMessage("Schema registry GET /subjects failed: HTTP 503, <html>upstream unavailable</html>");
    }

    @Test
    void shouldRaiseUnknownSchemaIdForA404OnSchemaFetch() {
        stub.answer("GET /schemas/ids/99", 404, "{\"error_code\":40403,\"message\":\"Schema 99 not found\"}");
        final HttpSchemaRegistryClient client = HttpSchemaRegistryClient.builder(stub.url()).build();

        assertThatThrownBy(() -> client.getById(99))
                .isInstanceOfSatisfying(UnknownSchemaIdException.class, e -> {
                    assertThat(e.schemaId()).isEqualTo(99);
                    assertThat(e.httpStatus()).isEqualTo(404);
                })
                .hasMessageContaining("Schema 99 not found");
    }

    @Test
    void shouldRejectNonAvroSchemas() {
        stub.answer("GET /schemas/ids/2", 200, "{\"schema\":\"syntax = \\\"proto3\\\";\",\"schemaType\":\"PROTOBUF\"}");
        final HttpSchemaRegistryClient client = HttpSchemaRegistryClient.builder(stub.url()).build();

        assertThatThrownBy(() -> client.getById(2)).isInstanceOf(SchemaRegistryException.class)
                .hasMessage("Registry schema 2 is a PROTOBUF schema, not Avro");
    }

    @Test
    void shouldUrlEncodeSubjects() {
        stub.answer("GET /subjects/my%20topic%2Fx-value/versions", 200, "[1]");
        final HttpSchemaRegistryClient client = HttpSchemaRegistryClient.builder(stub.url()).build();

        assertThat(client.versions("my topic/x-value")).containsExactly(1);
    }

    @Test
    void shouldFailOverToTheNextUrlWhenOneIsUnreachable() throws IOException {
        stub.answer("GET /subjects", 200, "[\"a-value\"]");
        final int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        final HttpSchemaRegistryClient client = HttpSchemaRegistryClient
                .builder("http://127.0.0.1:" + closedPort + ", " + stub.url()).build();

        assertThat(client.subjects()).containsExactly("a-value");
    }

    @Test
    void shouldReportUnreachableRegistryWithoutCredentials() throws IOException {
        final int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        final HttpSchemaRegistryClient client = HttpSchemaRegistryClient
                .builder("http://carol:hunter2@127.0.0.1:" + closedPort).requestTimeout(Duration.ofSeconds(2)).build();

        assertThatThrownBy(client::subjects)
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageStartingWith("Schema registry unreachable: GET /subjects failed on [http://127.0.0.1:" + closedPort + "]")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("carol"));
    }

    @Test
    void shouldRejectUrlsThatAreNotHttpWithoutEchoingCredentials() {
        assertThatThrownBy(() -> HttpSchemaRegistryClient.builder("ftp://dave:pw123@host:1").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schema registry URL must be http(s)://host[:port]: ftp://***@host:1");
    }
}
