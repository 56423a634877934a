package io.crosscheck.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParaphrasesTest {

    private final Paraphrases paraphrases = Paraphrases.loadDefault(new TermAnalyzer());

    @Test
    void shouldMergeTheWaysReadoutsNameAirLinks() {
        assertThat(paraphrases.terms("restoring direct flights"))
                .containsExactlyInAnyOrderElementsOf(paraphrases.terms("resumption of direct air links"))
                .contains("direct", "=air-link", "=resume");
        assertThat(paraphrases.terms("the topic of direct air communication")).contains("direct", "=air-link");
    }

    @Test
    void shouldMergeAHotlineWithADirectCommunicationLine() {
        assertThat(paraphrases.terms("a hotline between the coast guards")).contains("=hotline", "coast", "guard");
        assertThat(paraphrases.terms("set up a communication line between the coast guards"))
                .contains("=establish", "=hotline", "coast", "guard");
    }

    @Test
    void shouldMergeTakingBackWithReturning() {
        assertThat(paraphrases.terms("take back migrants")).contains("=return");
        assertThat(paraphrases.terms("persons can be returned to Poland")).contains("=return");
    }

    @Test
    void shouldKeepOtherContentStemsAndDropStopWords() {
        assertThat(paraphrases.terms("The question of gas prices")).containsExactly("question", "ga", "=price");
    }
}
