package io.crosscheck.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextSegmenterTest {

    private final TextSegmenter segmenter = new TextSegmenter(NlpModelsHolder.MODELS);

    private List<String> clauses(String text) {
        return segmenter.clauses(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void shouldSplitSentencesAndParagraphs() {
        assertThat(clauses("The leaders spoke. They agreed on trade.\nA new paragraph follows."))
                .containsExactly("The leaders spoke.", "They agreed on trade.", "A new paragraph follows.");
    }

    @Test
    void shouldKeepDottedInitialsWithTheNameTheyPrecede() {
        assertThat(clauses("The minister met U.K. Foreign Secretary David Lammy in London. They discussed trade."))
                .containsExactly("The minister met U.K. Foreign Secretary David Lammy in London.", "They discussed trade.");
        assertThat(clauses("The round was held at the invitation of H.E. President Ramaphosa in Pretoria."))
                .containsExactly("The round was held at the invitation of H.E. President Ramaphosa in Pretoria.");
        assertThat(clauses("The sides welcomed U.S. private investment in the sector. They set up a council."))
                .containsExactly("The sides welcomed U.S. private investment in the sector.", "They set up a council.");
    }

    @Test
    void shouldSplitClausesAtSemicolonsAndAsWellAs() {
        assertThat(clauses("It begins with a truce, as well as talks on shipping; then peace."))
                .containsExactly("It begins with a truce", "talks on shipping", "then peace.");
    }

    @Test
    void shouldKeepAConditionWithItsPoint() {
        assertThat(clauses("Belarus is ready to pardon 25 persons, but only after sanctions are lifted.")).hasSize(1);
    }

    @Test
    void shouldKeepAFigureWithItsScaleWordInOneSentence() {
        assertThat(clauses("They signed loans worth $2.5 billion. The ministers then left."))
                .containsExactly("They signed loans worth $2.5 billion.", "The ministers then left.");
    }
}
