package io.crosscheck.reliability;

import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.config.Topics;
import io.crosscheck.embedded.EmbeddedKafkaBroker;
import io.crosscheck.produce.StatementPublisher;
import io.crosscheck.serde.AvroSerde;
import io.crosscheck.serde.MockSchemaRegistry;
import io.crosscheck.serde.SchemaRegistryServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The world a fault test runs in: a real in-process broker, the in-memory schema registry served over
 * HTTP, Crosscheck's topics, and the read-side checks every fault test ends with (all input consumed,
 * no transaction left open, alerts read with {@code read_committed}). Crosscheck itself runs in
 * {@link CrosscheckProcess}es pointed here by {@link #instanceEnvironment()}.
 */
final class Pipeline implements AutoCloseable {

    static final int STATEMENT_PARTITIONS = 4;
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern PROCESS_ID = Pattern.compile("\"processId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    final EmbeddedKafkaBroker broker;
    final Topics topics = Topics.defaults();
    final String applicationId;
    final Path workDir;
    private final String registryScope = "fault-" + UUID.randomUUID();
    private final MockSchemaRegistry registry = MockSchemaRegistry.forScope(registryScope);
    private final SchemaRegistryServer registryServer;

    Pipeline(String applicationId) throws IOException {
        this.applicationId = applicationId;
        this.workDir = Files.createTempDirectory("crosscheck-fault-");
        this.broker = EmbeddedKafkaBroker.builder().build().start();
        this.registryServer = SchemaRegistryServer.builder(registry).start();
        broker.createTopics(Map.of(topics.statements(), STATEMENT_PARTITIONS, topics.alerts(), 2,
                topics.alertsJson(), 2, topics.deadLetters(), 1));
    }

    /** Environment for a Crosscheck instance: this broker, this registry, this application id. */
    Map<String, String> instanceEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("SCHEMA_REGISTRY_URL", registryServer.url());
        env.put("CROSSCHECK_APPLICATION_ID", applicationId);
        env.put("CROSSCHECK_CLOSE_TIMEOUT", "PT20S");
        // Leave a dead member's partitions quickly; the default 45 s would dominate every fault test.
        env.put("KAFKA_SESSION_TIMEOUT_MS", "6000");
        env.put("KAFKA_HEARTBEAT_INTERVAL_MS", "1500");
        return env;
    }

    CrosscheckProcess instance(String name) throws IOException {
        // Logs outlive the work directory so a failed run can be read afterwards.
        return new CrosscheckProcess(name, instanceEnvironment(), workDir, Path.of("target", "fault-logs", applicationId));
    }

    StatementPublisher publisher() {
        return new StatementPublisher(broker.clientProperties(), registry, true, topics.statements());
    }

    /** Waits on {@code condition}, polling state; fails naming {@code what} after {@code timeout}. */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException, TimeoutException {
        await(() -> what, timeout, condition);
    }

    /** As above, describing the state at the time of the timeout. */
    static void await(Supplier<String> what, Duration timeout, BooleanSupplier condition)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Object pacer = new Object();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("not reached within " + timeout + ": " + what.get());
            }
            synchronized (pacer) {
                pacer.wait(100); // a polling interval, not a guess: the condition is re-checked
            }
        }
    }

    /** Sum of the application's committed offsets on the statements topic. */
    long committedInput() {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topics.statements()) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        } catch (ExecutionException | TimeoutException e) {
            return -1; // the group coordinator may be moving (broker restart); the caller polls again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** True when the group has committed every statement and every repartitioned record. */
    /** Waits until every statement sent is processed and no transaction is left open. */
    void awaitDrained(int statementsSent) throws InterruptedException, TimeoutException {
        await(() -> "all statements processed; " + progressReport(), Duration.ofSeconds(180),
                () -> allInputProcessed(statementsSent));
        await("no transaction left open", Duration.ofSeconds(60), () -> openTransactionPartitions().isEmpty());
    }

    boolean allInputProcessed(long statementsSent) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            Map<TopicPartition, Long> ends = endOffsets(admin, repartitionTopics(admin), IsolationLevel.READ_COMMITTED);
            long input = committed.entrySet().stream().filter(e -> e.getKey().topic().equals(topics.statements()))
                    .mapToLong(e -> e.getValue().offset()).sum();
            boolean repartitionDone = ends.entrySet().stream().allMatch(e ->
                    committed.containsKey(e.getKey()) && committed.get(e.getKey()).offset() >= e.getValue());
            return input >= statementsSent && repartitionDone;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Partitions written transactionally whose last stable offset is behind the high watermark: a
     * read_committed consumer would stop where a read_uncommitted one goes on. Empty = no hanging transaction.
     */
    Map<TopicPartition, String> openTransactionPartitions() {
        try (Admin admin = admin()) {
            Set<String> written = transactionalOutputs(admin);
            Map<TopicPartition, Long> stable = endOffsets(admin, written, IsolationLevel.READ_COMMITTED);
            Map<TopicPartition, Long> high = endOffsets(admin, written, IsolationLevel.READ_UNCOMMITTED);
            return stable.entrySet().stream().filter(e -> !e.getValue().equals(high.get(e.getKey())))
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> "LSO " + e.getValue() + " < HW " + high.get(e.getKey())));
        } catch (ExecutionException | TimeoutException e) {
            return Map.of(new TopicPartition("unknown", -1), "cannot list offsets: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of(new TopicPartition("unknown", -1), "interrupted");
        }
    }

    /**
     * Where the application stands, for failure messages: group state and members, committed vs end
     * offsets of the input and repartition partitions, open transactions.
     */
    String progressReport() {
        try (Admin admin = admin()) {
            StringBuilder report = new StringBuilder();
            var group = admin.describeConsumerGroups(List.of(applicationId)).all().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .get(applicationId);
            report.append("group ").append(group.groupState()).append(", members ")
                    .append(group.members().stream().map(m -> m.clientId() + "=" + m.assignment().topicPartitions()).toList());
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            Set<String> inputs = new java.util.HashSet<>(repartitionTopics(admin));
            inputs.add(topics.statements());
            Map<TopicPartition, Long> stable = endOffsets(admin, inputs, IsolationLevel.READ_COMMITTED);
            Map<TopicPartition, Long> high = endOffsets(admin, inputs, IsolationLevel.READ_UNCOMMITTED);
            stable.keySet().stream().sorted(Comparator.comparing(TopicPartition::toString)).forEach(tp -> report.append("; ")
                    .append(tp).append(" committed=").append(committed.containsKey(tp) ? committed.get(tp).offset() : "none")
                    .append(" LSO=").append(stable.get(tp)).append(" HW=").append(high.get(tp)));
            report.append("; open transactions ").append(admin.listTransactions().all().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .stream().filter(t -> t.state() != TransactionState.COMPLETE_COMMIT && t.state() != TransactionState.COMPLETE_ABORT
                            && t.state() != TransactionState.EMPTY)
                    .map(t -> t.transactionalId() + ":" + t.state()).toList());
            return report.toString();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return "(no progress report: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    /** Whether the instance with this state directory has an ONGOING transaction right now. */
    boolean hasOngoingTransaction(CrosscheckProcess instance) {
        String processId = processId(instance);
        if (processId == null) {
            return false;
        }
        try (Admin admin = admin()) {
            return admin.listTransactions().all().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS).stream()
                    .filter(listing -> listing.state() == TransactionState.ONGOING)
                    .map(TransactionListing::transactionalId)
                    .anyMatch(id -> id.startsWith(applicationId + "-" + processId));
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every committed alert, read from the beginning with read_committed up to the last stable offsets. */
    List<ContradictionAlert> readCommittedAlerts() throws InterruptedException, TimeoutException {
        Map<String, Object> props = new HashMap<>(broker.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        AvroSerde<ContradictionAlert> serde = new AvroSerde<>(registry, ContradictionAlert.class, false, false);
        List<ContradictionAlert> alerts = new ArrayList<>();
        try (KafkaConsumer<String, ContradictionAlert> consumer = new KafkaConsumer<>(props, new StringDeserializer(), serde.deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topics.alerts(), ADMIN_TIMEOUT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, ADMIN_TIMEOUT);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("alerts not read to their end offsets " + ends + " within 60 s");
                }
                for (ConsumerRecord<String, ContradictionAlert> record : consumer.poll(Duration.ofMillis(500))) {
                    alerts.add(record.value());
                }
            }
        }
        return alerts;
    }

    private Set<String> transactionalOutputs(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> names = admin.listTopics().names().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return names.stream().filter(name -> name.startsWith(applicationId + "-") || name.equals(topics.alerts())
                || name.equals(topics.alertsJson()) || name.equals(topics.deadLetters())).collect(Collectors.toSet());
    }

    private Set<String> repartitionTopics(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        return admin.listTopics().names().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS).stream()
                .filter(name -> name.startsWith(applicationId + "-") && name.endsWith("-repartition")).collect(Collectors.toSet());
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, Set<String> topicNames, IsolationLevel isolation)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(topicNames).allTopicNames().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .forEach((name, description) -> description.partitions().forEach(p ->
                        request.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin
                .listOffsets(request, new ListOffsetsOptions(isolation))
                .all().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }

    private String processId(CrosscheckProcess instance) {
        Path stateDir = workDir.resolve("state-" + instance.name());
        try (Stream<Path> files = Files.walk(stateDir, 2)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("kafka-streams-process-metadata")).toList()) {
                Matcher matcher = PROCESS_ID.matcher(Files.readString(file));
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private Admin admin() {
        Map<String, Object> props = new HashMap<>(broker.clientProperties());
        props.put("request.timeout.ms", 10_000);
        props.put("default.api.timeout.ms", 20_000);
        return Admin.create(props);
    }

    @Override
    public void close() throws IOException {
        registryServer.close();
        broker.close();
        MockSchemaRegistry.dropScope(registryScope);
        try (Stream<Path> paths = Files.walk(workDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
