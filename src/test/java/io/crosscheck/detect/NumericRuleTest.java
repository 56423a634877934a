package io.crosscheck.detect;

import io.crosscheck.avro.Approximation;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Quantity;
import io.crosscheck.avro.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.qty;
import static io.crosscheck.detect.Claims.range;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

class NumericRuleTest {

    private final NumericRule rule = new NumericRule();

    private List<Finding> compare(List<Quantity> qa, List<Quantity> qb) {
        final Statement a = statement("a", "X", claim("prisoner-exchange", ClaimStatus.ANNOUNCED, "An exchange of prisoners.")
                .setQuantities(qa));
        final Statement b = statement("b", "Y", claim("prisoner-exchange", ClaimStatus.ANNOUNCED, "A prisoner swap.")
                .setQuantities(qb));
        return rule.compare(a, b);
    }

    @Test
    void shouldFireOnDifferentExactFigures() {
        assertThat(compare(List.of(qty(175, "person", Approximation.EXACT)), List.of(qty(150, "person", Approximation.EXACT))))
                .hasSize(1);
    }

    @Test
    void shouldRespectApproximations() {
        assertThat(compare(List.of(qty(2, "person", Approximation.MORE_THAN)), List.of(qty(2, "person", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(200, "person", Approximation.ABOUT)), List.of(qty(210, "person", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(range(10, 15, "person")), List.of(qty(12, "person", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(2e6, "tonne", Approximation.UP_TO)), List.of(qty(2e6, "tonne", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(4e5, "tonne", Approximation.UP_TO)), List.of(qty(3e5, "tonne", Approximation.EXACT)))).hasSize(1);
        assertThat(compare(List.of(qty(15, "person", Approximation.UP_TO)), List.of(qty(20, "person", Approximation.AT_LEAST))))
                .hasSize(1);
    }

    @Test
    void shouldSeeThatTwoFramingsOfAChangeAgree() {
        final List<Quantity> fromTo = List.of(qty(10, "percent", Approximation.CHANGE_TO), qty(-10, "percentage-point", Approximation.CHANGE_BY));
        assertThat(compare(fromTo, List.of(qty(-10, "percentage-point", Approximation.CHANGE_BY)))).isEmpty();
        assertThat(compare(fromTo, List.of(qty(10, "percent", Approximation.EXACT)))).isEmpty();
        assertThat(compare(fromTo, List.of(qty(-5, "percentage-point", Approximation.CHANGE_BY)))).hasSize(1);
    }

    @Test
    void shouldCompareDurationsAcrossUnits() {
        assertThat(compare(List.of(qty(48, "hour", Approximation.EXACT)), List.of(qty(2, "day", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(30, "day", Approximation.EXACT)), List.of(qty(60, "day", Approximation.EXACT)))).hasSize(1);
        assertThat(compare(List.of(qty(12, "month", Approximation.EXACT)), List.of(qty(1, "year", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(30, "day", Approximation.EXACT)), List.of(qty(1, "month", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(12, "month", Approximation.EXACT)), List.of(qty(30, "day", Approximation.EXACT)))).hasSize(1);
    }

    @Test
    void shouldCompareDatesToTheDay() {
        final Quantity may15 = Quantity.newBuilder(qty(java.time.LocalDate.of(2026, 5, 15).toEpochDay(), "date", Approximation.EXACT)).build();
        final Quantity june1 = Quantity.newBuilder(qty(java.time.LocalDate.of(2026, 6, 1).toEpochDay(), "date", Approximation.EXACT)).build();
        final Quantity june = Quantity.newBuilder(range(java.time.LocalDate.of(2026, 6, 1).toEpochDay(),
                java.time.LocalDate.of(2026, 6, 30).toEpochDay(), "date")).build();
        assertThat(compare(List.of(may15), List.of(june1))).hasSize(1);
        assertThat(compare(List.of(june1), List.of(june))).isEmpty();
        assertThat(compare(List.of(may15), List.of(june))).hasSize(1);
    }

    @Test
    void shouldNotCompareDifferentThings() {
        assertThat(compare(List.of(qty(175, "person", Approximation.EXACT)), List.of(qty(23, "soldier", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(175, "person", Approximation.EXACT), qty(23, "person", Approximation.EXACT)),
                List.of(qty(175, "person", Approximation.EXACT)))).isEmpty();
    }

    @Test
    void shouldTakeDurationSlackInHoursWhateverTheUnits() {
        assertThat(compare(List.of(qty(0.5, "hour", Approximation.ABOUT)), List.of(qty(45, "minute", Approximation.EXACT))))
                .hasSize(1);
        assertThat(compare(List.of(qty(0.75, "hour", Approximation.ABOUT)), List.of(qty(45, "minute", Approximation.EXACT))))
                .isEmpty();
    }

    @Test
    void shouldSeeATotalAsTheSumOfItsParts() {
        final Statement a = statement("a", "X", claim("prisoner-exchange", ClaimStatus.ANNOUNCED,
                "The mediation resulted in the exchange of 168 captives from both sides.")
                .setQuantities(List.of(qty(168, "person", Approximation.EXACT))));
        final Statement b = statement("b", "Y",
                claim("prisoner-exchange", ClaimStatus.ANNOUNCED, "84 Russian servicemen were returned.")
                        .setQuantities(List.of(qty(84, "person", Approximation.EXACT))),
                claim("territory", ClaimStatus.ANNOUNCED, "In return, 84 Ukrainian prisoners of war were handed over.")
                        .setQuantities(List.of(qty(84, "person", Approximation.EXACT))));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotCompareDurationsOfDifferentOrders() {
        assertThat(compare(List.of(qty(5, "year", Approximation.EXACT)), List.of(qty(100, "minute", Approximation.EXACT)))).isEmpty();
    }

    @Test
    void shouldNotSetARecordOfThePastAgainstATarget() {
        final Statement a = statement("a", "X", claim("trade", ClaimStatus.STATED,
                "The Minister noted that bilateral trade amounted to USD 2.3 billion last year.")
                .setQuantities(List.of(Quantity.newBuilder(qty(2.3e9, "USD", Approximation.EXACT)).setText("USD 2.3 billion").build())));
        final Statement b = statement("b", "Y", claim("trade", ClaimStatus.AGREED,
                "The two sides agreed to raise bilateral trade to five billion US dollars by 2028.")
                .setQuantities(List.of(Quantity.newBuilder(qty(5e9, "USD", Approximation.EXACT)).setText("five billion US dollars").build())));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotCountDifferentGroupsOfPeopleAsOneFigure() {
        final Statement a = statement("a", "X", claim("prisoner-exchange", ClaimStatus.ANNOUNCED,
                "In addition, 15 seriously wounded servicemen will be handed over.")
                .setQuantities(List.of(Quantity.newBuilder(qty(15, "person", Approximation.EXACT)).setText("15").build())));
        final Statement b = statement("b", "Y", claim("prisoner-exchange", ClaimStatus.ANNOUNCED,
                "The sides will exchange 250 prisoners on each side this week.")
                .setQuantities(List.of(Quantity.newBuilder(qty(250, "person", Approximation.EXACT)).setText("250").build())));
        assertThat(rule.compare(a, b)).isEmpty();
    }
}
