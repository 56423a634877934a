package io.crosscheck.detect;

import io.crosscheck.claims.TermAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceAlignerTest {

    private final SentenceAligner aligner = new SentenceAligner(new TermAnalyzer());

    @Test
    void shouldFindTheParaphrasedSentence() {
        final String other = "The ministers met in Hanoi. They agreed to expand Japanese investment in manufacturing. Weather was fine.";
        final SentenceAligner.Alignment best = aligner.best("Japan will invest more in Viet Nam's manufacturing sector.", other);
        assertThat(best.sentence().text()).isEqualTo("They agreed to expand Japanese investment in manufacturing.");
        assertThat(best.similarity()).isGreaterThan(0.2);
    }

    @Test
    void shouldScoreUnrelatedSentencesNearZero() {
        assertThat(aligner.similarity("The EU called for the release of detained lawyers.", "Trade in steel will grow.")).isLessThan(0.1);
    }

    @Test
    void shouldIgnoreReadoutBoilerplate() {
        assertThat(aligner.terms("The two presidents discussed it in a telephone conversation.")).isEmpty();
    }

    @Test
    void shouldFallBackToTheFirstSentenceWhenNothingMatches() {
        assertThat(aligner.best("sanctions", "Hello there. Goodbye.").sentence().text()).isEqualTo("Hello there.");
    }
}
