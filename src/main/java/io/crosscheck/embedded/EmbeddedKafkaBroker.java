package io.crosscheck.embedded;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Apache Kafka (KRaft, combined broker and controller) running inside this JVM.
 *
 * <p>Input: a port for clients and one for the controller quorum (0 picks a free port on 127.0.0.1),
 * plus optional extra broker properties. Output: {@link #bootstrapServers()} for clients once
 * {@link #start()} has returned. The broker stores its logs in a fresh temporary directory that
 * {@link #close()} removes; nothing outlives the instance.
 *
 * <p>Settings are those of a one-broker cluster: internal topics (consumer offsets, transaction
 * state) have replication factor 1 and min ISR 1 so that idempotent and transactional producers
 * and {@code exactly_once_v2} Kafka Streams work, and group rebalances start without delay.
 * By default clients connect over PLAINTEXT without authentication; {@link Builder#saslSsl} makes
 * the client listener SASL_SSL (SCRAM-SHA-512) with ACL authorization, see {@link SaslSslSecurity}.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String HOST = "127.0.0.1";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String CLIENT_LISTENER = "PLAINTEXT";
    private static final int NODE_ID = 1;

    private final int requestedPort;
    private final int requestedControllerPort;
    private final boolean autoCreateTopics;
    private final Duration startTimeout;
    private final Map<String, String> extraProperties;
    private final SaslSslSecurity security;

    private Path baseDir;
    private KafkaRaftServer server;
    private int port;
    private int controllerPort;
    private Duration startupTime = Duration.ZERO;

    private EmbeddedKafkaBroker(Builder builder) {
        this.requestedPort = builder.port;
        this.requestedControllerPort = builder.controllerPort;
        this.autoCreateTopics = builder.autoCreateTopics;
        this.startTimeout = builder.startTimeout;
        this.extraProperties = Map.copyOf(builder.extraProperties);
        this.security = builder.superUser == null ? null
            : new SaslSslSecurity(builder.superUser, builder.superPassword, builder.scramUsers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Formats storage, starts the broker and waits until a client can describe the cluster.
     *
     * @throws IllegalStateException if already started, or the broker is not ready within the start timeout
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            throw new IllegalStateException("broker already started on " + bootstrapServers());
        }
        final long startNanos = System.nanoTime();
        try {
            baseDir = Files.createTempDirectory("crosscheck-kafka-");
            port = requestedPort == 0 ? freePort() : requestedPort;
            controllerPort = requestedControllerPort == 0 ? freePort() : requestedControllerPort;
            if (security != null) {
                security.createKeystore(baseDir);
            }
            final KafkaConfig config = new KafkaConfig(brokerProperties(), false);
            formatStorage(config);
            final long formattedNanos = System.nanoTime();
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            final long startedNanos = System.nanoTime();
            awaitReady();
            startupTime = Duration.ofNanos(System.nanoTime() - startNanos);
            LOG.info("Embedded Kafka broker ready on {} in {} ms (format {} ms, server start {} ms, first client answer {} ms)",
                bootstrapServers(), startupTime.toMillis(), millis(formattedNanos - startNanos),
                millis(startedNanos - formattedNanos), millis(System.nanoTime() - startedNanos));
        } catch (RuntimeException | IOException e) {
            closeQuietly();
            throw new IllegalStateException("could not start the embedded Kafka broker on "
                + HOST + ":" + port + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** {@code host:port} of the client listener (PLAINTEXT, or SASL_SSL when secure); valid after {@link #start()}. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** The client listener's port; valid after {@link #start()}. */
    public int port() {
        return port;
    }

    /** The controller listener's port; valid after {@link #start()}. */
    public int controllerPort() {
        return controllerPort;
    }

    /** The log directory root; removed by {@link #close()}. */
    public Path logDirectory() {
        return baseDir;
    }

    /** Wall time {@link #start()} took, from formatting storage to a successful cluster description. */
    public Duration startupTime() {
        return startupTime;
    }

    /**
     * Creates each topic with the given partition count and replication factor 1.
     * Topics that already exist are left as they are, so calling this twice is harmless.
     */
    public void createTopics(Map<String, Integer> partitionsByName) {
        final List<NewTopic> topics = new ArrayList<>();
        partitionsByName.forEach((name, partitions) -> topics.add(new NewTopic(name, partitions, (short) 1)));
        try (Admin admin = Admin.create(adminProperties())) {
            admin.createTopics(topics).values().forEach(EmbeddedKafkaBroker::awaitTopic);
        }
    }

    private static void awaitTopic(String name, KafkaFuture<Void> future) {
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + name + ": " + e.getCause().getMessage(), e);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out creating topic " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + name, e);
        }
    }

    /**
     * Client properties pointing at this broker, for admin clients, producers and consumers;
     * with SASL_SSL they authenticate as the super user.
     */
    public Map<String, Object> clientProperties() {
        final Map<String, Object> props = new HashMap<>();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        if (security != null) {
            props.putAll(security.superUserClientProperties());
        }
        return props;
    }

    /**
     * Client properties that authenticate as {@code user} with SCRAM-SHA-512 over TLS (trusting the
     * broker's self-signed certificate). Only for a broker built with {@link Builder#saslSsl}.
     */
    public Map<String, Object> clientProperties(String user, String password) {
        if (security == null) {
            throw new IllegalStateException("this broker has no authentication; use clientProperties()");
        }
        final Map<String, Object> props = new HashMap<>(security.clientProperties(user, password));
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    /** Whether clients must authenticate (SASL_SSL with SCRAM-SHA-512) and are authorized by ACLs. */
    public boolean isSecure() {
        return security != null;
    }

    /** Stops the broker, waits for its threads and sockets to close, and deletes its directory. */
    @Override
    public synchronized void close() {
        if (server == null && baseDir == null) {
            return;
        }
        try {
            if (server != null) {
                server.shutdown();
                server.awaitShutdown();
            }
        } finally {
            server = null;
            deleteBaseDir();
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            LOG.warn("Cleanup after a failed start also failed", e);
        }
    }

    private void deleteBaseDir() {
        if (baseDir == null) {
            return;
        }
        try {
            Utils.delete(baseDir.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + baseDir, e);
        } finally {
            baseDir = null;
        }
    }

    private Properties brokerProperties() {
        final Properties props = new Properties();
        final String logDir = baseDir.resolve("data").toString();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", CLIENT_LISTENER);
        props.put("listeners", CLIENT_LISTENER + "://" + HOST + ":" + port + ","
            + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", CLIENT_LISTENER + "://" + HOST + ":" + port);
        props.put("listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("log.dirs", logDir);
        props.put("metadata.log.dir", logDir);
        // One broker: every internal topic must be satisfiable by a single replica.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("min.insync.replicas", "1");
        props.put("default.replication.factor", "1");
        // Nobody else will join: rebalance at once instead of waiting for more members.
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", String.valueOf(autoCreateTopics));
        // The broker is unfenced on a heartbeat: beat often so start-up does not wait out the 2 s default.
        props.put("broker.heartbeat.interval.ms", "500");
        // A demo broker holds little data; keep segments small so a long-running demo stays small on disk.
        props.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        props.put("log.retention.hours", "24");
        if (security != null) {
            props.putAll(security.brokerProperties(HOST, port, CONTROLLER_LISTENER, controllerPort));
        }
        props.putAll(extraProperties);
        return props;
    }

    private void formatStorage(KafkaConfig config) {
        final Formatter formatter = new Formatter()
            .setPrintStream(new PrintStream(PrintStream.nullOutputStream(), false, StandardCharsets.UTF_8))
            .setNodeId(NODE_ID)
            .setClusterId(Uuid.randomUuid().toString())
            .setDirectories(List.of(config.metadataLogDir()))
            .setMetadataLogDirectory(config.metadataLogDir())
            .setReleaseVersion(MetadataVersion.latestProduction())
            .setControllerListenerName(CONTROLLER_LISTENER);
        if (security != null) {
            formatter.setScramArguments(security.scramArguments());
        }
        try {
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format " + config.metadataLogDir() + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady() {
        final long deadline = System.nanoTime() + startTimeout.toNanos();
        Exception last = null;
        try (Admin admin = Admin.create(adminProperties())) {
            while (System.nanoTime() < deadline) {
                try {
                    final int nodes = admin.describeCluster().nodes().get(1, TimeUnit.SECONDS).size();
                    if (nodes > 0) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    last = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the broker", e);
                }
            }
        }
        throw new IllegalStateException("broker not ready within " + startTimeout.toSeconds() + " s"
            + (last == null ? "" : " (last error: " + last.getMessage() + ")"), last);
    }

    private Properties adminProperties() {
        final Properties props = new Properties();
        props.putAll(clientProperties());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return props;
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
            return socket.getLocalPort();
        }
    }

    /** Options for an {@link EmbeddedKafkaBroker}; every option has a working default. */
    public static final class Builder {
        private int port;
        private int controllerPort;
        private boolean autoCreateTopics;
        private Duration startTimeout = Duration.ofSeconds(60);
        private final Map<String, String> extraProperties = new LinkedHashMap<>();
        private final Map<String, String> scramUsers = new LinkedHashMap<>();
        private String superUser;
        private String superPassword;

        private Builder() {
        }

        /**
         * Serves clients over SASL_SSL only (SCRAM-SHA-512, a self-signed certificate for 127.0.0.1)
         * and authorizes every request with the StandardAuthorizer: {@code superUser} may do anything,
         * other users only what ACLs grant them.
         */
        public Builder saslSsl(String superUser, String superPassword) {
            this.superUser = requireName(superUser);
            this.superPassword = requireSecret(superPassword);
            return this;
        }

        /** A further SCRAM-SHA-512 user, created before the broker starts; it has no ACLs. */
        public Builder scramUser(String name, String password) {
            scramUsers.put(requireName(name), requireSecret(password));
            return this;
        }

        /** Client port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = checkPort(port);
            return this;
        }

        /** Controller (KRaft quorum) port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = checkPort(controllerPort);
            return this;
        }

        /** Whether producing to or fetching from a missing topic creates it; off by default. */
        public Builder autoCreateTopics(boolean autoCreateTopics) {
            this.autoCreateTopics = autoCreateTopics;
            return this;
        }

        /** How long {@link EmbeddedKafkaBroker#start()} waits for the broker to serve clients. */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        /** A broker property that overrides the defaults (e.g. {@code log.retention.ms}). */
        public Builder brokerProperty(String name, String value) {
            extraProperties.put(name, value);
            return this;
        }

        public EmbeddedKafkaBroker build() {
            if (superUser == null && !scramUsers.isEmpty()) {
                throw new IllegalStateException("SCRAM users need saslSsl(superUser, password) as well");
            }
            return new EmbeddedKafkaBroker(this);
        }

        // Names and passwords end up inside JAAS and SCRAM argument syntax; keep them to plain tokens.
        private static String requireName(String name) {
            if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("user names are letters, digits, '.', '_' or '-'");
            }
            return name;
        }

        private static String requireSecret(String secret) {
            if (secret == null || secret.isEmpty() || !secret.matches("[^\\s\"\\],=\\[]+")) {
                throw new IllegalArgumentException("passwords must be non-empty without spaces, quotes, ',', '=', '[' or ']'");
            }
            return secret;
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            return port;
        }
    }
}
