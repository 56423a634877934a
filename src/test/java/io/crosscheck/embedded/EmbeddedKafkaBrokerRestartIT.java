package io.crosscheck.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The broker features the fault and security tests rely on: restart in place, SASL_SSL with SCRAM. */
class EmbeddedKafkaBrokerRestartIT {

    private static final String TOPIC = "restart-it";

    @Test
    void shouldKeepDataAndAddressAcrossAStopAndStart() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
            final String address = broker.bootstrapServers();
            broker.createTopics(Map.of(TOPIC, 2));
            produce(broker.clientProperties(), 20);

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            assertThat(broker.logDirectory()).exists();
            broker.start();

            assertThat(broker.bootstrapServers()).isEqualTo(address);
            assertThat(endOffsetSum(broker.clientProperties())).isEqualTo(20);
            produce(broker.clientProperties(), 5);
            assertThat(endOffsetSum(broker.clientProperties())).isEqualTo(25);
        }
    }

    @Test
    void shouldServeScramUsersOverTlsAndRejectWrongPasswords() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().secure(true).build().start()) {
            broker.createTopics(Map.of(TOPIC, 1));
            produce(broker.clientProperties(), 3);
            assertThat(broker.clientProperties()).containsEntry("security.protocol", "SASL_SSL");

            broker.createUser("reader", "reader-secret");
            final Map<String, Object> wrong = new HashMap<>(broker.clientProperties("reader", "not-the-password"));
            wrong.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            wrong.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
            try (Admin admin = Admin.create(wrong)) {
                assertThatThrownBy(() -> admin.listTopics().names().get(15, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
            }
        }
    }

    private static void produce(Map<String, Object> client, int count) throws Exception {
        final Map<String, Object> props = new HashMap<>(client);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(TOPIC, "k" + i, "v" + i)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static long endOffsetSum(Map<String, Object> client) {
        final Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(60)).stream()
                .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            return consumer.endOffsets(partitions, Duration.ofSeconds(60)).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
