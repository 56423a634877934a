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

    private static boolean differentSpans(String a, String figureA, String b, String figureB) {
        final Quantity qa = Quantity.newBuilder().setValue(1).setUnit("tonne").setApproximation(Approximation.EXACT)
                .setText(figureA).build();
        final Quantity qb = Quantity.newBuilder().setValue(2).setUnit("tonne").setApproximation(Approximation.EXACT)
                .setText(figureB).build();
        return FigureRole.differentSpans(a, qa, b, qb);
    }

    @Test
    void shouldTellATotalSoFarFromTheFigureOfOnePeriod() {
        assertThat(differentSpans("Last year the port handled 4 million tonnes of grain.", "4 million",
                "Since its opening in 2019, the port has handled 15 million tonnes of grain.", "15 million")).isTrue();
        assertThat(differentSpans("To date, 9 million tonnes have been shipped through the corridor.", "9 million",
                "The corridor carried 3 million tonnes annually.", "3 million")).isTrue();
        // Two totals, or two yearly figures, measure the same span.
        assertThat(differentSpans("So far 9 million tonnes have been shipped.", "9 million",
                "In total, 7 million tonnes have been shipped.", "7 million")).isFalse();
        assertThat(differentSpans("In 2025 the port handled 4 million tonnes.", "4 million",
                "The port handled 5 million tonnes last year.", "5 million")).isFalse();
        // A figure with no span named is not set apart from a total.
        assertThat(differentSpans("The sides agreed to ship 4 million tonnes.", "4 million",
                "So far 9 million tonnes have been shipped.", "9 million")).isFalse();
    }
}
