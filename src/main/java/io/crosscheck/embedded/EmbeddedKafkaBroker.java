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
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.admin.UserScramCredentialsDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.ResourceNotFoundException;
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
 *
 * <p>{@link #stop()} then {@link #start()} restarts the broker on the same log directory and ports
 * (a broker restart, for fault tests); only {@link #close()} deletes the directory.
 *
 * <p>With {@link Builder#secure(boolean)}, the client listener is {@code SASL_SSL} with SCRAM-SHA-512
 * (a self-signed certificate generated at start, see {@link TlsMaterial}) and the broker enforces ACLs
 * with KRaft's {@code StandardAuthorizer}; {@link #clientProperties()} then authenticate as the super
 * user {@value #SUPER_USER} (random password), and {@link #createUser} adds SCRAM users without rights.
 * The controller listener stays plaintext on 127.0.0.1 and its anonymous principal is a super user:
 * only the broker itself, in this process, talks to it.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String HOST = "127.0.0.1";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String CLIENT_LISTENER = "PLAINTEXT";
    private static final String SECURE_CLIENT_LISTENER = "SASL_SSL";
    private static final int NODE_ID = 1;
    /** The super user of a secure broker: the broker itself and the test/demo administrator. */
    public static final String SUPER_USER = "admin";
    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";

    private final int requestedPort;
    private final int requestedControllerPort;
    private final boolean autoCreateTopics;
    private final Duration startTimeout;
    private final Map<String, String> extraProperties;
    private final boolean secure;

    private Path baseDir;
    private TlsMaterial tls;
    private String superUserPassword;
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
        this.secure = builder.secure;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the broker and waits until a client can describe the cluster. The first start picks the
     * ports, generates TLS material when secure, and formats storage; a start after {@link #stop()}
     * reuses all of them, so clients reconnect to the same address and find their data.
     *
     * @throws IllegalStateException if already running, or the broker is not ready within the start timeout
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            throw new IllegalStateException("broker already started on " + bootstrapServers());
        }
        final boolean firstStart = baseDir == null;
        final long startNanos = System.nanoTime();
        try {
            if (firstStart) {
                baseDir = Files.createTempDirectory("crosscheck-kafka-");
                port = requestedPort == 0 ? freePort() : requestedPort;
                controllerPort = requestedControllerPort == 0 ? freePort() : requestedControllerPort;
                if (secure) {
                    tls = TlsMaterial.generate(baseDir.resolve("tls"));
                    superUserPassword = TlsMaterial.randomSecret();
                }
            }
            final KafkaConfig config = new KafkaConfig(brokerProperties(), false);
            if (firstStart) {
                formatStorage(config);
            }
            final long formattedNanos = System.nanoTime();
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            final long startedNanos = System.nanoTime();
            awaitReady();
            startupTime = Duration.ofNanos(System.nanoTime() - startNanos);
            LOG.info("Embedded Kafka broker ready on {}{} in {} ms (format {} ms, server start {} ms, first client answer {} ms)",
                bootstrapServers(), secure ? " (SASL_SSL, SCRAM-SHA-512, ACLs)" : "", startupTime.toMillis(),
                millis(formattedNanos - startNanos), millis(startedNanos - formattedNanos), millis(System.nanoTime() - startedNanos));
        } catch (RuntimeException | IOException e) {
            if (firstStart) {
                closeQuietly();
            } else {
                stopQuietly();
            }
            throw new IllegalStateException("could not start the embedded Kafka broker on "
                + HOST + ":" + port + ": " + e.getMessage(), e);
        }
        return this;
    }

    /**
     * Shuts the broker down (a clean shutdown, as on SIGTERM) and keeps its log directory and ports,
     * so {@link #start()} brings the same broker back. Does nothing if it is not running.
     */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            server = null;
        }
    }

    /** Whether the broker is running (started and not stopped). */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Whether clients must use SASL_SSL with SCRAM-SHA-512 and are subject to ACLs. */
    public boolean isSecure() {
        return secure;
    }

    /** {@code host:port} of the client listener; valid after {@link #start()}. */
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
     * Client properties pointing at this broker, for admin clients, producers and consumers. On a
     * secure broker they authenticate as the super user {@value #SUPER_USER}.
     */
    public Map<String, Object> clientProperties() {
        return secure ? clientProperties(SUPER_USER, superUserPassword) : plaintextClientProperties();
    }

    /**
     * Client properties for a SCRAM user of a secure broker: SASL_SSL, SCRAM-SHA-512, and the generated
     * truststore. The password ends up in {@code sasl.jaas.config}, which Kafka never logs.
     *
     * @throws IllegalStateException if the broker is not secure
     */
    public Map<String, Object> clientProperties(String user, String password) {
        if (!secure) {
            throw new IllegalStateException("the broker was not built with secure(true)");
        }
        final Map<String, Object> props = plaintextClientProperties();
        props.put("security.protocol", SECURE_CLIENT_LISTENER);
        props.put("sasl.mechanism", SCRAM_MECHANISM);
        props.put("sasl.jaas.config", scramJaas(user, password));
        props.put("ssl.truststore.location", tls.truststore().toString());
        props.put("ssl.truststore.password", tls.password());
        props.put("ssl.truststore.type", "PKCS12");
        return props;
    }

    /**
     * The same client settings as {@link #clientProperties(String, String)}, as {@code KAFKA_*}
     * environment variables for a Crosscheck process ({@code security.protocol} → {@code KAFKA_SECURITY_PROTOCOL}).
     */
    public Map<String, String> clientEnvironment(String user, String password) {
        final Map<String, String> env = new HashMap<>();
        clientProperties(user, password).forEach((name, value) ->
            env.put("KAFKA_" + name.replace('.', '_').toUpperCase(Locale.ROOT), String.valueOf(value)));
        return env;
    }

    /** Creates (or resets) a SCRAM-SHA-512 user on a secure broker; the user has no ACLs yet. */
    public void createUser(String user, String password) {
        if (!secure) {
            throw new IllegalStateException("the broker was not built with secure(true)");
        }
        try (Admin admin = Admin.create(adminProperties())) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password)))
                .all().get(30, TimeUnit.SECONDS);
            awaitCredentialPropagated(admin, user);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create SCRAM user " + user + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating SCRAM user " + user, e);
        }
    }

    /** Creates ACL bindings on a secure broker and waits until the broker reports them. */
    public void createAcls(List<AclBinding> acls) {
        try (Admin admin = Admin.create(adminProperties())) {
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS).containsAll(acls)) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("ACLs not visible after 30 s");
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create ACLs: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating ACLs", e);
        }
    }

    /** Waits until the broker reports the user's SCRAM credential, so a client can log in right away. */
    private static void awaitCredentialPropagated(Admin admin, String user)
            throws InterruptedException, ExecutionException, TimeoutException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                final UserScramCredentialsDescription description =
                    admin.describeUserScramCredentials(List.of(user)).all().get(10, TimeUnit.SECONDS).get(user);
                if (description != null && !description.credentialInfos().isEmpty()) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof ResourceNotFoundException)) {
                    throw e;
                }
                // the broker's metadata has not caught up with the controller yet; ask again
            }
        }
        throw new TimeoutException("SCRAM credential of " + user + " not visible after 30 s");
    }

    private Map<String, Object> plaintextClientProperties() {
        final Map<String, Object> props = new HashMap<>();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    private static String scramJaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
            + "\" password=\"" + password + "\";";
    }

    /** Stops the broker, waits for its threads and sockets to close, and deletes its directory. */
    @Override
    public synchronized void close() {
        if (server == null && baseDir == null) {
            return;
        }
        try {
            stop();
        } finally {
            deleteBaseDir();
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.warn("Stopping after a failed restart also failed", e);
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
        final String clientListener = secure ? SECURE_CLIENT_LISTENER : CLIENT_LISTENER;
        props.put("inter.broker.listener.name", clientListener);
        props.put("listeners", clientListener + "://" + HOST + ":" + port + ","
            + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", clientListener + "://" + HOST + ":" + port);
        props.put("listener.security.protocol.map", clientListener + ":" + clientListener + "," + CONTROLLER_LISTENER + ":PLAINTEXT");
        if (secure) {
            props.putAll(securityProperties());
        }
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
        // A demo broker holds little data; keep segments small so a long-running demo stays small on disk.
        props.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        // Statements carry their publication time as record timestamp, often months or years back
        // (the founding readouts are from 2025): time-based retention would delete them, and what
        // Crosscheck wrote about them, within minutes. A throwaway local broker keeps everything.
        props.put("log.retention.ms", "-1");
        props.putAll(extraProperties);
        return props;
    }

    private Properties securityProperties() {
        final Properties props = new Properties();
        final String listenerPrefix = "listener.name." + SECURE_CLIENT_LISTENER.toLowerCase(Locale.ROOT) + ".";
        props.put("sasl.enabled.mechanisms", SCRAM_MECHANISM);
        props.put("sasl.mechanism.inter.broker.protocol", SCRAM_MECHANISM);
        props.put(listenerPrefix + SCRAM_MECHANISM.toLowerCase(Locale.ROOT) + ".sasl.jaas.config",
            scramJaas(SUPER_USER, superUserPassword));
        props.put("ssl.keystore.location", tls.keystore().toString());
        props.put("ssl.keystore.password", tls.password());
        props.put("ssl.key.password", tls.password());
        props.put("ssl.keystore.type", "PKCS12");
        props.put("ssl.truststore.location", tls.truststore().toString());
        props.put("ssl.truststore.password", tls.password());
        props.put("ssl.truststore.type", "PKCS12");
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        // ANONYMOUS is the broker reaching its own controller over the loopback-only plaintext controller listener.
        props.put("super.users", "User:" + SUPER_USER + ";User:ANONYMOUS");
        props.put("allow.everyone.if.no.acl.found", "false");
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
        if (secure) {
            // KRaft reads SCRAM credentials from metadata: the super user must exist before the first start.
            formatter.setScramArguments(List.of(SCRAM_MECHANISM + "=[name=" + SUPER_USER + ",password=" + superUserPassword + "]"));
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
        private boolean secure;
        private Duration startTimeout = Duration.ofSeconds(60);
        private final Map<String, String> extraProperties = new LinkedHashMap<>();

        private Builder() {
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

        /** SASL_SSL with SCRAM-SHA-512 on the client listener and the StandardAuthorizer; off by default. */
        public Builder secure(boolean secure) {
            this.secure = secure;
            return this;
        }

        /** A broker property that overrides the defaults (e.g. {@code log.retention.ms}). */
        public Builder brokerProperty(String name, String value) {
            extraProperties.put(name, value);
            return this;
        }

        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(this);
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            return port;
        }
    }
}
