package io.crosscheck.bench;

import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.serde.AvroSerde;
import io.crosscheck.serde.SchemaRegistryClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads alerts as a newsroom would — a {@code read_committed} consumer on the alerts topic — on its
 * own thread, and notes for each alertId the moment it first arrived ({@link System#nanoTime()})
 * and the two statements it names.
 */
final class AlertCollector implements AutoCloseable {

    /** When an alert first reached the consumer, and the statements it names. */
    record Arrival(long nanos, List<String> statementIds) {
    }

    private final KafkaConsumer<String, ContradictionAlert> consumer;
    private final Map<String, Arrival> arrivals = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    AlertCollector(String bootstrapServers, SchemaRegistryClient registry, String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "crosscheck-bench-alerts-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new AvroSerde<>(registry, ContradictionAlert.class, false, true).deserializer());
        consumer.subscribe(List.of(topic));
        this.thread = new Thread(this::poll, "crosscheck-bench-alerts");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, ContradictionAlert> record : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    ContradictionAlert alert = record.value();
                    arrivals.putIfAbsent(alert.getAlertId(), new Arrival(now, List.copyOf(alert.getStatementIds())));
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Waits until no alert has arrived for {@code quiet}; returns the arrival time of the latest alert (or 0). */
    long awaitQuiet(Duration quiet) throws InterruptedException {
        int seen = arrivals.size();
        long lastProgress = System.nanoTime();
        while (System.nanoTime() - lastProgress < quiet.toNanos()) {
            Thread.sleep(20);
            if (arrivals.size() > seen) {
                seen = arrivals.size();
                lastProgress = System.nanoTime();
            }
        }
        return arrivals.values().stream().mapToLong(Arrival::nanos).max().orElse(0);
    }

    /** Alerts that name at least one of {@code statementIds}, by alertId. */
    Map<String, Arrival> naming(Set<String> statementIds) {
        Map<String, Arrival> result = new HashMap<>();
        arrivals.forEach((id, arrival) -> {
            if (arrival.statementIds().stream().anyMatch(statementIds::contains)) {
                result.put(id, arrival);
            }
        });
        return result;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
