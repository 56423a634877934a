package io.crosscheck.evaluate;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.crosscheck.avro.AlertKind.NUMERIC;
import static io.crosscheck.avro.AlertKind.OMISSION;
import static io.crosscheck.avro.AlertKind.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

class ScorecardTest {

    @Test
    void shouldMatchPairsAsSetsAndScorePerKind() {
        Set<LabelledPair> expected = Set.of(LabelledPair.of(SCOPE, "a", "b"), LabelledPair.of(OMISSION, "b", "a"),
                LabelledPair.of(NUMERIC, "a", "c"));
        Set<LabelledPair> predicted = Set.of(LabelledPair.of(SCOPE, "b", "a"), LabelledPair.of(OMISSION, "a", "b"),
                LabelledPair.of(NUMERIC, "b", "c"));

        Scorecard scorecard = new Scorecard(expected, predicted);

        assertThat(scorecard.overall().matched()).isEqualTo(2);
        assertThat(scorecard.overall().precision()).isEqualTo(2.0 / 3);
        assertThat(scorecard.overall().recall()).isEqualTo(2.0 / 3);
        assertThat(scorecard.forKind(NUMERIC).f1()).isZero();
        assertThat(scorecard.forKind(SCOPE).f1()).isEqualTo(1.0);
        assertThat(scorecard.falsePositives()).containsExactly(LabelledPair.of(NUMERIC, "b", "c"));
        assertThat(scorecard.table()).contains("overall").contains("precision");
    }
}
