package io.crosscheck.detect;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TermAnalyzer;
import org.junit.jupiter.api.Test;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

class OmissionRuleTest {

    private final OmissionRule rule = new OmissionRule(new SentenceAligner(new TermAnalyzer()));

    private static final String DEMAND = "A complete cessation of foreign military aid to Kyiv must become the key condition.";

    @Test
    void shouldReportASalientPointTheOtherReadoutLeavesOut() {
        final Statement making = statement("a", "Kremlin",
                claim("military-aid", ClaimStatus.DEMANDED, DEMAND).setSalience(0.95),
                claim("ceasefire", ClaimStatus.PROPOSED, "Trump suggested a halt on attacks on energy infrastructure."));
        final Statement omitting = statement("b", "White House", claim("ceasefire", ClaimStatus.AGREED, "The leaders agreed on an energy ceasefire."));
        assertThat(rule.compare(omitting, making)).singleElement().satisfies(f -> {
            assertThat(f.first()).isSameAs(making);
            assertThat(f.second()).isSameAs(omitting);
            assertThat(f.topic()).isEqualTo("military-aid");
            assertThat(omitting.getText()).contains(f.excerptSecond());
        });
    }

    @Test
    void shouldNotReportMinorPoints() {
        final Statement making = statement("a", "X", claim("sports", ClaimStatus.PROPOSED, "Putin proposed hockey matches.").setSalience(0.3));
        final Statement omitting = statement("b", "Y", claim("ceasefire", ClaimStatus.AGREED, "They agreed on a truce."));
        assertThat(rule.compare(making, omitting)).isEmpty();
    }

    @Test
    void shouldNotReportAPointTheOtherReadoutMakesInOtherWords() {
        final Statement making = statement("a", "X", claim("military-aid", ClaimStatus.DEMANDED, DEMAND).setSalience(0.95));
        final Statement paraphrase = statement("b", "Y", claim("other", ClaimStatus.STATED,
                "Moscow wants foreign military aid to Kyiv to stop completely as a key condition."));
        assertThat(rule.compare(making, paraphrase)).isEmpty();
    }

    @Test
    void shouldNotReportATopicTheOtherReadoutTouches() {
        final Statement making = statement("a", "X", claim("military-aid", ClaimStatus.DEMANDED, DEMAND).setSalience(0.95));
        final Statement touching = statement("b", "Y", claim("military-aid", ClaimStatus.DISCUSSED, "They discussed weapons supplies."));
        assertThat(rule.compare(making, touching)).isEmpty();
    }

    @Test
    void shouldNotCompareTwoOfficesOfOneCountry() {
        final Statement making = statement("a", "White House", claim("military-aid", ClaimStatus.DEMANDED, DEMAND).setSalience(0.95));
        final Statement omitting = statement("b", "State Department", claim("ceasefire", ClaimStatus.AGREED, "They agreed on a truce."));
        making.setIssuerCountry("US");
        omitting.setIssuerCountry("US");
        assertThat(rule.compare(making, omitting)).isEmpty();
    }
}
