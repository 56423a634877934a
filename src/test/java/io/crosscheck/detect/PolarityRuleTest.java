package io.crosscheck.detect;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Statement;
import org.junit.jupiter.api.Test;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

class PolarityRuleTest {

    private final PolarityRule rule = new PolarityRule();

    @Test
    void shouldFireWhenOneAffirmsWhatTheOtherNegates() {
        final Statement a = statement("a", "X", claim("minerals-deal", ClaimStatus.DISCUSSED, "They discussed the minerals deal."));
        final Statement b = statement("b", "Y", claim("minerals-deal", ClaimStatus.DISCUSSED, "The minerals deal was not discussed.")
                .setPolarity(Polarity.NEGATED));
        assertThat(rule.compare(a, b)).singleElement().satisfies(f -> {
            assertThat(f.first()).isSameAs(a);
            assertThat(f.confidence()).isGreaterThanOrEqualTo(0.8);
        });
        assertThat(rule.compare(b, a)).singleElement().satisfies(f -> assertThat(f.excerptFirst()).contains("not discussed"));
    }

    @Test
    void shouldNotFireWhenBothAffirm() {
        final Statement a = statement("a", "X", claim("minerals-deal", ClaimStatus.DISCUSSED, "They discussed the minerals deal."));
        final Statement b = statement("b", "Y", claim("minerals-deal", ClaimStatus.AGREED, "They agreed on the minerals deal."));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotFireWhenTheNegatingSideAlsoAffirms() {
        final Statement a = statement("a", "X", claim("sanctions", ClaimStatus.DISCUSSED, "They discussed sanctions."));
        final Statement b = statement("b", "Y",
                claim("sanctions", ClaimStatus.DISCUSSED, "New sanctions were not discussed.").setPolarity(Polarity.NEGATED),
                claim("sanctions", ClaimStatus.DISCUSSED, "Existing sanctions were discussed."));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    private static final io.crosscheck.claims.TermAnalyzer ANALYZER = new io.crosscheck.claims.TermAnalyzer();
    private static final SentenceAligner ALIGNER = new SentenceAligner(ANALYZER);
    private final PolarityRule aligning = new PolarityRule(ALIGNER,
            new DenialMatcher(ALIGNER, io.crosscheck.claims.Paraphrases.loadDefault(ANALYZER)));

    @Test
    void shouldAlignANegatedPointTheLexiconDoesNotName() {
        final Statement neg = statement("a", "X", claim("text.cultur-heritag-loot", ClaimStatus.DISCUSSED,
                "The return of looted cultural heritage was not discussed.").setPolarity(Polarity.NEGATED));
        final Statement aff = statement("b", "Y", claim("trade", ClaimStatus.DISCUSSED,
                "The ministers discussed the return of looted cultural heritage and trade."));
        assertThat(aligning.compare(neg, aff)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(neg));
    }

    @Test
    void shouldNotAlignWithAnUnrelatedOrAlsoNegatedSentence() {
        final Statement neg = statement("a", "X", claim("text.cultur-heritag-loot", ClaimStatus.DISCUSSED,
                "The return of looted cultural heritage was not discussed.").setPolarity(Polarity.NEGATED));
        assertThat(aligning.compare(neg, statement("b", "Y", claim("trade", ClaimStatus.DISCUSSED,
                "The ministers discussed trade and investment.")))).isEmpty();
        assertThat(aligning.compare(neg, statement("b", "Y", claim("trade", ClaimStatus.DISCUSSED,
                "The return of looted cultural heritage did not come up.")))).isEmpty();
    }
}
