package io.crosscheck.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActorResolverTest {

    private final TermAnalyzer analyzer = new TermAnalyzer();
    private final ActorResolver resolver = ActorResolver.loadDefault(analyzer);

    private List<String> actors(String text, String issuerCountry) {
        return resolver.mentions(analyzer.tokens(text), issuerCountry, "UA").stream().map(ActorResolver.Mention::actor).toList();
    }

    @Test
    void shouldResolveNamesDemonymsCapitalsAndTitles() {
        assertThat(actors("Putin", "US")).containsExactly("RU");
        assertThat(actors("the Russian side", "US")).containsExactly("RU");
        assertThat(actors("Washington", "RU")).containsExactly("US");
        assertThat(actors("Donald Trump", "RU")).containsExactly("US");
        assertThat(actors("the US delegation", "RU")).containsExactly("US");
    }

    @Test
    void shouldResolveTitlesToTheIssuersCountry() {
        assertThat(actors("The President said", "RU")).containsExactly("RU");
        assertThat(actors("The President said", "US")).containsExactly("US");
        assertThat(actors("the other side", "RU")).containsExactly("UA");
    }

    @Test
    void shouldResolveATitleOfANamedCountryToThatCountry() {
        assertThat(actors("the President of the Russian Federation", "IN")).containsExactly("RU", "RU");
        assertThat(actors("the Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia", "EG"))
                .containsExactly("ET", "ET");
        assertThat(actors("the President of the Republic", "UZ")).containsExactly("UZ");
    }

    @Test
    void shouldResolveTheHeadOfStateToTheIssuerAndPluralTitlesToAJointSubject() {
        assertThat(actors("the Head of State put forward the idea", "KZ")).containsExactly("KZ");
        assertThat(actors("the heads of state decided", "KZ")).containsExactly("BOTH");
        assertThat(actors("The presidents agreed", "RU")).containsExactly("BOTH");
    }

    @Test
    void shouldNotReadThePronounUsAsTheUnitedStates() {
        assertThat(actors("He told us about it", "RU")).isEmpty();
    }

    @Test
    void shouldResolveJointSubjects() {
        assertThat(actors("Both leaders agreed", "US")).containsExactly("BOTH");
    }

    @Test
    void shouldFindTheIssuersCountryFromItsName() {
        assertThat(resolver.issuerCountry("Kremlin", null)).isEqualTo("RU");
        assertThat(resolver.issuerCountry("The White House", null)).isEqualTo("US");
        assertThat(resolver.issuerCountry("Ministry of Foreign Affairs of Japan", null)).isEqualTo("JP");
        assertThat(resolver.issuerCountry("Anyone", "gb")).isEqualTo("GB");
    }

    @Test
    void shouldReadAPortfolioLongerThanTheTitleAsTheNamedCountrysMinister() {
        assertThat(actors("the Minister for Foreign Affairs and East African Cooperation of the United Republic of Tanzania", "KE"))
                .startsWith("TZ");
        assertThat(actors("the Minister for Foreign Affairs and Trade of New Zealand", "JP")).startsWith("NZ");
        assertThat(actors("the Minister for Foreign Affairs met the press", "KE")).containsExactly("KE");
        assertThat(actors("the Minister and the Ambassador of Japan", "KE")).startsWith("KE");
    }

    @Test
    void shouldSpanThePresidentOfTheRepublicAsTheIssuersOwnHeadOfState() {
        final List<ActorResolver.Mention> own = resolver.mentions(analyzer.tokens("The President of the Republic proposed a corridor"), "PE", null);
        assertThat(own).extracting(ActorResolver.Mention::actor).containsExactly("PE");
        assertThat(own.get(0).to()).isEqualTo(5);
        assertThat(actors("The President of the Republic welcomed the Chinese delegation", "PE")).startsWith("PE");
        assertThat(actors("the President of the Republic of Korea", "JP")).containsExactly("KR", "KR");
    }

    @Test
    void shouldReadACountryWhoseNameHoldsAnotherCountrysNameAsItself() {
        assertThat(actors("the Government of South Sudan", "KE")).containsExactly("SS");
        assertThat(actors("the Government of Sudan", "KE")).containsExactly("SD");
    }

    @Test
    void shouldReadAShortAcronymOnlyWhenWrittenInCapitals() {
        assertThat(actors("a proposal of the IGAD Chairperson", "KE")).contains("IGAD");
        assertThat(actors("NATO allies met", "KE")).contains("NATO");
        assertThat(actors("the man who spoke", "KE")).isEmpty();
    }
}
