package io.crosscheck.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptTurnsTest {

    @Test
    void shouldReadQuestionerLabelsInTheirUsualForms() {
        assertThat(TranscriptTurns.opensQuestion("Q: Can you confirm the call?")).isTrue();
        assertThat(TranscriptTurns.opensQuestion("QUESTION: Will the talks resume?")).isTrue();
        assertThat(TranscriptTurns.opensQuestion("Q (Press Trust of India): What was discussed?")).isTrue();
        assertThat(TranscriptTurns.opensQuestion("Kyodo News: The Japanese side said …")).isTrue();
        assertThat(TranscriptTurns.opensQuestion("Reporter: Was the border raised?")).isTrue();
    }

    @Test
    void shouldNotTakeOrdinarySentencesOrAnswersForQuestions() {
        assertThat(TranscriptTurns.opensQuestion("Quarterly figures: exports rose.")).isFalse();
        assertThat(TranscriptTurns.opensQuestion("The Minister told Reuters: we will not sign.")).isFalse();
        assertThat(TranscriptTurns.opensQuestion("A: We have nothing to add.")).isFalse();
        assertThat(TranscriptTurns.opensAnswer("A: We have nothing to add.")).isTrue();
        assertThat(TranscriptTurns.opensAnswer("Answer: The call took place.")).isTrue();
    }

    @Test
    void shouldTellATranscriptFromAReadoutThatQuotesSomeone() {
        assertThat(TranscriptTurns.isTranscript("Spokesperson's remarks.\nQ: Did the leaders discuss tariffs?\nA: No.")).isTrue();
        assertThat(TranscriptTurns.isTranscript("The briefing went on. QUESTION: Will the ministers meet again?")).isTrue();
        assertThat(TranscriptTurns.isTranscript("Q: Is there a date? A: Not yet.")).isTrue();
        assertThat(TranscriptTurns.isTranscript("The President told Reuters: the ceasefire holds.")).isFalse();
        assertThat(TranscriptTurns.isTranscript("The sides agreed on a Q3 review: exports first.")).isFalse();
        assertThat(TranscriptTurns.isTranscript(null)).isFalse();
    }

    @Test
    void shouldFindWhereTheFirstQuestionStarts() {
        final String briefing = "Let me begin with the visit of the Foreign Minister. I will now take your questions. "
                + "AFP: Was the cyber issue raised?\n\nSpokesperson: No.";
        assertThat(TranscriptTurns.firstQuestion(briefing)).isEqualTo(briefing.indexOf("AFP:"));
        assertThat(TranscriptTurns.firstQuestion("The President told Reuters: the ceasefire holds.")).isEqualTo(-1);
        assertThat(TranscriptTurns.firstQuestion(null)).isEqualTo(-1);
    }
}
