package io.crosscheck.cli;

import io.crosscheck.app.CrosscheckApp;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.CrosscheckConfig;
import io.crosscheck.config.Topics;
import io.crosscheck.embedded.EmbeddedKafkaBroker;
import io.crosscheck.json.StatementFile;
import io.crosscheck.produce.StatementPublisher;
import io.crosscheck.serde.MockSchemaRegistry;
import io.crosscheck.soak.ResidentMemory;
import io.crosscheck.soak.SoakStatements;
import io.crosscheck.topology.DetectionEngine;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Soak benchmark: an embedded broker and Crosscheck in this process, fed for {@code --minutes} with an
 * endless generated stream (the sample's events replayed under new ids, moving steadily through time,
 * see {@link SoakStatements}), printing every {@code --sample-seconds} how much was processed and the
 * process's resident memory (VmRSS). Bounded state shows as a flat RSS once retention starts dropping
 * old events. The RSS includes the embedded broker, which shares the process.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Stream a large generated set through an embedded broker and Crosscheck; print resident memory over time.")
final class SoakCommand implements Callable<Integer> {

    private static final int BATCH = 50;
    private static final int MAX_BACKLOG = 400;
    private static final double MIB = 1024.0 * 1024.0;

    @Spec
    private CommandSpec spec;

    @Option(names = "--minutes", defaultValue = "10", description = "how long to stream (default ${DEFAULT-VALUE})")
    private double minutes;

    @Option(names = "--sample-seconds", defaultValue = "30", description = "seconds between memory samples (default ${DEFAULT-VALUE})")
    private int sampleSeconds;

    @Option(names = "--input", paramLabel = "FILE", description = "sample to replay (default: the bundled founding readouts)")
    private Path input;

    @Option(names = "--event-spacing", defaultValue = "PT10M", description = "publishing time between generated events (default ${DEFAULT-VALUE})")
    private Duration eventSpacing;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path workDir = Files.createTempDirectory("crosscheck-soak-");
        String registryScope = "soak-" + UUID.randomUUID();
        Topics topics = Topics.defaults();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
            broker.createTopics(Map.of(topics.statements(), 3, topics.alerts(), 3, topics.alertsJson(), 3, topics.deadLetters(), 1));
            CrosscheckConfig config = CrosscheckConfig.fromEnv(environment(broker, workDir));
            MockSchemaRegistry registry = MockSchemaRegistry.forScope(registryScope);
            SoakStatements generator = new SoakStatements(loadSample(workDir), eventSpacing,
                    Instant.now().minus(Duration.ofDays(3 * 365)));
            try (CrosscheckApp app = CrosscheckApp.start(config, DetectionEngine.standard(config.detectionSettings()), registry);
                 StatementPublisher publisher = new StatementPublisher(broker.clientProperties(), registry, true, topics.statements());
                 Admin admin = Admin.create(broker.clientProperties())) {
                app.awaitRunning(Duration.ofMinutes(2));
                out.printf("Soak: %.1f min, sample every %d s; %s%n", minutes, sampleSeconds, config.detectionSettings());
                out.println("elapsed  sent      processed  alerts   rss_mib  heap_mib");
                out.flush();
                run(out, generator, publisher, admin, config, topics);
            }
        } finally {
            MockSchemaRegistry.dropScope(registryScope);
            deleteRecursively(workDir);
        }
        return ExitCodes.OK;
    }

    private void run(PrintWriter out, SoakStatements generator, StatementPublisher publisher, Admin admin,
                     CrosscheckConfig config, Topics topics) throws Exception {
        long started = System.nanoTime();
        long end = started + (long) (minutes * 60e9);
        long nextSample = started;
        long sent = 0;
        List<Double> rssSamples = new ArrayList<>();
        while (System.nanoTime() < end) {
            long processed = committed(admin, config.applicationId(), topics.statements());
            if (sent - processed < MAX_BACKLOG) {
                List<Statement> batch = new ArrayList<>();
                while (batch.size() < BATCH) {
                    batch.addAll(generator.nextEvent());
                }
                publisher.publish(batch);
                sent += batch.size();
            } else {
                TimeUnit.MILLISECONDS.sleep(100); // backlog full: let Crosscheck catch up before the next batch
            }
            if (System.nanoTime() >= nextSample) {
                double rss = ResidentMemory.bytes().orElse(-1) / MIB;
                rssSamples.add(rss);
                Runtime runtime = Runtime.getRuntime();
                out.printf(Locale.ROOT, "%6.1fm  %-8d  %-9d  %-7d  %7.0f  %8.0f%n", (System.nanoTime() - started) / 60e9,
                        sent, processed, endOffsets(admin, topics.alerts()), rss,
                        (runtime.totalMemory() - runtime.freeMemory()) / MIB);
                out.flush();
                nextSample += TimeUnit.SECONDS.toNanos(sampleSeconds);
            }
        }
        out.printf(Locale.ROOT, "Done: %d statements sent, %d events; RSS min %.0f MiB, max %.0f MiB, last %.0f MiB%n", sent,
                generator.eventsEmitted(), rssSamples.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                rssSamples.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                rssSamples.isEmpty() ? 0 : rssSamples.get(rssSamples.size() - 1));
        out.flush();
    }

    private Map<String, String> environment(EmbeddedKafkaBroker broker, Path workDir) {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("CROSSCHECK_")) {
                env.put(name, value);
            }
        });
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("CROSSCHECK_STATE_DIR", workDir.resolve("state").toString());
        env.putIfAbsent("CROSSCHECK_HTTP_PORT", "0");
        return env;
    }

    private static long committed(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    private static long endOffsets(Admin admin, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                .forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        return admin.listOffsets(request).all().get(30, TimeUnit.SECONDS).values().stream()
                .mapToLong(info -> info.offset()).sum();
    }

    private List<Statement> loadSample(Path workDir) throws IOException {
        Path file = input;
        if (file == null) {
            file = workDir.resolve("founding.jsonl");
            try (InputStream in = SoakCommand.class.getResourceAsStream(DemoCommand.SAMPLE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled sample " + DemoCommand.SAMPLE_RESOURCE + " missing from the jar");
                }
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        StatementFile.Contents contents = StatementFile.read(file, Integer.MAX_VALUE);
        if (!contents.badLines().isEmpty()) {
            throw new IllegalArgumentException(contents.badLines().get(0).describe(file));
        }
        return contents.statements().stream().map(StatementFile.Line::statement).toList();
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
