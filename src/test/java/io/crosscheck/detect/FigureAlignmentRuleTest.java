package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Approximation;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Quantity;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TermAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.qty;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

class FigureAlignmentRuleTest {

    private final FigureAlignmentRule rule = new FigureAlignmentRule(new SentenceAligner(new TermAnalyzer()));

    private static final String WHEAT_A = "An understanding was reached on the supply of 1.5 million tons of Kazakh wheat to the Chinese market.";
    private static final String WHEAT_B = "The President welcomed the agreement under which China will buy two million tonnes of Kazakh wheat.";

    @Test
    void shouldFindDifferentFiguresForTheSameThingFiledUnderDifferentTopics() {
        final Statement a = statement("a", "X", claim("trade", ClaimStatus.AGREED, WHEAT_A)
                .setQuantities(List.of(qty(1.5e6, "ton", Approximation.EXACT))));
        final Statement b = statement("b", "Y", claim("text.wheat-buy", ClaimStatus.STATED, WHEAT_B)
                .setQuantities(List.of(qty(2e6, "tonne", Approximation.EXACT))));

        final List<Finding> findings = rule.compare(a, b);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(AlertKind.NUMERIC);
            assertThat(f.topic()).isEqualTo("trade");
            assertThat(f.confidence()).isBetween(0.5, 0.9);
        });
    }

    @Test
    void shouldCompareDurationsInDifferentUnits() {
        final Statement a = statement("a", "X", claim("mediation", ClaimStatus.STATED,
                "The talks included a direct meeting between the heads of delegation of some 45 minutes.")
                .setQuantities(List.of(qty(45, "minute", Approximation.ABOUT))));
        final Statement b = statement("b", "Y", claim("initiative", ClaimStatus.PROPOSED,
                "The head of the delegation held a direct meeting with the envoy for about half an hour.")
                .setQuantities(List.of(qty(0.5, "hour", Approximation.ABOUT))));

        assertThat(rule.compare(a, b)).hasSize(1);
    }

    @Test
    void shouldNotDisputeAFigureTheOtherReadoutAlsoGives() {
        // Two released one way and three the other: both readouts give both numbers, so they count different people.
        final Statement a = statement("a", "X", claim("detainees", ClaimStatus.ANNOUNCED,
                "The mediation resulted in the release of two US citizens and three Iranian citizens held in the United States.")
                .setQuantities(List.of(qty(2, "citizen", Approximation.EXACT), qty(3, "citizen", Approximation.EXACT))));
        final Statement b = statement("b", "Y", claim("text.citizen-release", ClaimStatus.STATED,
                "Two American citizens who were detained are on their way home after their release.")
                .setQuantities(List.of(qty(2, "citizen", Approximation.EXACT))));

        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldIgnoreFiguresInClausesAboutDifferentMatters() {
        final Statement a = statement("a", "X", claim("trade", ClaimStatus.STATED,
                "Bilateral trade exceeded 60 billion dollars last year.")
                .setQuantities(List.of(qty(6e10, "USD", Approximation.MORE_THAN))));
        final Statement b = statement("b", "Y", claim("text.loan-grid", ClaimStatus.AGREED,
                "The development bank will lend 5 billion dollars for the power grid.")
                .setQuantities(List.of(qty(5e9, "USD", Approximation.EXACT))));

        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldLeaveSameTopicFiguresToTheNumericRule() {
        final Statement a = statement("a", "X", claim("prisoner-exchange", ClaimStatus.ANNOUNCED, "Ukraine handed over 90 prisoners of war.")
                .setQuantities(List.of(qty(90, "person", Approximation.EXACT))));
        final Statement b = statement("b", "Y", claim("prisoner-exchange", ClaimStatus.ANNOUNCED, "Ukraine handed over 84 prisoners of war.")
                .setQuantities(List.of(qty(84, "person", Approximation.EXACT))));

        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotCompareFiguresThatQualifyDifferentNouns() {
        final Statement a = statement("a", "X", claim("visit", ClaimStatus.STATED,
                "The IMF staff team visited Karachi and Islamabad for the review of the 37-month Extended Fund Facility.")
                .setQuantities(List.of(Quantity.newBuilder(qty(37, "month", Approximation.EXACT)).setText("37-month").build())));
        final Statement b = statement("b", "Y", claim("text.review-agreement", ClaimStatus.AGREED,
                "The agreement on the review, concluded at the end of the two-week IMF mission to Karachi and Islamabad.")
                .setQuantities(List.of(Quantity.newBuilder(qty(2, "week", Approximation.EXACT)).setText("two-week").build())));

        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldCompareTheSameCountedNounInOtherwiseDifferentClauses() {
        final String delegates = "The sides agreed that 400 delegates would attend the forum in Busan in the autumn.";
        final String longer = "The two countries will expand cultural cooperation, resume direct flights between their capitals, "
                + "open two consulates and welcome 250 delegates at a festival later this year, the ministry said.";
        final Statement a = statement("a", "X", claim("text.youth-forum", ClaimStatus.AGREED, delegates)
                .setQuantities(List.of(qty(400, "delegate", Approximation.EXACT))));
        final Statement b = statement("b", "Y", claim("culture", ClaimStatus.ANNOUNCED, longer)
                .setQuantities(List.of(qty(250, "delegate", Approximation.EXACT))));

        assertThat(rule.compare(a, b)).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(AlertKind.NUMERIC));
    }

    @Test
    void shouldStillWantSimilarClausesForUnitsOfMeasure() {
        final Statement a = statement("a", "X", claim("text.fertiliser", ClaimStatus.AGREED,
                "The sides agreed that 400 thousand tonnes of fertiliser would be shipped through the port by December.")
                .setQuantities(List.of(qty(4e5, "tonne", Approximation.EXACT))));
        final Statement b = statement("b", "Y", claim("trade", ClaimStatus.ANNOUNCED,
                "The two countries will expand cultural cooperation, resume direct flights and raise steel exports "
                        + "to 250 thousand tonnes, the ministry said.")
                .setQuantities(List.of(qty(2.5e5, "tonne", Approximation.EXACT))));

        assertThat(rule.compare(a, b)).isEmpty();
    }
}
