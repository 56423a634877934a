package io.crosscheck.config;

import io.crosscheck.app.BoundedMemoryRocksDbConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReliabilitySettingsTest {

    @Test
    void shouldBoundRocksDbMemoryAndRecordSizeByDefault() {
        CrosscheckConfig config = CrosscheckConfig.fromEnv(Map.of());
        assertThat(config.rocksDbCacheBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(config.rocksDbWriteBufferBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(config.maxRecordBytes()).isEqualTo(512 * 1024);

        Properties props = StreamsSettings.from(config);
        assertThat(props.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG)).isEqualTo(BoundedMemoryRocksDbConfig.class.getName());
    }

    @Test
    void shouldReadRocksDbSizesFromTheEnvironment() {
        CrosscheckConfig config = CrosscheckConfig.fromEnv(Map.of(
                "CROSSCHECK_ROCKSDB_CACHE_BYTES", "134217728", "CROSSCHECK_ROCKSDB_WRITE_BUFFER_BYTES", "33554432",
                "CROSSCHECK_MAX_RECORD_BYTES", "262144"));
        assertThat(config.rocksDbCacheBytes()).isEqualTo(134_217_728L);
        assertThat(config.rocksDbWriteBufferBytes()).isEqualTo(33_554_432L);
        assertThat(config.maxRecordBytes()).isEqualTo(262_144);
    }

    @Test
    void shouldRejectWriteBuffersLargerThanTheCacheNamingBothSettings() {
        assertThatThrownBy(() -> CrosscheckConfig.fromEnv(Map.of(
                "CROSSCHECK_ROCKSDB_CACHE_BYTES", "1048576", "CROSSCHECK_ROCKSDB_WRITE_BUFFER_BYTES", "2097152")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CROSSCHECK_ROCKSDB_WRITE_BUFFER_BYTES").hasMessageContaining("CROSSCHECK_ROCKSDB_CACHE_BYTES");
        assertThatThrownBy(() -> CrosscheckConfig.fromEnv(Map.of("CROSSCHECK_MAX_RECORD_BYTES", "lots")))
                .hasMessageContaining("CROSSCHECK_MAX_RECORD_BYTES");
    }
}
