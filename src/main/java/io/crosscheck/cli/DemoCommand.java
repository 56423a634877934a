package io.crosscheck.cli;

import io.crosscheck.app.CrosscheckApp;
import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.CrosscheckConfig;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.config.Topics;
import io.crosscheck.embedded.EmbeddedKafkaBroker;
import io.crosscheck.embedded.LeastPrivilegeAcls;
import io.crosscheck.json.StatementFile;
import io.crosscheck.produce.StatementPublisher;
import io.crosscheck.serde.AvroSerde;
import io.crosscheck.serde.MockSchemaRegistry;
import io.crosscheck.serde.SchemaRegistryClient;
import io.crosscheck.serde.SchemaRegistryServer;
import io.crosscheck.testing.CrosscheckTestDriver;
import io.crosscheck.topology.DetectionEngine;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.common.serialization.StringDeserializer;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The embedded default: a real single-node KRaft broker in this process, the in-memory schema
 * registry served over the Confluent REST API, the production topology, and the bundled founding
 * readouts published through the same code as {@code produce}. Prints each alert as it arrives.
 * With {@code --secure} the broker takes SASL_SSL (SCRAM-SHA-512) only and enforces ACLs; Crosscheck
 * runs as its own SCRAM user holding {@link LeastPrivilegeAcls} only, and the administrator's client
 * settings are written to a file (mode 600) for outside clients instead of being printed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start an embedded Kafka broker and schema registry, run Crosscheck, replay the founding readouts.")
final class DemoCommand implements Callable<Integer> {

