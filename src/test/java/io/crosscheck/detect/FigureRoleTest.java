package io.crosscheck.detect;

import io.crosscheck.avro.Approximation;
import io.crosscheck.avro.Quantity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FigureRoleTest {

    private static FigureRole role(String evidence, String figure) {
        final Quantity q = Quantity.newBuilder().setValue(1).setUnit("person").setApproximation(Approximation.EXACT)
                .setText(figure).build();
        return FigureRole.of(evidence, q);
    }

    @Test
    void shouldReadACountSinceAMonthAsARecord() {
        assertThat(role("Since December 2024, more than 500,000 Syrians are estimated to have returned.", "500,000"))
                .isEqualTo(FigureRole.RECORD);
        assertThat(role("Since early March 2025 some 3,000 families have come back, officials said.", "3,000"))
                .isEqualTo(FigureRole.RECORD);
    }

    @Test
    void shouldReadAStockAHostCountryHoldsAsStanding() {
        assertThat(role("Jordan, which hosts some 650,000 refugees, asked for more support.", "650,000"))
                .isEqualTo(FigureRole.STANDING);
        assertThat(role("The country is home to 1.2 million displaced people.", "1.2 million")).isEqualTo(FigureRole.STANDING);
        assertThat(role("The sides agreed that 20,000 people will return in the first phase.", "20,000")).isEqualTo(FigureRole.PLAIN);
    }

    @Test
    void shouldDisputeAStandingFigureOnlyWithAnother() {
        assertThat(FigureRole.comparable(FigureRole.STANDING, FigureRole.RECORD)).isFalse();
        assertThat(FigureRole.comparable(FigureRole.STANDING, FigureRole.PLAIN)).isFalse();
        assertThat(FigureRole.comparable(FigureRole.STANDING, FigureRole.STANDING)).isTrue();
        assertThat(FigureRole.comparable(FigureRole.TARGET, FigureRole.PLAIN)).isTrue();
    }
}
