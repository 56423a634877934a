package io.crosscheck.claims;

import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Quantity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Phenomena of published readouts found on the blind-written sets: transcripts, pending texts, open matters. */
class ReadoutGenresTest {

    @Test
    void shouldTakeNoClaimsFromAJournalistsQuestion() {
        final String text = "Bloomberg: The US Treasury Secretary said China committed to buy at least 25 million tons of US soybeans. "
                + "Can you confirm that? Guo Jiakun: China will purchase 12 million tonnes of US soybeans this year.";
        final List<Claim> claims = Extraction.claims("Ministry of Foreign Affairs", "CN", text);
        assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(c.getEvidence()).doesNotContain("25 million", "confirm"));
        assertThat(claims.stream().flatMap(c -> c.getQuantities().stream()).map(Quantity::getValue)).contains(1.2e7);
    }

    @Test
    void shouldReadAnInitialledTextAsNotYetInForce() {
        final List<Claim> claims = Extraction.claims("Ministry of Foreign Affairs", "RW",
                "Rwanda and the Democratic Republic of the Congo today initialled the text of the Protocol on verification.");
        assertThat(claims).extracting(Claim::getStatus).contains(ClaimStatus.NOT_IN_FORCE).doesNotContain(ClaimStatus.AGREED);
    }

    @Test
    void shouldCarryAnOpenDecisionBackToTheMatterDiscussed() {
        final List<Claim> claims = Extraction.claims("European Commission", "EU",
                "Participants discussed the governance of the corridor, including the idea of a permanent secretariat. "
                        + "Senior officials will prepare options on its form, location and funding for a decision at the next Ministerial Meeting.");
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getStatus()).isEqualTo(ClaimStatus.NOT_IN_FORCE);
            assertThat(c.getAction()).isEqualTo(StatusReader.UNDECIDED);
            assertThat(c.getEvidence()).contains("permanent secretariat").contains("for a decision");
        });
    }

    @Test
    void shouldReadHalfABillion() {
        final List<Claim> claims = Extraction.claims("Presidency", "UZ",
                "The leaders agreed to launch a joint investment fund with half a billion US dollars of initial capitalization.");
        assertThat(claims.stream().flatMap(c -> c.getQuantities().stream()).map(Quantity::getValue)).contains(5e8);
    }

    @Test
    void shouldCreditAPassiveRequestAndACapital() {
        assertThat(Extraction.claims("Élysée", "FR", "The call was requested by Moscow, according to the French presidency."))
                .anySatisfy(c -> {
                    assertThat(c.getTopic()).isEqualTo("initiative");
                    assertThat(c.getActor()).isEqualTo("RU");
                    assertThat(c.getAssertedBy()).isNull();
                });
        assertThat(Extraction.claims("Kremlin", "RU", "There was a request from Paris for the conversation."))
                .anySatisfy(c -> assertThat(c.getActor()).isEqualTo("FR"));
    }
}
