package io.crosscheck.bench;

import io.crosscheck.app.CrosscheckApp;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.CrosscheckConfig;
import io.crosscheck.config.Topics;
import io.crosscheck.embedded.EmbeddedKafkaBroker;
import io.crosscheck.produce.StatementPublisher;
import io.crosscheck.serde.MockSchemaRegistry;
import io.crosscheck.serde.SchemaRegistryClient;
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
 *       (the later of: Crosscheck's committed input offsets reaching the end of the batch, the
 *       arrival of the batch's last alert − start of production).</li>
 *   <li>Latency at half that rate: statements paced at the rate; for each alert, arrival at the
 *       consumer − send time of the later of its two statements (the one that triggered it).</li>
 * </ol>
 * Each phase's statements are published days apart from the others' so that eventless statements
 * of one phase cannot be grouped with another's.
 */
final class EndToEndBench {

    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(5);
    /** After the input is consumed, the compare step still runs one commit behind: wait for alerts to stop. */
    private static final Duration ALERT_QUIET = Duration.ofSeconds(2);

    record Result(int maxRateStatements, double maxRate, int maxRateAlerts, double targetRate, double achievedRate,
                  int latencyStatements, int latencySamples, double p50Millis, double p99Millis, double maxMillis) {
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
                 InputProgress input = new InputProgress(broker.bootstrapServers(), config.applicationId(), topics.statements());
                 StatementPublisher publisher = new StatementPublisher(Map.of("bootstrap.servers", broker.bootstrapServers()),
                         registry, true, topics.statements())) {
                app.awaitRunning(Duration.ofSeconds(60));

                List<Statement> warmUp = phase(settings, 101, now.minus(Duration.ofDays(12)), warmUpStatements);
                publisher.publish(warmUp);
                input.awaitCaughtUp(PHASE_TIMEOUT);
                alerts.awaitQuiet(ALERT_QUIET);
                log.printf("  warm-up: %d statements processed%n", warmUp.size());
                log.flush();

                List<Statement> batch = phase(settings, 202, now.minus(Duration.ofDays(8)), maxRateStatements);
                long start = System.nanoTime();
                publisher.publish(batch);
                long consumed = input.awaitCaughtUp(PHASE_TIMEOUT);
                alerts.awaitQuiet(ALERT_QUIET);
                Map<String, AlertCollector.Arrival> batchAlerts = alerts.naming(ids(batch));
                long lastAlert = batchAlerts.values().stream().mapToLong(AlertCollector.Arrival::nanos).max().orElse(consumed);
                long done = Math.max(consumed, lastAlert);
                double maxRate = Stats.perSecond(batch.size(), done - start);
                log.printf("  max rate: %d statements in %.1f s%n", batch.size(), (done - start) / 1e9);
                log.flush();

                double targetRate = maxRate / 2;
                int latencyCount = (int) Math.max(10, targetRate * latencyDuration.toSeconds());
                List<Statement> paced = phase(settings, 303, now.minus(Duration.ofDays(4)), latencyCount);
                Map<String, Long> sentAt;
                long pacedStart = System.nanoTime();
                try (PacedProducer producer = new PacedProducer(broker.bootstrapServers(), registry, topics.statements())) {
                    sentAt = producer.send(paced, targetRate);
                }
                double achieved = Stats.perSecond(paced.size(), System.nanoTime() - pacedStart);
                input.awaitCaughtUp(PHASE_TIMEOUT);
                alerts.awaitQuiet(ALERT_QUIET);
                List<Double> latencies = latencies(alerts.naming(sentAt.keySet()), sentAt);
                return new Result(batch.size(), maxRate, batchAlerts.size(), targetRate, achieved,
                        paced.size(), latencies.size(),
                        Stats.percentile(latencies, 50), Stats.percentile(latencies, 99), Stats.max(latencies));
            }
        } finally {
            MockSchemaRegistry.dropScope(scope);
            TempDirs.delete(workDir);
        }
    }

    private static Set<String> ids(List<Statement> statements) {
        Set<String> ids = new HashSet<>();
        statements.forEach(statement -> ids.add(statement.getStatementId()));
        return ids;
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

    /** Per alert: arrival − send time of the later of its statements, in milliseconds. */
    private static List<Double> latencies(Map<String, AlertCollector.Arrival> alerts, Map<String, Long> sentAt) {
        List<Double> latencies = new ArrayList<>();
        for (AlertCollector.Arrival arrival : alerts.values()) {
            long triggered = arrival.statementIds().stream().map(sentAt::get).filter(Objects::nonNull)
                    .mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE);
            if (triggered != Long.MIN_VALUE) {
                latencies.add((arrival.nanos() - triggered) / 1e6);
            }
        }
        return latencies;
    }
}
