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
    void shouldAlignClausesNamingTheSameBodyInOtherWords() {
        final Statement a = statement("a", "Press Service", claim("initiative", ClaimStatus.PROPOSED,
                "At the initiative of the President of Uzbekistan, the leaders agreed to establish a Central Asian Water and "
                        + "Energy Council to coordinate the use of transboundary rivers."));
        final Statement b = statement("b", "Akorda", claim("text.council-creat-energi-forward", ClaimStatus.PROPOSED,
                "In his speech at the meeting, the Head of State put forward the idea of creating a regional Water and "
                        + "Energy Council, which was supported by the leaders."));
        assertThat(aligner.align(a, b)[1].getClaims().get(0).getTopic()).isEqualTo("initiative");
    }

    @Test
    void shouldNotAlignOnOneSharedPlaceName() {
        final Statement a = statement("a", "X", claim("initiative", ClaimStatus.PROPOSED,
                "At the initiative of Turkey, the ministers met to discuss shipping in the Black Sea region."));
        final Statement b = statement("b", "Y", claim("text.fleet-naval-exercis-sea", ClaimStatus.STATED,
                "The fleet will hold naval exercises in the Black Sea next month."));
        assertThat(aligner.align(a, b)[1].getClaims().get(0).getTopic()).isEqualTo("text.fleet-naval-exercis-sea");
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
