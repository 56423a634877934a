package io.crosscheck.http;

import java.util.Objects;
import java.util.function.LongSupplier;

import org.apache.kafka.streams.KafkaStreams;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;

/**
 * The meters behind {@code /metrics}, in one Micrometer registry.
 *
 * <p>Crosscheck's per-record counters (statements in, claims extracted, alerts by kind and
 * severity, unsupported-language statements) are Kafka Streams sensors registered by the topology
 * itself (group {@code stream-crosscheck-metrics}), so the topology stays free of any registry;
 * they reach Prometheus through the {@link KafkaStreamsMetrics} binder as
 * {@code kafka_stream_crosscheck_*}, next to Kafka Streams' own metrics (records dropped to the
 * dead-letter topic are {@code kafka_stream_task_dropped_records_total}). This class adds what
 * only the running instance knows: {@code crosscheck_events_in_state}, read at each scrape.
 */
public final class CrosscheckMetrics {

    public static final String EVENTS_IN_STATE = "crosscheck.events.in.state";

    private final MeterRegistry registry;
    private volatile KafkaMetricsRescan rescan;

    /**
     * @param registry      where the meters live (a {@code PrometheusMeterRegistry} in {@code run} and {@code demo})
     * @param eventsInState how many events the detection state holds right now; read at each scrape
     */
    public CrosscheckMetrics(MeterRegistry registry, LongSupplier eventsInState) {
        this.registry = Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(eventsInState, "eventsInState");
        Gauge.builder(EVENTS_IN_STATE, eventsInState, supplier -> supplier.getAsLong())
            .description("Events currently held in the detection state store")
            .strongReference(true)
            .register(registry);
    }

    /**
     * Exposes Kafka Streams' own metrics (thread, task, processor node, state store, Crosscheck's
     * sensors in group {@code stream-crosscheck-metrics}, and the embedded clients') in the same
     * registry. {@code record-e2e-latency} is recorded at the default
     * {@code metrics.recording.level=INFO} for source and terminal nodes. Task-level metrics only
     * exist once tasks are assigned: call {@link #rescanKafkaStreams()} when the instance reaches
     * RUNNING, or they appear only at the binder's next periodic scan (once a minute).
     *
     * @return the binding; close it before closing {@code streams} (it also stops its scan thread)
     */
    public KafkaStreamsMetrics bindKafkaStreams(KafkaStreams streams) {
        final KafkaMetricsRescan scheduler = new KafkaMetricsRescan();
        final KafkaStreamsMetrics binding = new KafkaStreamsMetrics(streams, Tags.empty(), scheduler) {
            @Override
            public void close() {
                super.close();
                scheduler.shutdownNow();
            }
        };
        binding.bindTo(registry);
        rescan = scheduler;
        return binding;
    }

    /** Registers the Kafka Streams metrics created since the last scan (new tasks' metrics) now. */
    public void rescanKafkaStreams() {
        final KafkaMetricsRescan current = rescan;
        if (current != null) {
            current.rescanNow();
        }
    }
}
