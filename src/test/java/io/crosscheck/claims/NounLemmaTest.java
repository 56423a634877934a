package io.crosscheck.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NounLemmaTest {

    @Test
    void shouldSingulariseRegularPlurals() {
        assertThat(NounLemma.of("Soldiers")).isEqualTo("soldier");
        assertThat(NounLemma.of("casualties")).isEqualTo("casualty");
        assertThat(NounLemma.of("howitzers")).isEqualTo("howitzer");
        assertThat(NounLemma.of("launches")).isEqualTo("launch");
        assertThat(NounLemma.of("boxes")).isEqualTo("box");
    }

    @Test
    void shouldMapIrregularPlurals() {
        assertThat(NounLemma.of("people")).isEqualTo("person");
        assertThat(NounLemma.of("children")).isEqualTo("child");
        assertThat(NounLemma.of("servicemen")).isEqualTo("serviceman");
    }

    @Test
    void shouldLeaveSingularsAndUncountablesAlone() {
        assertThat(NounLemma.of("staff")).isEqualTo("staff");
        assertThat(NounLemma.of("news")).isEqualTo("news");
        assertThat(NounLemma.of("status")).isEqualTo("status");
        assertThat(NounLemma.of("crisis")).isEqualTo("crisis");
        assertThat(NounLemma.of("address")).isEqualTo("address");
        assertThat(NounLemma.of("won")).isEqualTo("won");
    }
}
