package io.crosscheck.detect;

import io.crosscheck.avro.Approximation;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TermAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.qty;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

class ClaimAlignerTest {

    private final ClaimAligner aligner = new ClaimAligner(new SentenceAligner(new TermAnalyzer()));

    @Test
    void shouldGiveAnUnnamedClaimTheTopicOfTheClauseItAlignsWith() {
        final Statement a = statement("a", "IMF", claim("text.agreement-good-level-made", ClaimStatus.NOT_IN_FORCE,
                "The mission made good progress towards reaching a staff-level agreement on the third review."));
        final Statement b = statement("b", "Finance Division", claim("text.agreement-announc-level-reach", ClaimStatus.AGREED,
                "Pakistan and the Fund have reached a staff-level agreement on the third review."));
        final Statement[] aligned = aligner.align(a, b);
        assertThat(aligned[1].getClaims().get(0).getTopic()).isEqualTo(aligned[0].getClaims().get(0).getTopic());
    }

    @Test
    void shouldLeaveUnrelatedClausesApart() {
        final Statement a = statement("a", "IMF", claim("text.agreement-good-level-made", ClaimStatus.NOT_IN_FORCE,
                "The mission made good progress towards reaching a staff-level agreement."));
        final Statement b = statement("b", "Finance Division", claim("text.board-revenu-digit", ClaimStatus.AGREED,
                "He directed the Federal Board of Revenue to accelerate digitisation."));
        final Statement[] aligned = aligner.align(a, b);
        assertThat(aligned[0].getClaims().get(0).getTopic()).isEqualTo("text.agreement-good-level-made");
        assertThat(aligned[1].getClaims().get(0).getTopic()).isEqualTo("text.board-revenu-digit");
    }

    @Test
    void shouldNeverRewriteALexiconTopic() {
        final Statement a = statement("a", "X", claim("trade", ClaimStatus.AGREED, "China will buy wheat from Kazakhstan."));
        final Statement b = statement("b", "Y", claim("grain", ClaimStatus.AGREED, "China will buy wheat from Kazakhstan."));
        final Statement[] aligned = aligner.align(a, b);
        assertThat(List.of(aligned[0].getClaims().get(0).getTopic(), aligned[1].getClaims().get(0).getTopic()))
                .containsExactly("trade", "grain");
    }

    @Test
    void shouldPreferTheClauseCountingTheSameUnit() {
        final Statement a = statement("a", "Akorda", claim("text.agreement-bui-china-wheat", ClaimStatus.STATED,
                "China will buy two million tonnes of Kazakhstan's wheat in the new marketing year.")
                .setQuantities(List.of(qty(2_000_000, "tonne", Approximation.EXACT))));
        final Statement b = statement("b", "MFA", claim("summit", ClaimStatus.AGREED,
                "The sides will prepare the summit and Kazakhstan's wheat exports."),
                claim("trade", ClaimStatus.AGREED, "The Chinese side will purchase 1.5 million tonnes of Kazakh wheat in the marketing year.")
                        .setQuantities(List.of(qty(1_500_000, "tonne", Approximation.EXACT))));
        assertThat(aligner.align(a, b)[0].getClaims().get(0).getTopic()).isEqualTo("trade");
    }
}
