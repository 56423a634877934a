package io.crosscheck.detect;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Statement;
import org.junit.jupiter.api.Test;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

class PolarityRuleTest {

    private final PolarityRule rule = new PolarityRule();

    @Test
    void shouldFireWhenOneAffirmsWhatTheOtherNegates() {
        final Statement a = statement("a", "X", claim("minerals-deal", ClaimStatus.DISCUSSED, "They discussed the minerals deal."));
        final Statement b = statement("b", "Y", claim("minerals-deal", ClaimStatus.DISCUSSED, "The minerals deal was not discussed.")
                .setPolarity(Polarity.NEGATED));
        assertThat(rule.compare(a, b)).singleElement().satisfies(f -> {
            assertThat(f.first()).isSameAs(a);
            assertThat(f.confidence()).isGreaterThanOrEqualTo(0.8);
        });
        assertThat(rule.compare(b, a)).singleElement().satisfies(f -> assertThat(f.excerptFirst()).contains("not discussed"));
    }

    @Test
    void shouldNotFireWhenBothAffirm() {
        final Statement a = statement("a", "X", claim("minerals-deal", ClaimStatus.DISCUSSED, "They discussed the minerals deal."));
        final Statement b = statement("b", "Y", claim("minerals-deal", ClaimStatus.AGREED, "They agreed on the minerals deal."));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotFireWhenTheNegatingSideAlsoAffirms() {
        final Statement a = statement("a", "X", claim("sanctions", ClaimStatus.DISCUSSED, "They discussed sanctions."));
        final Statement b = statement("b", "Y",
                claim("sanctions", ClaimStatus.DISCUSSED, "New sanctions were not discussed.").setPolarity(Polarity.NEGATED),
                claim("sanctions", ClaimStatus.DISCUSSED, "Existing sanctions were discussed."));
        assertThat(rule.compare(a, b)).isEmpty();
    }
}
