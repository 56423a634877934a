package io.crosscheck.serde;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaRegistryClientsTest {

    private static final String SCOPE = "schema-registry-clients-test";

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void shouldShareTheMockRegistryOfAScope() {
        final SchemaRegistryClient first = SchemaRegistryClients.create("mock://" + SCOPE, Map.of());
        final SchemaRegistryClient second = SchemaRegistryClients.create(" mock://" + SCOPE + " ", Map.of());
        assertThat(first).isSameAs(second).isSameAs(MockSchemaRegistry.forScope(SCOPE));
    }

    @Test
    void shouldRejectMockUrlWithoutScope() {
        assertThatThrownBy(() -> SchemaRegistryClients.create("mock://", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mock://demo");
    }

    @Test
    void shouldUseBasicAuthUserInfoSettingOverUrlCredentials() throws IOException {
        try (RecordingRegistryStub stub = new RecordingRegistryStub().answer("GET /subjects", 200, "[]")) {
            final SchemaRegistryClient client = SchemaRegistryClients.create(stub.url().replace("//", "//url:cred@"),
                    Map.of(SchemaRegistryClients.BASIC_AUTH_USER_INFO, "setting:secret"));
            client.subjects();
            assertThat(client).isInstanceOf(HttpSchemaRegistryClient.class);
            assertThat(stub.requests().get(0).header("Authorization")).isEqualTo(
                    "Basic " + Base64.getEncoder().encodeToString("setting:secret".getBytes(StandardCharsets.UTF_8)));
            assertThat(client.toString()).doesNotContain("secret").doesNotContain("cred");
        }
    }

    @Test
    void shouldAcceptConfluentPrefixedSettingAndUrlCredentials() throws IOException {
        try (RecordingRegistryStub stub = new RecordingRegistryStub().answer("GET /subjects", 200, "[]")) {
            SchemaRegistryClients.create(stub.url(), Map.of("schema.registry.basic.auth.user.info", "p:q")).subjects();
            SchemaRegistryClients.create(stub.url().replace("//", "//u:v@"), Map.of()).subjects();
            assertThat(stub.requests()).extracting(r -> r.header("Authorization")).containsExactly(
                    "Basic " + Base64.getEncoder().encodeToString("p:q".getBytes(StandardCharsets.UTF_8)),
                    "Basic " + Base64.getEncoder().encodeToString("u:v".getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void shouldRejectUnknownSchemesAndBadTimeouts() {
        assertThatThrownBy(() -> SchemaRegistryClients.create("kafka://x:1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)://");
        assertThatThrownBy(() -> SchemaRegistryClients.create("http://127.0.0.1:1",
                Map.of(SchemaRegistryClients.REQUEST_TIMEOUT_MS, "soon")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("request.timeout.ms must be a positive number of milliseconds: soon");
    }
}
