package io.crosscheck.bench;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Memory of this process: heap in use after a full collection, resident set size from
 * {@code /proc/self/status} (VmRSS), and the off-heap memory RocksDB reports for Kafka Streams'
 * stores (memtables, block cache, table readers; KIP-607 gauges).
 */
final class MemoryProbe {

    private static final Set<String> ROCKSDB_MEMORY_METRICS = Set.of(
            "size-all-mem-tables", "block-cache-usage", "estimate-table-readers-mem");

    record Snapshot(long heapUsedBytes, long heapCommittedBytes, long rssBytes, long rocksDbBytes) {
    }

    private MemoryProbe() {
    }

    static Snapshot take(Map<MetricName, ? extends Metric> streamsMetrics) {
        collectGarbage();
        Runtime runtime = Runtime.getRuntime();
        return new Snapshot(runtime.totalMemory() - runtime.freeMemory(), runtime.totalMemory(), rss(), rocksDb(streamsMetrics));
    }

    /** VmRSS of this process in bytes, or -1 where /proc is not available. */
    static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static long rocksDb(Map<MetricName, ? extends Metric> metrics) {
        long total = 0;
        for (Map.Entry<MetricName, ? extends Metric> entry : metrics.entrySet()) {
            if (ROCKSDB_MEMORY_METRICS.contains(entry.getKey().name()) && entry.getValue().metricValue() instanceof Number value) {
                total += value.longValue();
            }
        }
        return total;
    }

    private static void collectGarbage() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
