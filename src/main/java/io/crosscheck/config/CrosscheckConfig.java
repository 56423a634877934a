package io.crosscheck.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Typed, immutable application configuration, built from environment variables
 * ({@code fromEnv(System.getenv())} in main, a plain map in tests).
 *
 * <ul>
 *   <li>{@code KAFKA_*} → Kafka client properties: prefix dropped, {@code _} → {@code .}, lower case
 *       ({@code KAFKA_SECURITY_PROTOCOL} → {@code security.protocol}).</li>
 *   <li>{@code SCHEMA_REGISTRY_URL}, {@code SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO} → the registry.</li>
 *   <li>{@code CROSSCHECK_*} → app settings (see {@link Setting}); an unknown one is an error, so a
 *       typo cannot silently fall back to a default.</li>
 * </ul>
 * {@link #toString()} never prints secrets.
 */
public final class CrosscheckConfig {

    /** Every CROSSCHECK_* variable, with its default (null = none). Also the README's table. */
    public enum Setting {
        APPLICATION_ID("crosscheck", "Kafka Streams application.id: prefix of internal topics, consumer group and transactional ids"),
        TOPIC_STATEMENTS(Topics.DEFAULT_STATEMENTS, "input topic (key statementId, Avro Statement)"),
        TOPIC_ALERTS(Topics.DEFAULT_ALERTS, "output topic (key eventId, Avro ContradictionAlert)"),
        TOPIC_ALERTS_JSON(Topics.DEFAULT_ALERTS_JSON, "JSON mirror of the alerts; empty or 'none' switches it off"),
        TOPIC_DLQ(Topics.DEFAULT_DEAD_LETTERS, "dead-letter topic for bad input (raw bytes + error headers)"),
        MIN_CONFIDENCE("0.5", "alerts below this confidence are not emitted"),
        CALIBRATION_FILE(null, "confidence calibration table (TSV, as `detect/calibration.tsv`, e.g. measured with `calibrate` on your own labelled readouts) used instead of the built-in one"),
        EVENT_RETENTION("P14D", "how long an event stays in state after its latest statement (ISO-8601 duration)"),
        EVENT_GROUPING_WINDOW("PT72H", "how far apart statements without eventId may be and still form one event"),
        COMPARE_SAME_ISSUER("false", "also compare statements of the same issuer"),
        MAX_TEXT_CHARS("100000", "statements with longer text go to the dead-letter topic"),
        MAX_RECORD_BYTES(String.valueOf(512 * 1024), "input records larger than this many bytes go to the dead-letter topic (keep below the topic's max.message.bytes)"),
        MAX_CLOCK_SKEW("P2D", "statements published further in the future go to the dead-letter topic"),
        PROCESSING_GUARANTEE("exactly_once_v2", "Kafka Streams processing.guarantee"),
        STATE_DIR(null, "Kafka Streams state directory (default: <tmp>/crosscheck-state)"),
        HTTP_PORT("8080", "port of /health/live, /health/ready and /metrics"),
        CLOSE_TIMEOUT("PT30S", "how long shutdown waits for Kafka Streams to close"),
        AUTO_REGISTER_SCHEMAS("true", "register the Avro schemas in the registry when absent"),
        REQUIRE_TOPICS("true", "fail at start, naming the topic, when an input or output topic is missing"),
        ROCKSDB_CACHE_BYTES(String.valueOf(64L * 1024 * 1024), "RocksDB block cache shared by all state stores of the instance, memtables included (bytes)"),
        ROCKSDB_WRITE_BUFFER_BYTES(String.valueOf(16L * 1024 * 1024), "part of the RocksDB cache memtables may fill before they are flushed (bytes)");

        private final String defaultValue;
        private final String description;

        Setting(String defaultValue, String description) {
            this.defaultValue = defaultValue;
            this.description = description;
        }

        public String variable() {
            return "CROSSCHECK_" + name();
        }

        public String defaultValue() {
            return defaultValue;
        }

        public String description() {
            return description;
        }
    }

    public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";
    public static final String DEFAULT_SCHEMA_REGISTRY_URL = "http://localhost:8081";
    private static final Set<String> SECRET_MARKERS = Set.of("password", "secret", "jaas", "user.info", "token", "credential");

    private final Map<String, String> kafkaProperties;
    private final String schemaRegistryUrl;
    private final String schemaRegistryUserInfo;
    private final Map<Setting, String> settings;

    private CrosscheckConfig(Map<String, String> kafkaProperties, String schemaRegistryUrl,
                             String schemaRegistryUserInfo, Map<Setting, String> settings) {
        this.kafkaProperties = Collections.unmodifiableMap(kafkaProperties);
        this.schemaRegistryUrl = schemaRegistryUrl;
        this.schemaRegistryUserInfo = schemaRegistryUserInfo;
        this.settings = Collections.unmodifiableMap(settings);
    }

    public static CrosscheckConfig fromEnv(Map<String, String> env) {
        Map<String, String> kafka = new TreeMap<>();
        Map<Setting, String> settings = new java.util.EnumMap<>(Setting.class);
        for (Map.Entry<String, String> entry : env.entrySet()) {
            String name = entry.getKey();
            if (name.startsWith("KAFKA_") && name.length() > "KAFKA_".length()) {
                kafka.put(name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), entry.getValue());
            } else if (name.startsWith("CROSSCHECK_")) {
                settings.put(setting(name), entry.getValue());
            }
        }
        kafka.putIfAbsent("bootstrap.servers", DEFAULT_BOOTSTRAP_SERVERS);
        for (Setting setting : Setting.values()) {
            if (setting.defaultValue() != null) {
                settings.putIfAbsent(setting, setting.defaultValue());
            }
        }
        CrosscheckConfig config = new CrosscheckConfig(kafka,
                env.getOrDefault("SCHEMA_REGISTRY_URL", DEFAULT_SCHEMA_REGISTRY_URL),
                env.get("SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO"), settings);
        config.detectionSettings(); // fail fast on malformed values
        config.closeTimeout();
        config.httpPort();
        config.maxRecordBytes();
        config.rocksDbWriteBufferBytes();
        return config;
    }

    private static Setting setting(String variable) {
        try {
            return Setting.valueOf(variable.substring("CROSSCHECK_".length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown setting " + variable + "; known: "
                    + java.util.Arrays.stream(Setting.values()).map(Setting::variable).toList());
        }
    }

    /** Kafka client properties from KAFKA_* variables (always includes bootstrap.servers). */
    public Map<String, String> kafkaProperties() {
        return kafkaProperties;
    }

    public String bootstrapServers() {
        return kafkaProperties.get("bootstrap.servers");
    }

    public String schemaRegistryUrl() {
        return schemaRegistryUrl;
    }

    /** Settings for the registry client: basic auth user info if given. */
    public Map<String, String> schemaRegistrySettings() {
        return schemaRegistryUserInfo == null ? Map.of() : Map.of("basic.auth.user.info", schemaRegistryUserInfo);
    }

    public String applicationId() {
        return get(Setting.APPLICATION_ID);
    }

    public Topics topics() {
        String json = get(Setting.TOPIC_ALERTS_JSON);
        boolean jsonOff = json == null || json.isBlank() || json.equalsIgnoreCase("none");
        return new Topics(get(Setting.TOPIC_STATEMENTS), get(Setting.TOPIC_ALERTS), jsonOff ? null : json, get(Setting.TOPIC_DLQ));
    }

    public DetectionSettings detectionSettings() {
        return new DetectionSettings(
                duration(Setting.EVENT_RETENTION),
                bool(Setting.COMPARE_SAME_ISSUER),
                fraction(Setting.MIN_CONFIDENCE),
                positiveInt(Setting.MAX_TEXT_CHARS),
                duration(Setting.MAX_CLOCK_SKEW),
                duration(Setting.EVENT_GROUPING_WINDOW),
                readableFile(Setting.CALIBRATION_FILE));
    }

    /** A file the setting names, checked readable now so that a wrong path fails at start, naming the variable. */
    private java.nio.file.Path readableFile(Setting setting) {
        String value = get(setting);
        if (value == null || value.isBlank()) {
            return null;
        }
        java.nio.file.Path file = java.nio.file.Path.of(value.trim());
        if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isReadable(file)) {
            throw new IllegalArgumentException(setting.variable() + ": cannot read the file " + file);
        }
        return file;
    }

    /** Total RocksDB memory of the instance (block cache with memtables charged to it), in bytes. */
    public long rocksDbCacheBytes() {
        return positiveLong(Setting.ROCKSDB_CACHE_BYTES);
    }

    /** The part of {@link #rocksDbCacheBytes()} memtables may use, in bytes. */
    public long rocksDbWriteBufferBytes() {
        long writeBuffers = positiveLong(Setting.ROCKSDB_WRITE_BUFFER_BYTES);
        if (writeBuffers > rocksDbCacheBytes()) {
            throw new IllegalArgumentException(Setting.ROCKSDB_WRITE_BUFFER_BYTES.variable() + " (" + writeBuffers
                    + ") must not exceed " + Setting.ROCKSDB_CACHE_BYTES.variable() + " (" + rocksDbCacheBytes() + ")");
        }
        return writeBuffers;
    }

    /** Bound on one input statement record, in bytes. */
    public int maxRecordBytes() {
        return positiveInt(Setting.MAX_RECORD_BYTES);
    }

    public String processingGuarantee() {
        return get(Setting.PROCESSING_GUARANTEE);
    }

    public Path stateDir() {
        String dir = get(Setting.STATE_DIR);
        return dir == null || dir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "crosscheck-state") : Path.of(dir);
    }

    public int httpPort() {
        int port = Integer.parseInt(get(Setting.HTTP_PORT).trim());
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(Setting.HTTP_PORT.variable() + " must be a port number, got " + port);
        }
        return port;
    }

    public Duration closeTimeout() {
        return duration(Setting.CLOSE_TIMEOUT);
    }

    public boolean autoRegisterSchemas() {
        return bool(Setting.AUTO_REGISTER_SCHEMAS);
    }

    public boolean requireTopics() {
        return bool(Setting.REQUIRE_TOPICS);
    }

    public String get(Setting setting) {
        return settings.get(setting);
    }

    private Duration duration(Setting setting) {
        String value = get(setting).trim();
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(setting.variable() + " must be an ISO-8601 duration such as P14D or PT30S, got \"" + value + "\"");
        }
    }

    private boolean bool(Setting setting) {
        String value = get(setting).trim().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(setting.variable() + " must be true or false, got \"" + value + "\"");
        }
        return Boolean.parseBoolean(value);
    }

    private double fraction(Setting setting) {
        try {
            double value = Double.parseDouble(get(setting).trim());
            if (value < 0.0 || value > 1.0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting.variable() + " must be a number between 0 and 1, got \"" + get(setting) + "\"");
        }
    }

    private int positiveInt(Setting setting) {
        try {
            int value = Integer.parseInt(get(setting).trim());
            if (value <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting.variable() + " must be a positive integer, got \"" + get(setting) + "\"");
        }
    }

    private long positiveLong(Setting setting) {
        try {
            long value = Long.parseLong(get(setting).trim());
            if (value <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting.variable() + " must be a positive number of bytes, got \"" + get(setting) + "\"");
        }
    }

    /** True for property names whose values must never be printed. */
    public static boolean isSecret(String propertyName) {
        String name = propertyName.toLowerCase(Locale.ROOT);
        return SECRET_MARKERS.stream().anyMatch(name::contains);
    }

    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        kafkaProperties.forEach((k, v) -> shown.put(k, isSecret(k) ? "[hidden]" : v));
        return "CrosscheckConfig{kafka=" + shown
                + ", schemaRegistryUrl=" + redactUserInfo(schemaRegistryUrl)
                + ", schemaRegistryBasicAuth=" + (schemaRegistryUserInfo == null ? "none" : "[hidden]")
                + ", settings=" + settings + "}";
    }

    private static String redactUserInfo(String url) {
        return url == null ? null : url.replaceAll("//[^/@]+@", "//[hidden]@");
    }
}
