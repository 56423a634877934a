package io.crosscheck.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Draft201909;
import com.networknt.schema.keyword.NonValidationKeyword;

import io.crosscheck.config.CrosscheckConfig;


/**
 * Checks docker/compose.yaml offline: valid against the Compose Specification's JSON schema
 * (vendored in src/test/resources/compose-spec), and wired the way `docker compose up` needs.
 */
class DockerComposeFileTest {

    private static final Path COMPOSE_FILE = Path.of("docker/compose.yaml");
    private static Schema composeSchema;
    private static String composeText;
    private static JsonNode services;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream schema = DockerComposeFileTest.class.getResourceAsStream("/compose-spec/compose-spec.json")) {
            composeSchema = SchemaRegistry.withDialect(composeSpecDialect()).getSchema(schema, InputFormat.JSON);
        }
        composeText = Files.readString(COMPOSE_FILE);
        services = new YAMLMapper().readTree(composeText).get("services");
    }

    @Test
    void shouldConformToTheComposeSpecification() {
        final List<Error> errors = composeSchema.validate(composeText, InputFormat.YAML);
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldRejectAFileThatBreaksTheSpecification() {
        final String broken = """
            services:
              app:
                image: example
                depends_on:
                  db:
                    condition: when_it_feels_like_it
                restart_policy: always
            """;
        assertThat(composeSchema.validate(broken, InputFormat.YAML)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldRunAKraftBrokerARegistryCrosscheckAndTheSampleProducer() {
        assertThat(fieldNames(services))
            .containsExactlyInAnyOrder("kafka", "schema-registry", "topic-init", "crosscheck", "produce");
        assertThat(services.at("/kafka/image").asText()).startsWith("apache/kafka:");
        assertThat(services.at("/kafka/environment/KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(services.at("/schema-registry/image").asText()).startsWith("confluentinc/cp-schema-registry:");
        assertThat(services.at("/crosscheck/build/dockerfile").asText()).isEqualTo("docker/Dockerfile");
        assertThat(COMPOSE_FILE.toAbsolutePath().getParent()
            .resolve(services.at("/crosscheck/build/context").asText())
            .resolve(services.at("/crosscheck/build/dockerfile").asText())).exists();
        assertThat(strings(services.at("/crosscheck/command"))).containsExactly("run");
        assertThat(strings(services.at("/produce/command")))
            .containsExactly("produce", "--input", "/app/samples/founding.jsonl");
        assertThat(services.at("/produce/image").asText()).isEqualTo(services.at("/crosscheck/image").asText());
    }

    @Test
    void shouldStartEachServiceOnlyOnceWhatItNeedsIsUp() {
        assertThat(services.at("/schema-registry/depends_on/kafka/condition").asText()).isEqualTo("service_healthy");
        assertThat(services.at("/topic-init/depends_on/kafka/condition").asText()).isEqualTo("service_healthy");
        assertThat(services.at("/crosscheck/depends_on/kafka/condition").asText()).isEqualTo("service_healthy");
        assertThat(services.at("/crosscheck/depends_on/schema-registry/condition").asText()).isEqualTo("service_healthy");
        assertThat(services.at("/crosscheck/depends_on/topic-init/condition").asText())
            .isEqualTo("service_completed_successfully");
        assertThat(services.at("/produce/depends_on/crosscheck/condition").asText()).isEqualTo("service_healthy");
        // A service others wait on as healthy needs a health check: its own here, or crosscheck's from the Dockerfile.
        for (String name : fieldNames(services)) {
            for (String dependency : fieldNames(services.at("/" + name + "/depends_on"))) {
                assertThat(services.has(dependency)).as(name + " depends on a defined service").isTrue();
                final boolean waitsForHealth = services.at("/" + name + "/depends_on/" + dependency + "/condition")
                    .asText().equals("service_healthy");
                if (waitsForHealth && !dependency.equals("crosscheck")) {
                    assertThat(services.at("/" + dependency + "/healthcheck/test").isMissingNode())
                        .as(dependency + " has a healthcheck").isFalse();
                }
            }
        }
    }

    @Test
    void shouldCreateEveryTopicCrosscheckIsConfiguredWith() {
        final String init = strings(services.at("/topic-init/command")).get(0);
        final JsonNode env = services.at("/crosscheck/environment");
        for (String variable : List.of("CROSSCHECK_TOPIC_STATEMENTS", "CROSSCHECK_TOPIC_ALERTS",
                "CROSSCHECK_TOPIC_ALERTS_JSON", "CROSSCHECK_TOPIC_DLQ")) {
            assertThat(init).as(variable).contains(" " + env.get(variable).asText() + ":");
        }
        assertThat(init).contains("statements:3").contains("--if-not-exists");
    }

    @Test
    void shouldPointCrosscheckAtTheInternalListenerAndKeepStateOnAVolume() {
        final JsonNode env = services.at("/crosscheck/environment");
        final String internal = services.at("/kafka/environment/KAFKA_ADVERTISED_LISTENERS").asText().split(",")[0];
        assertThat(internal).isEqualTo("INTERNAL://" + env.get("KAFKA_BOOTSTRAP_SERVERS").asText());
        assertThat(env.get("SCHEMA_REGISTRY_URL").asText()).isEqualTo("http://schema-registry:8081");
        assertThat(strings(services.at("/crosscheck/volumes")))
            .contains("crosscheck-state:" + env.get("CROSSCHECK_STATE_DIR").asText());
        final Duration grace = composeDuration(services.at("/crosscheck/stop_grace_period").asText());
        assertThat(grace).isGreaterThan(Duration.parse(env.get("CROSSCHECK_CLOSE_TIMEOUT").asText()));
    }

    /**
     * Draft 2019-09, the dialect the compose schema declares, extended to accept the draft-04 style
     * {@code "id"} members the schema also carries: informative there, so they are read as annotations.
     */
    private static Dialect composeSpecDialect() {
        return Dialect.builder(Draft201909.getInstance())
            .keyword(new NonValidationKeyword("id"))
            .build();
    }

    @Test
    void shouldGiveEveryCrosscheckContainerSettingsTheAppAccepts() {
        for (String service : List.of("crosscheck", "produce")) {
            final Map<String, String> env = new HashMap<>();
            services.at("/" + service + "/environment").fields()
                .forEachRemaining(entry -> env.put(entry.getKey(), entry.getValue().asText()));
            final CrosscheckConfig parsed = CrosscheckConfig.fromEnv(env);
            assertThat(parsed.bootstrapServers()).as(service).isEqualTo("kafka:29092");
            assertThat(parsed.schemaRegistryUrl()).as(service).isEqualTo("http://schema-registry:8081");
        }
    }

    private static Duration composeDuration(String text) {
        final Matcher matcher = Pattern.compile("(\\d+)([smh])").matcher(text);
        assertThat(matcher.matches()).as("simple compose duration: " + text).isTrue();
        final long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.isObject() ? toList(node.fieldNames()) : List.of();
    }

    private static List<String> toList(Iterator<String> names) {
        final List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static List<String> strings(JsonNode array) {
        final List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.asText()));
        return values;
    }

}
