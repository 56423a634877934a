package io.crosscheck.bench;

import io.crosscheck.avro.Statement;
import io.crosscheck.config.StreamsSettings;
import io.crosscheck.config.Topics;
import io.crosscheck.serde.CrosscheckSerdes;
import io.crosscheck.serde.MockSchemaRegistry;
import io.crosscheck.testing.CrosscheckTestDriver;
import io.crosscheck.topology.DetectionEngine;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Statements per second through the full Crosscheck topology and through a pass-through topology
 * with the same Avro serde, both in TopologyTestDriver, on the same statements in the same run.
 * Each run uses a fresh driver (empty state); driver setup and teardown are not timed. Both are
 * warmed up first, and rounds alternate which goes first (ABBA) so slow drift of a shared machine
 * hits both alike. The figure reported for each is the median over rounds.
 */
final class TopologyThroughputBench {

    /** Output is drained every so many records so the driver's output queues stay small. */
    private static final int DRAIN_EVERY = 250;
    private static final int PASS_THROUGH_WARM_UPS = 20;

    /** Medians in statements/s and every round's figure. */
    record Result(int statements, double fullRate, double passThroughRate, List<Double> fullRates,
                  List<Double> passThroughRates, long alerts) {
        double ratio() {
            return fullRate / passThroughRate;
        }
    }

    private final DetectionEngine engine;

    TopologyThroughputBench(DetectionEngine engine) {
        this.engine = engine;
    }

    Result run(List<Statement> statements, List<Statement> warmUp, int rounds) {
        runFull(warmUp);
        // The pass-through is ~100x faster: give its code paths as many warm-up records as the full topology's get time.
        for (int i = 0; i < PASS_THROUGH_WARM_UPS; i++) {
            runPassThrough(warmUp);
        }
        List<Double> full = new ArrayList<>();
        List<Double> passThrough = new ArrayList<>();
        long alerts = 0;
        for (int round = 0; round < rounds; round++) {
            boolean fullFirst = round % 2 == 1;
            if (fullFirst) {
                FullRun run = runFull(statements);
                full.add(run.rate());
                alerts = run.alerts();
            }
            passThrough.add(runPassThrough(statements));
            if (!fullFirst) {
                FullRun run = runFull(statements);
                full.add(run.rate());
                alerts = run.alerts();
            }
        }
        return new Result(statements.size(), Stats.median(full), Stats.median(passThrough), full, passThrough, alerts);
    }

    private record FullRun(double rate, long alerts) {
    }

    private FullRun runFull(List<Statement> statements) {
        try (CrosscheckTestDriver driver = CrosscheckTestDriver.builder(engine).build()) {
            long alerts = 0;
            long start = System.nanoTime();
            for (int i = 0; i < statements.size(); i++) {
                driver.pipe(statements.get(i));
                if (i % DRAIN_EVERY == 0) {
                    alerts += drain(driver);
                }
            }
            alerts += drain(driver);
            long elapsed = System.nanoTime() - start;
            return new FullRun(Stats.perSecond(statements.size(), elapsed), alerts);
        }
    }

    private static long drain(CrosscheckTestDriver driver) {
        driver.readAlertJson();
        return driver.readAlerts().size();
    }

    private static double runPassThrough(List<Statement> statements) {
        String scope = "bench-pass-through-" + UUID.randomUUID();
        Path stateDir = TempDirs.create("crosscheck-bench-");
        Topics topics = Topics.defaults();
        CrosscheckSerdes serdes = CrosscheckSerdes.create(MockSchemaRegistry.forScope(scope), true);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "crosscheck-bench-pass-through");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.putAll(StreamsSettings.deadLetterHandling(topics));
        try (TopologyTestDriver driver = new TopologyTestDriver(PassThroughTopology.build(topics.statements(), serdes.statement()), props)) {
            TestInputTopic<String, Statement> in = driver.createInputTopic(topics.statements(),
                    new StringSerializer(), serdes.statement().serializer());
            TestOutputTopic<byte[], byte[]> out = driver.createOutputTopic(PassThroughTopology.OUTPUT_TOPIC,
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
            long start = System.nanoTime();
            for (int i = 0; i < statements.size(); i++) {
                Statement statement = statements.get(i);
                in.pipeInput(statement.getStatementId(), statement, statement.getPublishedAt());
                if (i % DRAIN_EVERY == 0) {
                    out.readRecordsToList();
                }
            }
            out.readRecordsToList();
            return Stats.perSecond(statements.size(), System.nanoTime() - start);
        } finally {
            MockSchemaRegistry.dropScope(scope);
            TempDirs.delete(stateDir);
        }
    }
}
