package io.crosscheck.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class CrosscheckMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong events = new AtomicLong();

    @Test
    void shouldReadEventsInStateWhenTheGaugeIsRead() {
        new CrosscheckMetrics(registry, events::get);

        events.set(3);
        assertThat(registry.get(CrosscheckMetrics.EVENTS_IN_STATE).gauge().value()).isEqualTo(3.0);
        events.set(11);
        assertThat(registry.get(CrosscheckMetrics.EVENTS_IN_STATE).gauge().value()).isEqualTo(11.0);
    }
}
