package io.crosscheck.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeExtractorTest {

    private final TermAnalyzer analyzer = new TermAnalyzer();
    private final Lexicon lexicon = Lexicon.loadDefault(analyzer);
    private final ScopeExtractor scopes = ScopeExtractor.loadDefault(analyzer);

    private List<String> scopeOf(String text) {
        final List<Token> tokens = analyzer.tokens(text);
        final Lexicon.TopicHit hit = lexicon.find(tokens).get(0);
        return scopes.scope(text, tokens, hit.from(), hit.to());
    }

    @Test
    void shouldSplitACoordinationIntoItsTerms() {
        assertThat(scopeOf("an energy and infrastructure ceasefire")).containsExactly("energy", "infrastructure");
    }

    @Test
    void shouldKeepACompoundAsOneNarrowerTerm() {
        assertThat(scopeOf("a halt on attacks targeting energy infrastructure")).containsExactly("energy-infrastructure");
    }

    @Test
    void shouldDistributeTheHeadOverAndOther() {
        assertThat(scopeOf("a ceasefire on energy and other civilian infrastructure"))
                .containsExactly("civilian-infrastructure", "energy-infrastructure");
    }

    @Test
    void shouldReadExtents() {
        assertThat(scopeOf("a full ceasefire")).containsExactly("full");
        assertThat(scopeOf("a partial ceasefire against energy")).containsExactly("energy");
        assertThat(scopeOf("a ceasefire along the entire border")).containsExactly("full");
    }

    @Test
    void shouldFollowAnEnumerationPastCommas() {
        assertThat(scopeOf("visa-free entry for business, tourism, visiting relatives and friends, exchanges and transit"))
                .containsExactly("business", "exchanges", "family", "tourism", "transit");
        assertThat(scopeOf("visa exemption for tourism")).containsExactly("tourism");
    }

    @Test
    void shouldNotTakeTheTopicsOwnWordsAsScope() {
        assertThat(scopeOf("foreign military aid")).isEmpty();
    }

    @Test
    void shouldStopAtPunctuation() {
        assertThat(scopeOf("in the Black Sea, full ceasefire")).isEmpty();
    }

    @Test
    void shouldNotReadCoverageFromTheWordsOfAName() {
        assertThat(scopeOf("a ceasefire monitored by the International Atomic Energy Agency")).isEmpty();
        assertThat(scopeOf("Energy infrastructure ceasefire")).containsExactly("energy-infrastructure");
        assertThat(scopeOf("a ceasefire in the Black Sea")).containsExactly("maritime");
    }

    @Test
    void shouldNotReadAVerbTakingAnObjectAsAnExtent() {
        assertThat(scopeOf("a truce and the teams will complete the monitoring arrangements")).doesNotContain("full");
        assertThat(scopeOf("a truce along the entire front, to complete a full withdrawal")).contains("full");
        assertThat(scopeOf("a truce at all the crossings")).contains("all");
    }

    @Test
    void shouldNotReadAVerbFormAsAScopeWord() {
        assertThat(scopeOf("the ceasefire monitoring report was completed on Monday")).doesNotContain("full");
        assertThat(scopeOf("the visa waiver proposal will be studied by both ministries")).doesNotContain("study");
        assertThat(scopeOf("a ceasefire totalling three days")).doesNotContain("full");
    }

    @Test
    void shouldKeepAScopeWordTheLexiconWritesAsAParticiple() {
        assertThat(scopeOf("a limited ceasefire")).containsExactly("partial");
        assertThat(scopeOf("a complete ceasefire")).containsExactly("full");
    }

    @Test
    void shouldNotTakeANounInIonForTheTermItsStemMatches() {
        assertThat(scopeOf("cooperation on climate resilience and the energy transition")).doesNotContain("transit");
        assertThat(scopeOf("cooperation on climate and transit routes")).contains("transit");
    }
    @Test
    void shouldNotReadATotalCountAsFullCoverage() {
        assertThat(scopeOf("the total number of captives freed so far now exceeds 2,000")).doesNotContain("full");
        assertThat(scopeOf("a prisoner swap that returned a total of 300 men")).doesNotContain("full");
        assertThat(scopeOf("the full number of prisoners of war held by each side")).doesNotContain("full");
        assertThat(scopeOf("a total ceasefire")).containsExactly("full");
    }

    @Test
    void shouldReadAnEnumerationTheWindowWouldCutInTwo() {
        assertThat(scopeOf("the investments of 1,500 million pounds sterling in infrastructure and clean energy projects"))
                .contains("energy", "infrastructure");
    }

    @Test
    void shouldNotReadAnActivityWordThatIsAVerbOrHeadsItsOwnPhrase() {
        assertThat(scopeOf("visa facilitation for business people and students, and agreed to continue work on the benchmarks"))
                .containsExactly("business");
        assertThat(scopeOf("a ceasefire so that the committee can work out measures")).isEmpty();
        assertThat(scopeOf("a ceasefire and the exchange of prisoners")).isEmpty();
        assertThat(scopeOf("the visa waiver and the readiness to work for peace")).isEmpty();
    }

    @Test
    void shouldKeepAnActivityWordThatIsThePurpose() {
        assertThat(scopeOf("visa-free entry for study at universities")).containsExactly("study");
        assertThat(scopeOf("visa exemption for tourism for stays of up to 30 days")).containsExactly("tourism");
        assertThat(scopeOf("visa exemption for business and work")).containsExactly("business", "work");
    }

    @Test
    void shouldNotReadTheHeadAfterACompoundOfThatHeadAsAnotherItem() {
        assertThat(scopeOf("a moratorium on strikes against energy infrastructure facilities"))
                .containsExactly("energy-infrastructure");
    }

    @Test
    void shouldNotReadAHeadThatRefersBackAsCoverage() {
        assertThat(scopeOf("the inspections will resume at these facilities")).isEmpty();
        assertThat(scopeOf("the inspections will resume at all facilities")).containsExactly("all", "infrastructure");
    }

    @Test
    void shouldNotReadAnExtentInsideATitleAsCoverage() {
        assertThat(scopeOf("the General Border Committee will meet to reduce tensions along the ceasefire line")).isEmpty();
        assertThat(scopeOf("a ceasefire in the Black Sea")).containsExactly("maritime");
    }
}
