package io.crosscheck.reliability;

import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.Topics;
import io.crosscheck.embedded.EmbeddedKafkaBroker;
import io.crosscheck.embedded.LeastPrivilegeAcls;
import io.crosscheck.produce.StatementPublisher;
import io.crosscheck.serde.AvroSerde;
import io.crosscheck.serde.MockSchemaRegistry;
import io.crosscheck.serde.SchemaRegistryServer;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.topology.DetectionEngine;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Crosscheck on a SASL_SSL (SCRAM-SHA-512) broker with the StandardAuthorizer, as a separate JVM whose
 * user holds only least-privilege ACLs: read its input, write its outputs, everything under its
 * application.id prefix (internal topics, consumer group, transactional ids) and IdempotentWrite. The
 * schema registry requires basic auth. It must alert as usual; a user without ACLs must be refused the
 * statements and the alerts; wrong credentials must fail closed; and no secret may reach its logs.
 */
class LeastPrivilegeIT {

    private static final String APP_ID = "crosscheck-secure";
    private static final String APP_USER = "crosscheck-app";
    private static final String APP_PASSWORD = "app-pw-" + UUID.randomUUID();
    private static final String OUTSIDER = "outsider";
    private static final String OUTSIDER_PASSWORD = "outsider-pw-" + UUID.randomUUID();
    private static final String REGISTRY_USER_INFO = "registry-user:registry-pw-" + UUID.randomUUID();
    private static final Topics TOPICS = Topics.defaults();

    private static EmbeddedKafkaBroker broker;
    private static SchemaRegistryServer registryServer;
    private static final String SCOPE = "least-privilege-" + UUID.randomUUID();
    private static final ConcurrentLinkedQueue<SchemaRegistryServer.ServedRequest> registryRequests = new ConcurrentLinkedQueue<>();
    private static Path workDir;

    @BeforeAll
    static void startSecureBroker() throws Exception {
        broker = EmbeddedKafkaBroker.builder().secure(true).build().start();
        broker.createTopics(Map.of(TOPICS.statements(), 2, TOPICS.alerts(), 2, TOPICS.alertsJson(), 2, TOPICS.deadLetters(), 1));
        broker.createUser(APP_USER, APP_PASSWORD);
        broker.createUser(OUTSIDER, OUTSIDER_PASSWORD);
        grantLeastPrivilege();
        registryServer = SchemaRegistryServer.builder(MockSchemaRegistry.forScope(SCOPE))
                .basicAuth(REGISTRY_USER_INFO).requestListener(registryRequests::add).start();
        workDir = Files.createTempDirectory("crosscheck-secure-");
    }

    @AfterAll
    static void stop() {
        if (registryServer != null) {
            registryServer.close();
        }
        if (broker != null) {
            broker.close();
        }
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void shouldAlertWithLeastPrivilegeAclsAndRegistryBasicAuthWithoutLoggingSecrets() throws Exception {
        List<Statement> statements = Samples.founding();
        Set<String> expected = AlertOracle.offline(DetectionEngine.standard(DetectionSettings.defaults()), statements).expectedAlertIds();

        Map<String, String> env = new HashMap<>(broker.clientEnvironment(APP_USER, APP_PASSWORD));
        env.put("SCHEMA_REGISTRY_URL", registryServer.url());
        env.put("SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO", REGISTRY_USER_INFO);
        env.put("CROSSCHECK_APPLICATION_ID", APP_ID);
        try (CrosscheckProcess app = new CrosscheckProcess("secure", env, workDir, Path.of("target", "fault-logs", APP_ID))) {
            app.start().awaitReady(Duration.ofSeconds(180));
            try (StatementPublisher publisher = new StatementPublisher(broker.clientProperties(),
                    MockSchemaRegistry.forScope(SCOPE), true, TOPICS.statements())) {
                publisher.publish(statements);
            }
            Set<String> received = new HashSet<>();
            Pipeline.await("the founding alerts", Duration.ofSeconds(120), () -> {
                received.addAll(readAlertIds());
                return received.containsAll(expected);
            });
            assertThat(received).isEqualTo(expected);
            app.stop(Duration.ofSeconds(60));

            String output = app.allOutput();
            assertThat(output).as("the app logged its start").contains("Starting with CrosscheckConfig");
            assertThat(output).doesNotContain(APP_PASSWORD)
                    .doesNotContain(REGISTRY_USER_INFO.substring(REGISTRY_USER_INFO.indexOf(':') + 1))
                    .doesNotContain(env.get("KAFKA_SSL_TRUSTSTORE_PASSWORD"));
        }
        assertThat(registryRequests).as("the app reached the registry with its basic auth")
                .isNotEmpty().noneMatch(request -> request.status() == 401);
    }

    @Test
    void shouldRefuseAUserWithoutAclsTheStatementsAndTheAlerts() {
        for (String topic : List.of(TOPICS.statements(), TOPICS.alerts())) {
            try (KafkaConsumer<byte[], byte[]> consumer = consumer(broker.clientProperties(OUTSIDER, OUTSIDER_PASSWORD), "outsider")) {
                consumer.subscribe(List.of(topic));
                assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(20)))
                        .as("reading " + topic + " without ACLs").isInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    @Test
    void shouldFailClosedWithAClearErrorOnWrongCredentials() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(broker.clientProperties(APP_USER, "wrong-password"), APP_ID)) {
            consumer.subscribe(List.of(TOPICS.statements()));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(20)))
                    .isInstanceOf(SaslAuthenticationException.class)
                    .hasMessageContaining("Authentication failed");
        }
    }

    private static Set<String> readAlertIds() {
        Map<String, Object> props = new HashMap<>(broker.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        AvroSerde<ContradictionAlert> serde = new AvroSerde<>(MockSchemaRegistry.forScope(SCOPE), ContradictionAlert.class, false, false);
        try (KafkaConsumer<String, ContradictionAlert> consumer = new KafkaConsumer<>(props, new StringDeserializer(), serde.deserializer())) {
            var partitions = consumer.partitionsFor(TOPICS.alerts()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<String> ids = new ArrayList<>();
            consumer.poll(Duration.ofSeconds(2)).forEach(record -> ids.add(record.value().getAlertId()));
            return Set.copyOf(ids);
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(Map<String, Object> client, String group) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Exactly what a Crosscheck deployment needs, nothing more (the list operators grant). */
    private static void grantLeastPrivilege() {
        broker.createAcls(LeastPrivilegeAcls.forApplication("User:" + APP_USER, APP_ID, TOPICS));
    }
}
