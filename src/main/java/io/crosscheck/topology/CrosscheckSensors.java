package io.crosscheck.topology;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Severity;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.TaskId;

import java.util.EnumMap;
import java.util.Map;

/**
 * Crosscheck's own counters, registered as Kafka Streams task-level sensors so they appear in
 * {@code KafkaStreams.metrics()} beside Kafka's (group {@code stream-crosscheck-metrics}, tags
 * {@code task-id}, and {@code kind}/{@code severity} for alerts) and reach Prometheus through the
 * same Micrometer binder, without the topology holding any registry of its own.
 */
final class CrosscheckSensors {

    static final String SCOPE = "crosscheck";

    private final StreamsMetrics metrics;
    private final String entity;
    private final Map<AlertKind, Map<Severity, Sensor>> alerts = new EnumMap<>(AlertKind.class);

    CrosscheckSensors(StreamsMetrics metrics, TaskId taskId) {
        this.metrics = metrics;
        this.entity = "task-" + taskId;
    }

    Sensor counter(String operation) {
        return metrics.addRateTotalSensor(SCOPE, entity, operation, Sensor.RecordingLevel.INFO, "task-id", entity);
    }

    /**
     * Creates the alert counter of every kind and severity at once, at task start: metric exporters
     * pick up new Kafka metrics when tasks are assigned, so a counter created at the first alert of
     * its kind would stay invisible until their next periodic scan, and dashboards would see a
     * missing series instead of a zero.
     */
    void registerAlertSensors() {
        for (AlertKind kind : AlertKind.values()) {
            for (Severity severity : Severity.values()) {
                alertSensor(kind, severity);
            }
        }
    }

    void recordAlert(AlertKind kind, Severity severity) {
        alertSensor(kind, severity).record();
    }

    private Sensor alertSensor(AlertKind kind, Severity severity) {
        return alerts.computeIfAbsent(kind, k -> new EnumMap<>(Severity.class))
                .computeIfAbsent(severity, s -> metrics.addRateTotalSensor(SCOPE, entity + "-" + kind + "-" + severity,
                        "alerts", Sensor.RecordingLevel.INFO,
                        "task-id", entity, "kind", kind.name(), "severity", severity.name()));
    }
}
