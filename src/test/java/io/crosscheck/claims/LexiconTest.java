package io.crosscheck.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTest {

    private final TermAnalyzer analyzer = new TermAnalyzer();
    private final Lexicon lexicon = Lexicon.loadDefault(analyzer);

    private String topicOf(String text) {
        return lexicon.find(analyzer.tokens(text)).stream().map(Lexicon.TopicHit::topic).findFirst().orElse(null);
    }

    @Test
    void shouldMapDifferentWordingsOfOneSubjectToOneSlug() {
        assertThat(topicOf("an energy and infrastructure ceasefire")).isEqualTo("ceasefire");
        assertThat(topicOf("a 30-day halt on attacks targeting energy infrastructure")).isEqualTo("ceasefire");
        assertThat(topicOf("a truce along the border")).isEqualTo("ceasefire");
        assertThat(topicOf("a cessation of hostilities")).isEqualTo("ceasefire");
        assertThat(topicOf("they swapped prisoners of war")).isEqualTo("prisoner-exchange");
        assertThat(topicOf("an exchange of prisoners")).isEqualTo("prisoner-exchange");
        assertThat(topicOf("foreign military aid to Kyiv")).isEqualTo("military-aid");
        assertThat(topicOf("the supply of weapons")).isEqualTo("military-aid");
    }

    @Test
    void shouldPreferTheLongestPhrase() {
        assertThat(topicOf("a maritime ceasefire in the Black Sea")).isEqualTo("maritime-navigation");
    }

    @Test
    void shouldFindNothingInCourtesy() {
        assertThat(topicOf("The President thanked his counterpart for the warm welcome.")).isNull();
    }

    @Test
    void shouldNotLetAPhraseRunAcrossPunctuation() {
        assertThat(topicOf("They discussed the halt, and attacks continued")).isNull();
    }

    @Test
    void shouldWeighCeasefireAboveBilateralRelations() {
        assertThat(lexicon.weight("ceasefire")).isGreaterThan(lexicon.weight("bilateral-relations"));
    }
}
