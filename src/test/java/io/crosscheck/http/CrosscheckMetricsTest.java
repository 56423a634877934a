package io.crosscheck.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Severity;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class CrosscheckMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong events = new AtomicLong();
    private final CrosscheckMetrics metrics = new CrosscheckMetrics(registry, events::get);

    @Test
    void shouldRegisterEveryKindAndSeverityPairBeforeAnyAlert() {
        assertThat(registry.find(CrosscheckMetrics.ALERTS).counters())
            .hasSize(AlertKind.values().length * Severity.values().length)
            .allSatisfy(counter -> assertThat(counter.count()).isZero());
    }

    @Test
    void shouldCountAlertsByKindAndSeverity() {
        metrics.alertEmitted(AlertKind.NUMERIC, Severity.MEDIUM);
        metrics.alertEmitted(AlertKind.NUMERIC, Severity.MEDIUM);
        metrics.alertEmitted(AlertKind.OMISSION, Severity.LOW);

        assertThat(registry.get(CrosscheckMetrics.ALERTS).tags("kind", "NUMERIC", "severity", "MEDIUM").counter().count())
            .isEqualTo(2.0);
        assertThat(registry.get(CrosscheckMetrics.ALERTS).tags("kind", "OMISSION", "severity", "LOW").counter().count())
            .isEqualTo(1.0);
        assertThat(registry.get(CrosscheckMetrics.ALERTS).tags("kind", "NUMERIC", "severity", "HIGH").counter().count())
            .isZero();
    }

    @Test
    void shouldReadEventsInStateWhenTheGaugeIsRead() {
        events.set(3);
        assertThat(registry.get(CrosscheckMetrics.EVENTS_IN_STATE).gauge().value()).isEqualTo(3.0);
        events.set(11);
        assertThat(registry.get(CrosscheckMetrics.EVENTS_IN_STATE).gauge().value()).isEqualTo(11.0);
    }

    @Test
    void shouldRejectANegativeClaimCount() {
        assertThatThrownBy(() -> metrics.claimsExtracted(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(registry.get(CrosscheckMetrics.CLAIMS_EXTRACTED).counter().count()).isZero();
    }
}
