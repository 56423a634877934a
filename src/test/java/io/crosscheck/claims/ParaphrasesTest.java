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

    @Test
    void shouldMergeWaysOfHandingOverADocumentAndOfMeetingDirectly() {
        assertThat(paraphrases.terms("submit a report")).containsExactlyElementsOf(paraphrases.terms("provide a report"));
        assertThat(paraphrases.terms("the envoys met directly")).contains("=direct-meeting");
        assertThat(paraphrases.terms("no direct contact")).contains("=direct-meeting");
    }

    @Test
    void shouldKnowTheNamesOfStatesButNotCommonWords() {
        assertThat(paraphrases.isActorName("iran")).isTrue();
        assertThat(paraphrases.isActorName("report")).isFalse();
        assertThat(paraphrases.isActorName("parti")).isFalse();
    }
}
