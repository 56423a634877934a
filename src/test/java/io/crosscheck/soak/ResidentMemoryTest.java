package io.crosscheck.soak;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentMemoryTest {

    @Test
    void shouldReadResidentMemoryInKilobytesFromProcStatus() {
        assertThat(ResidentMemory.parseKiloBytes("VmRSS:\t  123456 kB")).isEqualTo(123456);
        assertThat(ResidentMemory.bytes()).isPresent();
        assertThat(ResidentMemory.bytes().getAsLong()).isPositive();
    }
}
