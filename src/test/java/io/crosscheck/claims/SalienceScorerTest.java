package io.crosscheck.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SalienceScorerTest {

    @Test
    void shouldScoreDemandsAboveDiscussions() {
        final double demand = Extraction.claim("RU",
                "A complete cessation of foreign military aid must become the key condition for a settlement.", "military-aid")
                .getSalience();
        final double talk = Extraction.claim("RU", "The leaders exchanged views on military aid.", "military-aid").getSalience();
        assertThat(demand).isGreaterThanOrEqualTo(0.8);
        assertThat(talk).isLessThan(0.5);
    }

    @Test
    void shouldKeepCourtesyLow() {
        assertThat(Extraction.claim("US", "The President thanked Putin for the frank talk on the prisoner exchange.",
                "prisoner-exchange").getSalience()).isLessThanOrEqualTo(0.25);
    }

    @Test
    void shouldRaiseSalienceForFigures() {
        final double withFigure = Extraction.claim("RU", "The sides announced a prisoner exchange of 175 people.",
                "prisoner-exchange").getSalience();
        final double without = Extraction.claim("RU", "The sides announced a prisoner exchange.", "prisoner-exchange").getSalience();
        assertThat(withFigure).isGreaterThan(without);
    }
}