    static final String SAMPLE_RESOURCE = "/samples/founding.jsonl";
    private static final Duration REPLAY_TIMEOUT = Duration.ofSeconds(120);

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "9092", description = "Kafka broker port on 127.0.0.1 (default ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--registry-port", defaultValue = "8081", description = "schema registry port on 127.0.0.1 (default ${DEFAULT-VALUE})")
    private int registryPort;

    @Option(names = "--http-port", defaultValue = "8080", description = "health and metrics port (default ${DEFAULT-VALUE})")
    private int httpPort;

    @Option(names = "--input", paramLabel = "FILE", description = "replay these statements instead of the bundled sample")
    private Path input;

    @Option(names = "--exit-after-replay", description = "exit 0 once the sample's alerts are out")
    private boolean exitAfterReplay;

    @Option(names = "--secure", description = "SASL_SSL with SCRAM-SHA-512 and ACLs; Crosscheck runs with least privilege")
    private boolean secure;

    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile KafkaConsumer<String, ContradictionAlert> alertConsumer;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        Path workDir = Files.createTempDirectory("crosscheck-demo-");
        String registryScope = "demo-" + UUID.randomUUID();
        CountDownLatch shutdownDone = new CountDownLatch(1);
        // Loading the language models takes seconds: do it while the broker starts.
        DetectionSettings settings = CrosscheckConfig.fromEnv(System.getenv()).detectionSettings();
        CompletableFuture<DetectionEngine> engineLoading = CompletableFuture.supplyAsync(() -> DetectionEngine.standard(settings));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(port).secure(secure).build().start();
             SchemaRegistryServer registryServer = SchemaRegistryServer.builder(MockSchemaRegistry.forScope(registryScope))
                     .port(registryPort).start()) {
            Topics topics = Topics.defaults();
            broker.createTopics(Map.of(topics.statements(), 3, topics.alerts(), 3, topics.alertsJson(), 3, topics.deadLetters(), 1));
            String registryUrl = "http://127.0.0.1:" + registryServer.port();
            out.printf("Kafka broker on %s, schema registry on %s%n", broker.bootstrapServers(), registryUrl);
            Map<String, String> environment = demoEnvironment(broker, registryUrl, workDir);
            if (secure) {
                environment.putAll(secureAppUser(broker, topics, CrosscheckConfig.fromEnv(environment).applicationId(), out, workDir));
            }

            CrosscheckConfig config = CrosscheckConfig.fromEnv(environment);
            List<Statement> sample = loadSample(workDir);
            DetectionEngine engine = engineLoading.join();
            SchemaRegistryClient registry = MockSchemaRegistry.forScope(registryScope);

            try (CrosscheckApp app = CrosscheckApp.start(config, engine, registry)) {
                out.printf("Crosscheck running; health and metrics on http://127.0.0.1:%d/%n", app.httpPort());
                // Ctrl-C / SIGTERM: stop the alert loop, then let this thread close app, registry and broker in order.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    stopping.set(true);
                    KafkaConsumer<String, ContradictionAlert> consumer = alertConsumer;
                    if (consumer != null) {
                        consumer.wakeup();
                    }
                    awaitQuietly(shutdownDone);
                }, "crosscheck-demo-shutdown"));
                // What "the sample's alerts are out" means, computed offline by the same topology, off the critical path.
                CompletableFuture<Set<String>> expectedAlertIds = exitAfterReplay
                        ? CompletableFuture.supplyAsync(() -> expectedAlertIds(engine, settings, sample))
                        : CompletableFuture.completedFuture(Set.of());
                try (StatementPublisher publisher = new StatementPublisher(broker.clientProperties(),
                        registry, true, topics.statements())) {
                    publisher.publish(sample);
                }
                out.printf("Published %d statements; waiting for alerts (kcat -b %s -C -t %s)%n",
                        sample.size(), broker.bootstrapServers(), topics.alertsJson());
                out.flush();
                return printAlerts(out, broker, registry, topics, expectedAlertIds, started);
            }
        } finally {
            deleteRecursively(workDir);
            shutdownDone.countDown();
        }
    }

    private Map<String, String> demoEnvironment(EmbeddedKafkaBroker broker, String registryUrl, Path workDir) {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("CROSSCHECK_")) {
                env.put(name, value);
            }
        });
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("SCHEMA_REGISTRY_URL", registryUrl);
        env.put("CROSSCHECK_STATE_DIR", workDir.resolve("state").toString());
        env.put("CROSSCHECK_HTTP_PORT", Integer.toString(httpPort));
        // A short commit interval so alerts appear promptly under exactly-once.
        env.put("KAFKA_COMMIT_INTERVAL_MS", "100");
        return env;
    }

    /**
     * Creates Crosscheck's own SCRAM user with least-privilege ACLs and returns its client settings as
     * KAFKA_* variables; writes the administrator's settings to a file for outside clients (kcat -F).
     */
    private Map<String, String> secureAppUser(EmbeddedKafkaBroker broker, Topics topics, String applicationId,
                                              PrintWriter out, Path workDir)
            throws IOException {
        String user = "crosscheck";
        String password = UUID.randomUUID().toString();
        broker.createUser(user, password);
        broker.createAcls(LeastPrivilegeAcls.forApplication("User:" + user, applicationId, topics));
        Path clientFile = workDir.resolve("admin-client.properties");
        Files.writeString(clientFile, broker.clientProperties().entrySet().stream()
                .filter(e -> !e.getKey().equals("bootstrap.servers"))
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining("\n", "", "\n")));
        Files.setPosixFilePermissions(clientFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        out.printf("Secure broker: SASL_SSL, SCRAM-SHA-512, ACLs. Crosscheck runs as '%s' with least-privilege ACLs.%n"
                + "Administrator client settings (credentials, truststore): %s%n", user, clientFile);
        return broker.clientEnvironment(user, password);
    }

    private int printAlerts(PrintWriter out, EmbeddedKafkaBroker broker, SchemaRegistryClient registry, Topics topics,
                            CompletableFuture<Set<String>> expectedAlertIds, long started) {
        Map<String, Object> props = new HashMap<>(broker.clientProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "crosscheck-demo-printer-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        AvroSerde<ContradictionAlert> serde = new AvroSerde<>(registry, ContradictionAlert.class, false, true);
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + REPLAY_TIMEOUT.toNanos();
        try (KafkaConsumer<String, ContradictionAlert> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), serde.deserializer())) {
            alertConsumer = consumer;
            consumer.subscribe(List.of(topics.alerts()));
            while (!stopping.get()) {
                for (ConsumerRecord<String, ContradictionAlert> record : consumer.poll(Duration.ofMillis(200))) {
                    if (seen.isEmpty()) {
                        out.printf("First alert %.1f s after start%n", (System.nanoTime() - started) / 1e9);
                    }
                    seen.add(record.value().getAlertId());
                    AlertPrinter.print(record.value(), out);
                }
                if (exitAfterReplay && expectedAlertIds.isDone() && seen.containsAll(expectedAlertIds.join())) {
                    out.printf("%nReplay complete: %d alerts.%n", seen.size());
                    out.flush();
                    return ExitCodes.OK;
                }
                if (exitAfterReplay && System.nanoTime() > deadline) {
                    spec.commandLine().getErr().printf("demo: only %d of %d expected alerts after %s%n",
                            seen.stream().filter(expectedAlertIds.join()::contains).count(), expectedAlertIds.join().size(), REPLAY_TIMEOUT);
                    return ExitCodes.FAILURE;
                }
            }
        } catch (WakeupException e) {
            // shutdown requested while polling
        } finally {
            alertConsumer = null;
        }
        out.println("Shutting down.");
        out.flush();
        return ExitCodes.OK;
    }

    /** The alerts the sample must produce, computed offline by the same topology (as {@code check} does). */
    private static Set<String> expectedAlertIds(DetectionEngine engine, DetectionSettings settings, List<Statement> sample) {
        try (CrosscheckTestDriver driver = CrosscheckTestDriver.builder(engine).settings(settings).build()) {
            driver.pipeAll(sample);
            return driver.readAlerts().stream().map(ContradictionAlert::getAlertId).collect(Collectors.toSet());
        }
    }

    private List<Statement> loadSample(Path workDir) throws IOException {
        Path file = input;
        if (file == null) {
            file = workDir.resolve("founding.jsonl");
            try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled sample " + SAMPLE_RESOURCE + " missing from the jar");
                }
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        StatementFile.Contents contents = StatementFile.read(file, Integer.MAX_VALUE);
        if (!contents.badLines().isEmpty()) {
            throw new IllegalArgumentException(contents.badLines().get(0).describe(file));
        }
        return contents.statements().stream().map(StatementFile.Line::statement)
                .sorted(Comparator.comparing(Statement::getPublishedAt)).toList();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path dir) {
        try {
            Utils.delete(dir.toFile());
        } catch (IOException e) {
            // best effort: a leftover temporary directory must not fail the caller
        }
    }
}
