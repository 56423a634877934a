package io.crosscheck.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;

import io.crosscheck.embedded.EmbeddedKafkaBroker;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The ops endpoint in front of a real Kafka Streams instance on the embedded broker: readiness follows
 * the instance to RUNNING, and /metrics carries Kafka Streams' own series, record-e2e-latency included.
 */
class OpsServerIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void shouldServeReadinessAndKafkaStreamsEndToEndLatencyFromARunningInstance() throws Exception {
        final Path stateDir = Files.createTempDirectory("crosscheck-ops-it-");
        final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
            broker.createTopics(Map.of("in", 1, "out", 1));
            final KafkaStreams streams = new KafkaStreams(passThrough(), streamsConfig(broker, stateDir));
            final CountDownLatch running = new CountDownLatch(1);
            streams.setStateListener((now, before) -> {
                if (now == KafkaStreams.State.RUNNING) {
                    running.countDown();
                }
            });
            final CrosscheckMetrics metrics = new CrosscheckMetrics(registry, () -> 0L);
            try (OpsServer ops = OpsServer.start(new InetSocketAddress("127.0.0.1", 0), streams::state, registry)) {
                assertThat(status(ops, "/health/ready")).isEqualTo(503);
                streams.start();
                assertThat(running.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("streams reached RUNNING").isTrue();
                produce(broker, "statement-1", "hello");
                assertThat(consumeOne(broker)).isEqualTo("HELLO");

                try (KafkaStreamsMetrics binding = metrics.bindKafkaStreams(streams)) {
                    assertThat(status(ops, "/health/live")).isEqualTo(200);
                    assertThat(status(ops, "/health/ready")).isEqualTo(200);
                    assertThat(body(ops, "/metrics"))
                        .contains("kafka_stream_thread_process_total")
                        .contains("record_e2e_latency_avg")
                        .contains("crosscheck_events_in_state");
                }
            } finally {
                streams.close(Duration.ofSeconds(30));
            }
        } finally {
            registry.close();
            Utils.delete(stateDir.toFile());
        }
    }

    private static Topology passThrough() {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
            .mapValues(value -> value.toUpperCase(Locale.ROOT))
            .to("out", Produced.with(Serdes.String(), Serdes.String()));
        return builder.build();
    }

    private static Properties streamsConfig(EmbeddedKafkaBroker broker, Path stateDir) {
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "ops-it");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.METRICS_RECORDING_LEVEL_CONFIG, "INFO");
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return props;
    }

    private static void produce(EmbeddedKafkaBroker broker, String key, String value) throws Exception {
        final Map<String, Object> props = new HashMap<>(broker.clientProperties());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>("in", key, value)).get(10, TimeUnit.SECONDS);
        }
    }

    private static String consumeOne(EmbeddedKafkaBroker broker) {
        final Map<String, Object> props = new HashMap<>(broker.clientProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "ops-it-reader");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        final long deadline = System.nanoTime() + WAIT.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of("out"));
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    return record.value();
                }
            }
        }
        throw new AssertionError("no output record within " + WAIT.toSeconds() + " s");
    }

    private static int status(OpsServer ops, String path) throws Exception {
        return send(ops, path).statusCode();
    }

    private static String body(OpsServer ops, String path) throws Exception {
        return send(ops, path).body();
    }

    private static HttpResponse<String> send(OpsServer ops, String path) throws Exception {
        return HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
