package io.crosscheck.bench;

import io.crosscheck.app.CrosscheckApp;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.CrosscheckConfig;
import io.crosscheck.config.Topics;
import io.crosscheck.embedded.EmbeddedKafkaBroker;
import io.crosscheck.produce.StatementPublisher;
import io.crosscheck.serde.MockSchemaRegistry;
import io.crosscheck.serde.SchemaRegistryClient;
import io.crosscheck.testing.CrosscheckTestDriver;
import io.crosscheck.topology.DetectionEngine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * End to end on a real in-process broker: statements produced as {@code produce} does → Crosscheck
 * ({@link CrosscheckApp}, exactly_once_v2, commit interval 100 ms, one stream thread) → alerts read
 * by a read_committed consumer.
 *
 * <ol>
 *   <li>Warm-up batch, until its alerts are out.</li>
 *   <li>Maximum sustained rate: a batch produced as fast as the producer goes; rate = statements /
 *       (arrival of the last of the batch's alerts − start of production). The alerts expected are
 *       computed beforehand by the same topology in TopologyTestDriver.</li>
 *   <li>Latency at half that rate: statements paced at the rate; for each alert, arrival at the
 *       consumer − send time of the later of its two statements (the one that triggered it).</li>
 * </ol>
 * Each phase's statements are published days apart from the others' so that eventless statements
 * of one phase cannot be grouped with another's.
 */
final class EndToEndBench {

    private static final Duration ALERT_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration ALERT_QUIET = Duration.ofSeconds(15);

    record Result(int maxRateStatements, double maxRate, int maxRateAlertsExpected, int maxRateAlertsSeen,
                  double targetRate, double achievedRate, int latencyStatements, int latencyAlertsExpected,
                  int latencySamples, double p50Millis, double p99Millis, double maxMillis) {
    }

    private final DetectionEngine engine;

    EndToEndBench(DetectionEngine engine) {
        this.engine = engine;
    }

    Result run(StatementGenerator.Settings settings, int warmUpStatements, int maxRateStatements, Duration latencyDuration,
               PrintWriter log) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path workDir = TempDirs.create("crosscheck-bench-e2e-");
        String scope = "bench-e2e-" + UUID.randomUUID();
        SchemaRegistryClient registry = MockSchemaRegistry.forScope(scope);
        Topics topics = Topics.defaults();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
            broker.createTopics(Map.of(topics.statements(), 2, topics.alerts(), 2, topics.alertsJson(), 2, topics.deadLetters(), 1));
            CrosscheckConfig config = CrosscheckConfig.fromEnv(environment(broker, workDir));
            try (CrosscheckApp app = CrosscheckApp.start(config, engine, registry);
                 AlertCollector alerts = new AlertCollector(broker.bootstrapServers(), registry, topics.alerts());
                 StatementPublisher publisher = new StatementPublisher(Map.of("bootstrap.servers", broker.bootstrapServers()),
                         registry, true, topics.statements())) {
                app.awaitRunning(Duration.ofSeconds(60));

                List<Statement> warmUp = phase(settings, 101, now.minus(Duration.ofDays(12)), warmUpStatements);
                publisher.publish(warmUp);
                alerts.await(expectedAlertIds(warmUp, config), ALERT_TIMEOUT, ALERT_QUIET);
                log.printf("  warm-up: %d statements done%n", warmUp.size());
                log.flush();

                List<Statement> batch = phase(settings, 202, now.minus(Duration.ofDays(8)), maxRateStatements);
                Set<String> batchAlerts = expectedAlertIds(batch, config);
                long start = System.nanoTime();
                publisher.publish(batch);
                int batchSeen = alerts.await(batchAlerts, ALERT_TIMEOUT, ALERT_QUIET);
                long last = batchAlerts.stream().map(alerts::arrival).filter(Objects::nonNull)
                        .mapToLong(AlertCollector.Arrival::nanos).max().orElse(System.nanoTime());
                double maxRate = Stats.perSecond(batch.size(), last - start);
                log.printf("  max rate: %d statements in %.1f s%n", batch.size(), (last - start) / 1e9);
                log.flush();

                double targetRate = maxRate / 2;
                int latencyCount = (int) Math.max(10, targetRate * latencyDuration.toSeconds());
                List<Statement> paced = phase(settings, 303, now.minus(Duration.ofDays(4)), latencyCount);
                Set<String> pacedAlerts = expectedAlertIds(paced, config);
                Map<String, Long> sentAt;
                long pacedStart = System.nanoTime();
                try (PacedProducer producer = new PacedProducer(broker.bootstrapServers(), registry, topics.statements())) {
                    sentAt = producer.send(paced, targetRate);
                }
                double achieved = Stats.perSecond(paced.size(), System.nanoTime() - pacedStart);
                alerts.await(pacedAlerts, ALERT_TIMEOUT, ALERT_QUIET);
                List<Double> latencies = latencies(alerts, pacedAlerts, sentAt);
                return new Result(batch.size(), maxRate, batchAlerts.size(), batchSeen, targetRate, achieved,
                        paced.size(), pacedAlerts.size(), latencies.size(),
                        Stats.percentile(latencies, 50), Stats.percentile(latencies, 99), Stats.max(latencies));
            }
        } finally {
            MockSchemaRegistry.dropScope(scope);
            TempDirs.delete(workDir);
        }
    }

    private static Map<String, String> environment(EmbeddedKafkaBroker broker, Path workDir) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("SCHEMA_REGISTRY_URL", "mock://bench");
        env.put("CROSSCHECK_APPLICATION_ID", "crosscheck-bench");
        env.put("CROSSCHECK_PROCESSING_GUARANTEE", "exactly_once_v2");
        env.put("CROSSCHECK_STATE_DIR", workDir.resolve("state").toString());
        env.put("CROSSCHECK_HTTP_PORT", "0");
        env.put("KAFKA_COMMIT_INTERVAL_MS", "100");
        return env;
    }

    private static List<Statement> phase(StatementGenerator.Settings settings, long seedOffset, Instant start, int count) {
        return new StatementGenerator(new StatementGenerator.Settings(settings.seed() + seedOffset, settings.contradictionShare(),
                settings.eventlessShare(), start, settings.eventSpacing())).statements(count);
    }

    /** The alerts the statements must produce, computed offline by the same topology (as {@code demo} does). */
    private Set<String> expectedAlertIds(List<Statement> statements, CrosscheckConfig config) {
        try (CrosscheckTestDriver driver = CrosscheckTestDriver.builder(engine).settings(config.detectionSettings()).build()) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < statements.size(); i++) {
                driver.pipe(statements.get(i));
                if (i % 250 == 0) {
                    driver.readAlerts().forEach(alert -> ids.add(alert.getAlertId()));
                    driver.readAlertJson();
                }
            }
            driver.readAlerts().forEach(alert -> ids.add(alert.getAlertId()));
            return ids;
        }
    }

    /** Per alert: arrival − send time of the later of its statements, in milliseconds. */
    private static List<Double> latencies(AlertCollector alerts, Set<String> alertIds, Map<String, Long> sentAt) {
        List<Double> latencies = new ArrayList<>();
        for (String id : alertIds) {
            AlertCollector.Arrival arrival = alerts.arrival(id);
            if (arrival == null) {
                continue;
            }
            long triggered = arrival.statementIds().stream().map(sentAt::get).filter(Objects::nonNull)
                    .mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE);
            if (triggered != Long.MIN_VALUE) {
                latencies.add((arrival.nanos() - triggered) / 1e6);
            }
        }
        return latencies;
    }
}
