package io.crosscheck.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrosscheckConfigTest {

    @Test
    void shouldMapKafkaVariablesToClientProperties() {
        CrosscheckConfig config = CrosscheckConfig.fromEnv(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "broker:9092",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_NUM_STANDBY_REPLICAS", "1"));

        assertThat(config.kafkaProperties())
                .containsEntry("bootstrap.servers", "broker:9092")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("num.standby.replicas", "1");
    }

    @Test
    void shouldApplyDefaultsWhenNothingIsSet() {
        CrosscheckConfig config = CrosscheckConfig.fromEnv(Map.of());

        assertThat(config.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(config.applicationId()).isEqualTo("crosscheck");
        assertThat(config.topics()).isEqualTo(Topics.defaults());
        assertThat(config.detectionSettings()).isEqualTo(DetectionSettings.defaults());
        assertThat(config.processingGuarantee()).isEqualTo("exactly_once_v2");
        assertThat(config.closeTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.httpPort()).isEqualTo(8080);
    }

    @Test
    void shouldReadAppSettingsFromCrosscheckVariables() {
        CrosscheckConfig config = CrosscheckConfig.fromEnv(Map.of(
                "CROSSCHECK_MIN_CONFIDENCE", "0.8",
                "CROSSCHECK_EVENT_RETENTION", "P7D",
                "CROSSCHECK_TOPIC_ALERTS_JSON", "none",
                "CROSSCHECK_COMPARE_SAME_ISSUER", "true"));

        assertThat(config.detectionSettings().minConfidence()).isEqualTo(0.8);
        assertThat(config.detectionSettings().eventRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(config.detectionSettings().compareSameIssuer()).isTrue();
        assertThat(config.topics().jsonMirrorEnabled()).isFalse();
    }

    @Test
    void shouldUseTheBuiltInCalibrationUnlessAReadableTableIsNamed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        assertThat(CrosscheckConfig.fromEnv(Map.of()).detectionSettings().calibrationTable()).isNull();

        java.nio.file.Path table = java.nio.file.Files.writeString(dir.resolve("calibration.tsv"), "SCOPE\t0.7\t0.8\t0\t5\tours\n");
        assertThat(CrosscheckConfig.fromEnv(Map.of("CROSSCHECK_CALIBRATION_FILE", table.toString())).detectionSettings()
                .calibrationTable()).isEqualTo(table);

        assertThatThrownBy(() -> CrosscheckConfig.fromEnv(Map.of("CROSSCHECK_CALIBRATION_FILE", dir.resolve("missing.tsv").toString()))
                .detectionSettings())
                .hasMessageContaining("CROSSCHECK_CALIBRATION_FILE").hasMessageContaining("missing.tsv");
    }

    @Test
    void shouldRejectUnknownOrMalformedSettingsWithTheirName() {
        assertThatThrownBy(() -> CrosscheckConfig.fromEnv(Map.of("CROSSCHECK_MIN_CONFIDANCE", "0.8")))
                .hasMessageContaining("CROSSCHECK_MIN_CONFIDANCE");
        assertThatThrownBy(() -> CrosscheckConfig.fromEnv(Map.of("CROSSCHECK_MIN_CONFIDENCE", "high")))
                .hasMessageContaining("CROSSCHECK_MIN_CONFIDENCE");
        assertThatThrownBy(() -> CrosscheckConfig.fromEnv(Map.of("CROSSCHECK_EVENT_RETENTION", "14 days")))
                .hasMessageContaining("CROSSCHECK_EVENT_RETENTION");
    }

    @Test
    void shouldNeverPrintSecrets() {
        CrosscheckConfig config = CrosscheckConfig.fromEnv(Map.of(
                "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"app\" password=\"s3cr3t-jaas\";",
                "KAFKA_SSL_TRUSTSTORE_PASSWORD", "s3cr3t-store",
                "SCHEMA_REGISTRY_URL", "https://reg-user:s3cr3t-url@registry:8081",
                "SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO", "reg-user:s3cr3t-basic"));

        assertThat(config.toString())
                .doesNotContain("s3cr3t")
                .contains("sasl.jaas.config=[hidden]");
    }

    @Test
    void shouldBuildStreamsPropertiesWithDeadLetterHandlingAndOverrides() {
        CrosscheckConfig config = CrosscheckConfig.fromEnv(Map.of(
                "KAFKA_PROCESSING_GUARANTEE", "at_least_once",
                "CROSSCHECK_TOPIC_DLQ", "bad-statements"));

        var props = StreamsSettings.from(config);

        assertThat(props.getProperty("application.id")).isEqualTo("crosscheck");
        assertThat(props.getProperty("errors.dead.letter.queue.topic.name")).isEqualTo("bad-statements");
        assertThat(props.getProperty("processing.guarantee")).isEqualTo("at_least_once");
    }
}
