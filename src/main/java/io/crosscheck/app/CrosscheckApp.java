package io.crosscheck.app;

import io.crosscheck.config.CrosscheckConfig;
import io.crosscheck.config.StreamsSettings;
import io.crosscheck.config.Topics;
import io.crosscheck.http.CrosscheckMetrics;
import io.crosscheck.http.OpsServer;
import io.crosscheck.serde.CrosscheckSerdes;
import io.crosscheck.serde.SchemaRegistryClient;
import io.crosscheck.topology.CrosscheckTopology;
import io.crosscheck.topology.DetectionEngine;
import io.crosscheck.topology.TopologyNames;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A running Crosscheck instance: the topology in Kafka Streams plus the health and metrics
 * endpoint. Used by {@code run} and {@code demo}. Starting checks that the topics exist (unless
 * allowed not to); closing waits for Kafka Streams up to the configured timeout and never wipes
 * local state (no {@code cleanUp()}), so a restart resumes from its changelogs.
 */
public final class CrosscheckApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CrosscheckApp.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final OpsServer opsServer;
    private final KafkaStreamsMetrics streamsMetrics;
    private final RocksDbMemory rocksDbMemory;
    private final Duration closeTimeout;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private CrosscheckApp(KafkaStreams streams, OpsServer opsServer, KafkaStreamsMetrics streamsMetrics,
                          RocksDbMemory rocksDbMemory, Duration closeTimeout) {
        this.streams = streams;
        this.opsServer = opsServer;
        this.streamsMetrics = streamsMetrics;
        this.rocksDbMemory = rocksDbMemory;
        this.closeTimeout = closeTimeout;
    }

    public static CrosscheckApp start(CrosscheckConfig config, DetectionEngine engine, SchemaRegistryClient registry)
            throws IOException {
        if (config.requireTopics()) {
            requireTopics(config);
        }
        CrosscheckSerdes serdes = CrosscheckSerdes.create(registry, config.autoRegisterSchemas(), config.maxRecordBytes());
        Topology topology = CrosscheckTopology.build(config.topics(), serdes, config.detectionSettings(), engine);
        Properties props = StreamsSettings.from(config);
        RocksDbMemory rocksDbMemory = new RocksDbMemory(config.rocksDbCacheBytes(), config.rocksDbWriteBufferBytes());
        props.put(RocksDbMemory.CONFIG_KEY, rocksDbMemory);
        KafkaStreams streams = new KafkaStreams(topology, props);
        // A dead stream thread stops the client: the liveness probe then fails and the orchestrator
        // restarts the pod, which resumes from committed state (exactly-once keeps output clean).
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("Stream thread failed; shutting this instance down", error);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        CrosscheckMetrics metrics = new CrosscheckMetrics(meters, () -> eventsInState(streams));
        KafkaStreamsMetrics streamsMetrics = metrics.bindKafkaStreams(streams);
        OpsServer ops = OpsServer.start(new InetSocketAddress(config.httpPort()), streams::state, meters);
        CrosscheckApp app = new CrosscheckApp(streams, ops, streamsMetrics, rocksDbMemory, config.closeTimeout());
        streams.setStateListener((newState, oldState) -> {
            LOG.info("Kafka Streams state {} -> {}", oldState, newState);
            if (newState == KafkaStreams.State.RUNNING) {
                // The rebalance that led here created the new tasks' metrics: expose them now, not in a minute.
                metrics.rescanKafkaStreams();
            }
            if (newState == KafkaStreams.State.NOT_RUNNING || newState == KafkaStreams.State.ERROR) {
                app.stopped.countDown();
            }
        });
        streams.start();
        return app;
    }

    /** Fails with {@link MissingTopicsException} naming every required topic that does not exist. */
    static void requireTopics(CrosscheckConfig config) {
        Map<String, Object> adminProps = new HashMap<>(config.kafkaProperties());
        adminProps.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(adminProps)) {
            Set<String> existing = admin.listTopics().names().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<String> missing = new ArrayList<>();
            for (String topic : required(config.topics())) {
                if (!existing.contains(topic)) {
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                throw new MissingTopicsException(missing);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list topics on " + config.bootstrapServers() + ": " + e.getMessage(), e);
        }
    }

    static List<String> required(Topics topics) {
        List<String> names = new ArrayList<>(List.of(topics.statements(), topics.alerts(), topics.deadLetters()));
        if (topics.jsonMirrorEnabled()) {
            names.add(topics.alertsJson());
        }
        return names;
    }

    private static long eventsInState(KafkaStreams streams) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return 0;
        }
        try {
            ReadOnlyKeyValueStore<String, ?> store = streams.store(StoreQueryParameters.fromNameAndType(
                    TopologyNames.EVENT_STORE, QueryableStoreTypes.keyValueStore()));
            return store.approximateNumEntries();
        } catch (RuntimeException e) {
            return 0; // stores migrate during rebalances; the next scrape will see them
        }
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Which tasks each local stream thread owns right now (changes with every rebalance). */
    public Set<ThreadMetadata> localThreadsMetadata() {
        return streams.metadataForLocalThreads();
    }

    public int httpPort() {
        return opsServer.port();
    }

    /** Blocks until the instance is RUNNING, or fails after the timeout. */
    public void awaitRunning(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("Kafka Streams not RUNNING after " + timeout + " (state " + streams.state() + ")");
            }
            if (stopped.await(50, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Kafka Streams stopped while starting (state " + streams.state() + ")");
            }
        }
    }

    /** Blocks until Kafka Streams stops by itself (a fatal error) — for {@code run}'s main thread. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        LOG.info("Closing Crosscheck (timeout {})", closeTimeout);
        boolean closed = streams.close(closeTimeout);
        if (closed) {
            rocksDbMemory.close();
        } else {
            // Stores may still be open: freeing their shared native cache now could crash the JVM; the process exit frees it.
            LOG.warn("Kafka Streams did not close within {}", closeTimeout);
        }
        streamsMetrics.close();
        opsServer.close();
        stopped.countDown();
    }
}
