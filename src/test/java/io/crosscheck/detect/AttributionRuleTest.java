package io.crosscheck.detect;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Statement;
import org.junit.jupiter.api.Test;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

class AttributionRuleTest {

    private final AttributionRule rule = new AttributionRule();

    @Test
    void shouldFireWhenTheInitiativeIsCreditedToDifferentActors() {
        final Statement a = statement("a", "Kremlin", claim("ceasefire", ClaimStatus.PROPOSED, "Trump suggested a truce.").setActor("US"));
        final Statement b = statement("b", "White House", claim("ceasefire", ClaimStatus.PROPOSED,
                "The truce was proposed at the Russian side's initiative.").setActor("RU"));
        assertThat(rule.compare(a, b)).singleElement().satisfies(f -> assertThat(f.explanation()).contains("US").contains("RU"));
    }

    @Test
    void shouldNotFireOnTheSameActorOrJointOrUnknownOnes() {
        final Statement us = statement("a", "X", claim("ceasefire", ClaimStatus.PROPOSED, "Trump suggested a truce.").setActor("US"));
        assertThat(rule.compare(us, statement("b", "Y", claim("ceasefire", ClaimStatus.PROPOSED, "Washington proposed it.")
                .setActor("US")))).isEmpty();
        assertThat(rule.compare(us, statement("b", "Y", claim("ceasefire", ClaimStatus.AGREED, "Both leaders agreed.")
                .setActor("BOTH")))).isEmpty();
        assertThat(rule.compare(us, statement("b", "Y", claim("ceasefire", ClaimStatus.PROPOSED, "A truce was proposed.")))).isEmpty();
    }

    @Test
    void shouldNotFireOnAgreementsEvenWithDifferentSubjects() {
        final Statement a = statement("a", "X", claim("trade", ClaimStatus.AGREED, "Putin agreed.").setActor("RU"));
        final Statement b = statement("b", "Y", claim("trade", ClaimStatus.AGREED, "Trump agreed.").setActor("US"));
        assertThat(rule.compare(a, b)).isEmpty();
    }
}
