package io.crosscheck.detect;

import io.crosscheck.claims.TermAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

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

    @Test
    void shouldNotCutInsideFiguresOrHyphenatedInitials() {
        assertThat(texts("The U.S.-Kenya compact is worth $1.5 billion over 2.5 years. Work starts in May."))
                .containsExactly("The U.S.-Kenya compact is worth $1.5 billion over 2.5 years.", "Work starts in May.");
    }

    @Test
    void shouldKeepInitialsWithTheNameOrWordThatFollows() {
        assertThat(texts("It welcomed U.S. private investment in the mines. The E.U. Commissioner agreed. "
                + "Sanctions were imposed by the U.S. The measures remain."))
                .containsExactly("It welcomed U.S. private investment in the mines.", "The E.U. Commissioner agreed.",
                        "Sanctions were imposed by the U.S.", "The measures remain.");
    }

    @Test
    void shouldCutAtLineBreaksQuestionMarksAndAfterClosingQuotes() {
        assertThat(texts("Q: Was it raised?\nA: \"No.\" We said so twice! It is closed"))
                .containsExactly("Q: Was it raised?", "A: \"No.\"", "We said so twice!", "It is closed");
    }

    @Test
    void shouldGiveOffsetsIntoTheText() {
        final String text = "  First one.   Second one.  ";
        for (SentenceAligner.Sentence s : aligner.sentences(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    private List<String> texts(String text) {
        return aligner.sentences(text).stream().map(SentenceAligner.Sentence::text).toList();
    }
}
