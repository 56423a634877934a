package io.crosscheck.claims;

import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who placed a call, read through the extractor as an {@code initiative} claim crediting the caller. */
class CallInitiatorReaderTest {

    private static List<Claim> initiatives(String country, String text) {
        return Extraction.claims("Issuer", country, text).stream().filter(c -> c.getTopic().equals("initiative")).toList();
    }

    @Test
    void shouldCreditWhoeverTheCallWasReceivedFrom() {
        final Claim call = Extraction.claim("IN", "Prime Minister Narendra Modi received a telephone call today from the President "
                + "of the Russian Federation, H.E. Mr. Vladimir Putin.", "initiative");
        assertThat(call.getActor()).isEqualTo("RU");
        assertThat(call.getStatus()).isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void shouldCreditTheSubjectOfCalledOrPhoned() {
        assertThat(Extraction.claim("RU", "Donald Trump called President Putin to discuss the situation.", "initiative")
                .getActor()).isEqualTo("US");
        assertThat(Extraction.claim("IN", "The Russian President telephoned Prime Minister Modi on Monday.", "initiative")
                .getActor()).isEqualTo("RU");
        assertThat(Extraction.claim("CN", "Washington reached out to Beijing after the incident.", "initiative")
                .getActor()).isEqualTo("US");
    }

    @Test
    void shouldCreditWhoeverARelativeClauseSaysWantedTheCall() {
        assertThat(Extraction.claim("US", "The call, which the Chinese side had been seeking for weeks, lasted an hour.", "initiative")
                .getActor()).isEqualTo("CN");
        assertThat(initiatives("US", "The call, which lasted an hour, covered trade with China.")).isEmpty();
    }

    @Test
    void shouldCreditTheAgentOfAPassiveCall() {
        assertThat(Extraction.claim("IN", "Prime Minister Modi was phoned by President Putin.", "initiative").getActor())
                .isEqualTo("RU");
    }

    @Test
    void shouldCreditTheHostWhoInvited() {
        assertThat(Extraction.claim("RU", "Narendra Modi visited Moscow at the invitation of the Russian side.", "initiative")
                .getActor()).isEqualTo("RU");
        assertThat(Extraction.claim("IN", "The minister travelled to Tokyo at Japan's invitation.", "initiative")
                .getActor()).isEqualTo("JP");
    }

    @Test
    void shouldNotReadAppealsOrJointCallsAsACallPlaced() {
        assertThat(initiatives("US", "Trump called for a ceasefire between Russia and Ukraine.")).isEmpty();
        assertThat(initiatives("US", "The President called on Russia to stop the strikes.")).isEmpty();
        assertThat(initiatives("US", "Both leaders called each other's teams.")).isEmpty();
        assertThat(initiatives("RU", "Vladimir Putin had a telephone conversation with Narendra Modi.")).isEmpty();
    }

    @Test
    void shouldCreditWhoeverARelativeThatSaysRequestedTheConversation() {
        assertThat(Extraction.claim("FR", "Emmanuel Macron held talks with Chancellor Scholz in a conversation that the German side "
                + "had proposed.", "initiative").getActor()).isEqualTo("DE");
    }

    @Test
    void shouldCreditTheNamedActorWhoAskedForTheCall() {
        assertThat(Extraction.claim("RU", "Vladimir Putin spoke by telephone with Recep Tayyip Erdogan, who had asked for the call.",
                "initiative").getActor()).isEqualTo("TR");
    }

    @Test
    void shouldNotCreditASeekerNamedOnlyInAnotherPartysAccountOrANegation() {
        assertThat(initiatives("RU", "Asked about the claim that Paris had sought the call, the spokesman declined to comment."))
                .isEmpty();
        assertThat(initiatives("RU", "Moscow never requested the meeting.")).isEmpty();
        assertThat(initiatives("US", "Secretary Rubio asked the Chinese side to release the detained citizens.")).isEmpty();
    }

    @Test
    void shouldCreditTheAntecedentOfWhoCalledInATelephoneReadout() {
        assertThat(Extraction.claim("MX", "The President held a telephone conversation with the President of the United States, "
                + "Donald Trump, who called to follow up on the agenda.", "initiative").getActor()).isEqualTo("US");
        assertThat(Extraction.claim("FR", "The President spoke by phone with Chancellor Merz, who had called to discuss the summit.",
                "initiative").getActor()).isEqualTo("DE");
        assertThat(initiatives("MX", "The President held a telephone conversation with Donald Trump, who called for calm at the border."))
                .isEmpty();
        assertThat(initiatives("MX", "The President welcomed Donald Trump, who called to congratulate the team.")).isEmpty();
    }

    @Test
    void shouldCreditWhomACallWasFrom() {
        assertThat(Extraction.claim("CD", "The conversation took place following a call from the Rwandan Minister.", "initiative")
                .getActor()).isEqualTo("RW");
        assertThat(Extraction.claim("DE", "The Chancellor spoke to the press after the telephone call from Paris.", "initiative")
                .getActor()).isEqualTo("FR");
        assertThat(initiatives("DE", "The conversation followed a call from Paris for restraint by all parties.")).isEmpty();
        assertThat(initiatives("DE", "The Chancellor welcomed the call from Paris to end the strikes.")).isEmpty();
    }

    @Test
    void shouldCreditWhoeverConvenedTheCallOrMeeting() {
        assertThat(Extraction.claim("JP", "The Foreign Minister of France convened an emergency virtual meeting with European "
                + "counterparts.", "initiative").getActor()).isEqualTo("FR");
        assertThat(Extraction.claim("JP", "The talks were convened by Egypt in Cairo.", "initiative").getActor())
                .isEqualTo("EG");
    }

    @Test
    void shouldNotCreditAConvenerOfSomethingOtherThanAContact() {
        assertThat(initiatives("JP", "Egypt convened in Cairo to review the budget.")).isEmpty();
        assertThat(initiatives("JP", "France convened its national security council on the crisis.")).isEmpty();
    }
}
