package io.crosscheck.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The scheduler given to Micrometer's Kafka Streams binder, so that its re-scan of Kafka's metric
 * set can also run on demand.
 *
 * <p>Why: the binder registers the metrics that exist when it binds, then re-scans only once a
 * minute. Kafka Streams creates task-level metrics (record-e2e-latency, and Crosscheck's own
 * sensors in group {@code stream-crosscheck-metrics}) when a rebalance hands it tasks, so without
 * a re-scan those series are missing from {@code /metrics} for up to a minute after every start
 * and rebalance. {@link #rescanNow()} runs the binder's periodic task at once; the app calls it
 * when Kafka Streams reaches RUNNING. One daemon thread runs both, so scans never overlap.
 */
final class KafkaMetricsRescan extends ScheduledThreadPoolExecutor {

    private final List<Runnable> periodicTasks = new CopyOnWriteArrayList<>();

    KafkaMetricsRescan() {
        super(1, runnable -> {
            final Thread thread = new Thread(runnable, "crosscheck-kafka-metrics-rescan");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        periodicTasks.add(command);
        return super.scheduleAtFixedRate(command, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        periodicTasks.add(command);
        return super.scheduleWithFixedDelay(command, initialDelay, delay, unit);
    }

    /** Runs every periodic task once more, now, on the scheduler's own thread. */
    void rescanNow() {
        if (!isShutdown()) {
            periodicTasks.forEach(this::execute);
        }
    }
}
