package io.crosscheck.http;

import java.util.Objects;
import java.util.function.LongSupplier;

import org.apache.kafka.streams.KafkaStreams;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Severity;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;

/**
 * Crosscheck's own counters and gauges, registered in one Micrometer registry.
 *
 * <p>Input: calls from the topology as records pass (statements in, claims extracted, alerts,
 * dead letters, unsupported languages) and a supplier of the number of events held in state.
 * Output: meters named {@code crosscheck.*}; in Prometheus text they read
 * {@code crosscheck_statements_in_total}, {@code crosscheck_alerts_total{kind,severity}},
 * {@code crosscheck_events_in_state} and so on. Tags have bounded values only (alert kind and
 * severity are enums), so the series count stays fixed whatever the input.
 */
public final class CrosscheckMetrics {

    public static final String STATEMENTS_IN = "crosscheck.statements.in";
    public static final String CLAIMS_EXTRACTED = "crosscheck.claims.extracted";
    public static final String ALERTS = "crosscheck.alerts";
    public static final String DEAD_LETTERS = "crosscheck.dlq.records";
    public static final String UNSUPPORTED_LANGUAGE = "crosscheck.statements.unsupported.language";
    public static final String EVENTS_IN_STATE = "crosscheck.events.in.state";

    private final MeterRegistry registry;
    private final Counter statementsIn;
    private final Counter claimsExtracted;
    private final Counter deadLetters;
    private final Counter unsupportedLanguage;
    private volatile KafkaMetricsRescan rescan;

    /**
     * @param registry      where the meters live (a {@code PrometheusMeterRegistry} in {@code run} and {@code demo})
     * @param eventsInState how many events the detection state holds right now; read at each scrape
     */
    public CrosscheckMetrics(MeterRegistry registry, LongSupplier eventsInState) {
        this.registry = Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(eventsInState, "eventsInState");
        this.statementsIn = Counter.builder(STATEMENTS_IN)
            .description("Statements read from the input topic")
            .register(registry);
        this.claimsExtracted = Counter.builder(CLAIMS_EXTRACTED)
            .description("Claims extracted from statements (or supplied by producers)")
            .register(registry);
        this.deadLetters = Counter.builder(DEAD_LETTERS)
            .description("Records sent to the dead-letter topic")
            .register(registry);
        this.unsupportedLanguage = Counter.builder(UNSUPPORTED_LANGUAGE)
            .description("Statements skipped because their language is not supported")
            .register(registry);
        Gauge.builder(EVENTS_IN_STATE, eventsInState, supplier -> supplier.getAsLong())
            .description("Events currently held in the detection state store")
            .strongReference(true)
            .register(registry);
        // Register every kind/severity pair up front so dashboards see zeros, not missing series.
        for (AlertKind kind : AlertKind.values()) {
            for (Severity severity : Severity.values()) {
                alertCounter(kind, severity);
            }
        }
    }

    public void statementIn() {
        statementsIn.increment();
    }

    public void claimsExtracted(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("claim count must not be negative: " + count);
        }
        claimsExtracted.increment(count);
    }

    public void alertEmitted(AlertKind kind, Severity severity) {
        alertCounter(kind, severity).increment();
    }

    public void deadLettered() {
        deadLetters.increment();
    }

    public void unsupportedLanguage() {
        unsupportedLanguage.increment();
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

    private Counter alertCounter(AlertKind kind, Severity severity) {
        return Counter.builder(ALERTS)
            .description("Contradiction alerts emitted")
            .tag("kind", kind.name())
            .tag("severity", severity.name())
            .register(registry);
    }
}
