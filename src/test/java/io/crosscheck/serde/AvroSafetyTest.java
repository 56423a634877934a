package io.crosscheck.serde;

import org.apache.avro.SystemLimitException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvroSafetyTest {

    @Test
    void shouldEnforceTheStringBytesAndCollectionLimits() {
        AvroSafety.ensureApplied();

        assertThat(AvroSafety.limitsInForce()).isTrue();
        assertThat(System.getProperty(SystemLimitException.MAX_STRING_LENGTH_PROPERTY)).isEqualTo("10485760");
        assertThatThrownBy(() -> SystemLimitException.checkMaxStringLength(AvroSafety.MAX_STRING_BYTES + 1L))
                .isInstanceOf(SystemLimitException.class);
        assertThatThrownBy(() -> SystemLimitException.checkMaxBytesLength(AvroSafety.MAX_BYTES_LENGTH + 1L))
                .isInstanceOf(SystemLimitException.class);
        assertThatThrownBy(() -> SystemLimitException.checkMaxCollectionLength(0L, AvroSafety.MAX_COLLECTION_ITEMS + 1L))
                .isInstanceOf(SystemLimitException.class);
        assertThat(SystemLimitException.checkMaxStringLength(AvroSafety.MAX_STRING_BYTES)).isEqualTo(AvroSafety.MAX_STRING_BYTES);
    }

    @Test
    void shouldAddTheGeneratedPackageToTheTrustedPackageProperty() {
        AvroSafety.ensureApplied();

        assertThat(System.getProperty(AvroSafety.SERIALIZABLE_PACKAGES).split(",")).contains("io.crosscheck.avro");
    }

    @Test
    void shouldKeepPackagesAnOperatorAlreadyTrusted() {
        assertThat(AvroSafety.withTrustedPackage(null)).isEqualTo("io.crosscheck.avro");
        assertThat(AvroSafety.withTrustedPackage(" com.example ")).isEqualTo("com.example,io.crosscheck.avro");
        assertThat(AvroSafety.withTrustedPackage("com.example, io.crosscheck.avro")).isEqualTo("com.example, io.crosscheck.avro");
        assertThat(AvroSafety.withTrustedPackage("*")).isEqualTo("*");
    }
}
