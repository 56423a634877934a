package io.crosscheck.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaBrokerIT {

    private static final String TOPIC = "it-statements";
    private static final Duration CONSUME_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void shouldServeIdempotentAndTransactionalProducersAndFreeEverythingOnClose() throws Exception {
        final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build();
        final int port;
        final int controllerPort;
        final Path logDir;
        try (broker) {
            broker.start();
            port = broker.port();
            controllerPort = broker.controllerPort();
            logDir = broker.logDirectory();
            System.err.println("Embedded broker startup: " + broker.startupTime().toMillis() + " ms");

            broker.createTopics(Map.of(TOPIC, 3));
            broker.createTopics(Map.of(TOPIC, 3));
            assertThat(partitionCount(broker)).isEqualTo(3);

            produceIdempotently(broker, 10);
            produceTransactionally(broker, 5, true);
            produceTransactionally(broker, 4, false);

            final List<String> committed = consumeReadCommitted(broker, 15);
            assertThat(committed).hasSize(15)
                .noneMatch(value -> value.startsWith("aborted-"))
                .filteredOn(value -> value.startsWith("tx-")).hasSize(5);
        }
        assertThat(logDir).doesNotExist();
        assertThatCode(() -> bind(port)).doesNotThrowAnyException();
        assertThatCode(() -> bind(controllerPort)).doesNotThrowAnyException();
    }

    @Test
    void shouldFailToStartWithAClearMessageWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(taken.getLocalPort()).build();
            assertThatThrownBy(broker::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not start the embedded Kafka broker on 127.0.0.1:" + taken.getLocalPort());
            assertThat(broker.logDirectory()).isNull();
        }
    }

    @Test
    void shouldAuthenticateWithScramOverTlsAndAuthorizeOnlyByAcl() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().secure(true).build().start()) {
            broker.createUser("alice", "alice-secret");
            broker.createTopics(Map.of(TOPIC, 1));
            produceIdempotently(broker, 1);

            final Map<String, Object> alice = withSerializers(broker.clientProperties("alice", "alice-secret"));
            alice.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(alice)) {
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, "k", "v")).get(20, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
            }

            final Map<String, Object> wrongPassword = broker.clientProperties("alice", "not-her-password");
            try (Admin admin = Admin.create(wrongPassword)) {
                assertThatThrownBy(() -> admin.describeCluster().nodes().get(20, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
            }

            final Map<String, Object> plaintext = new HashMap<>();
            plaintext.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            plaintext.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
            plaintext.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
            try (Admin admin = Admin.create(plaintext)) {
                assertThatThrownBy(() -> admin.describeCluster().nodes().get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
            }
        }
    }

    private static Map<String, Object> withSerializers(Map<String, Object> props) {
        final Map<String, Object> copy = new HashMap<>(props);
        copy.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        copy.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return copy;
    }

    private static int partitionCount(EmbeddedKafkaBroker broker) throws Exception {
        try (Admin admin = Admin.create(broker.clientProperties())) {
            return admin.describeTopics(Set.of(TOPIC)).allTopicNames().get(10, TimeUnit.SECONDS)
                .get(TOPIC).partitions().size();
        }
    }

    private static void produceIdempotently(EmbeddedKafkaBroker broker, int count) throws Exception {
        final Map<String, Object> props = producerProperties(broker);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(TOPIC, "key-" + i, "plain-" + i)).get(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void produceTransactionally(EmbeddedKafkaBroker broker, int count, boolean commit) {
        final Map<String, Object> props = producerProperties(broker);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "it-tx-" + commit);
        final String prefix = commit ? "tx-" : "aborted-";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(TOPIC, "key-" + i, prefix + i));
            }
            if (commit) {
                producer.commitTransaction();
            } else {
                producer.flush();
                producer.abortTransaction();
            }
        }
    }

    private static List<String> consumeReadCommitted(EmbeddedKafkaBroker broker, int expected) {
        final Map<String, Object> props = new HashMap<>(broker.clientProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-reader");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        final List<String> values = new ArrayList<>();
        final long deadline = System.nanoTime() + CONSUME_TIMEOUT.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(TOPIC));
            // Past `expected`, keep polling briefly: an aborted record leaking through would show up here.
            while (System.nanoTime() < deadline && values.size() <= expected) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
                if (values.size() == expected && endOffsetsReached(consumer)) {
                    break;
                }
            }
        }
        return values;
    }

    private static boolean endOffsetsReached(KafkaConsumer<String, String> consumer) {
        final var assignment = consumer.assignment();
        final var ends = consumer.endOffsets(assignment);
        return !assignment.isEmpty() && assignment.stream().allMatch(tp -> consumer.position(tp) >= ends.get(tp));
    }

    private static Map<String, Object> producerProperties(EmbeddedKafkaBroker broker) {
        return withSerializers(broker.clientProperties());
    }

    private static void bind(int port) throws Exception {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        }
    }
}
