package io.crosscheck.claims;

import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InitiativeReaderTest {

    @Test
    void shouldCreditTheInitiativeNamedInThePhrase() {
        assertThat(Extraction.claim("AU", "At China's request, the ministers spoke by phone.", "initiative").getActor()).isEqualTo("CN");
        assertThat(Extraction.claim("CN", "The call took place at the request of the Australian side.", "initiative").getActor())
                .isEqualTo("AU");
        assertThat(Extraction.claim("AZ", "At the proposal of the Hungarian side, a working group was set up.", "initiative")
                .getStatus()).isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void shouldCreditMediationByWhoeverIsNamedOrTheIssuerForIts() {
        assertThat(Extraction.claim("IR", "Following mediation by the Sultanate of Oman, two nationals were released.", "mediation")
                .getActor()).isEqualTo("OM");
        assertThat(Extraction.claim("QA", "Qatar announces the success of its mediation between the two countries.", "mediation")
                .getActor()).isEqualTo("QA");
    }

    @Test
    void shouldReadItsAsTheActorLastNamedNotTheIssuer() {
        assertThat(Extraction.claim("ET", "Ethiopia expresses its gratitude to Türkiye for its facilitation.", "mediation")
                .getActor()).isEqualTo("TR");
    }

    @Test
    void shouldCreditTheOwnerOfTheEffortsToFacilitate() {
        assertThat(Extraction.claim("US", "We are grateful to the Government of Qatar for its tireless efforts to facilitate "
                + "their release.", "mediation").getActor()).isEqualTo("QA");
    }

    @Test
    void shouldCreditTheIssuersHeadOfStateWithTheIdeaHePutForward() {
        final Claim idea = Extraction.claims("Akorda", "KZ", "The Head of State put forward the idea of creating a regional "
                + "Water and Energy Council.").get(0);
        assertThat(idea.getStatus()).isEqualTo(ClaimStatus.PROPOSED);
        assertThat(idea.getActor()).isEqualTo("KZ");
    }

    @Test
    void shouldNotCreditAMediatorToTheSubjectOfAnotherVerb() {
        assertThat(Extraction.claim("ET", "Ethiopia reiterates its commitment and welcomed the facilitation.", "mediation")
                .getActor()).isNull();
    }

    @Test
    void shouldLeaveAnUnnamedInitiativeUncredited() {
        assertThat(Extraction.claim("QA", "The meeting was held at the request of the parties.", "initiative").getActor()).isNull();
    }

    @Test
    void shouldReadTheLatterAsTheActorLastNamedBeforeThePhrase() {
        assertThat(Extraction.claim("JP", "The Foreign Minister spoke by phone with the Australian Foreign Minister at the request "
                + "of the latter.", "initiative").getActor()).isEqualTo("AU");
    }

    @Test
    void shouldCreditNoSingleActorWithAJointOrListedInitiative() {
        assertThat(Extraction.claim("FR", "The talks were held at the joint initiative of France and Germany.", "initiative")
                .getActor()).isNull();
        assertThat(Extraction.claim("EG", "The plan was put forward by Egypt, Qatar and the United States.", "initiative")
                .getActor()).isNull();
    }

    @Test
    void shouldNotTakeAnActorAfterACommaForAList() {
        assertThat(Extraction.claim("US", "At the request of the Russian side, Trump and Putin spoke by telephone.", "initiative")
                .getActor()).isEqualTo("RU");
    }

    @Test
    void shouldCreditTheHolderOfTheRolePlayedInFacilitating() {
        assertThat(Extraction.claim("IN", "We appreciate the role played by Japan in facilitating the talks.", "mediation")
                .getActor()).isEqualTo("JP");
    }

    @Test
    void shouldCreditTheIssuerWhoseEngagementBroughtTheSidesTogether() {
        assertThat(Extraction.claim("NO", "Our engagement helped bring the two parties to this agreement.", "mediation")
                .getActor()).isEqualTo("NO");
    }

    @Test
    void shouldCreditTheRequesterOnARequestAndARequestMadeBy() {
        assertThat(Extraction.claim("KE", "On the request of the Ethiopian side, the two ministers met in Nairobi.", "initiative")
                .getActor()).isEqualTo("ET");
        assertThat(Extraction.claim("NG", "The meeting was convened following a request made by the ECOWAS Commission.",
                "initiative").getActor()).isEqualTo("ECOWAS");
    }

    @Test
    void shouldReadTheKingdomInAMonarchysReadoutAsTheIssuer() {
        assertThat(Extraction.claim("JO", "The release was achieved through the Kingdom's mediation efforts.", "mediation")
                .getActor()).isEqualTo("JO");
    }

    @Test
    void shouldCreditTheStateWhoseOfficeHolderTheCallCameFromHoweverLongTheOffice() {
        assertThat(Extraction.claim("PH", "The Secretary received a telephone call today from the Foreign Minister of the People's "
                + "Republic of China.", "initiative").getActor()).isEqualTo("CN");
        assertThat(Extraction.claim("KE", "The Cabinet Secretary received a telephone call from his counterpart, the Minister for "
                + "Foreign Affairs and East African Cooperation of the United Republic of Tanzania.", "initiative").getActor())
                .isEqualTo("TZ");
    }

    @Test
    void shouldCreditTheAgentBehindAParticipleAndBy() {
        assertThat(Extraction.claim("IR", "The release followed a mediation conducted by the Sultanate of Oman.", "mediation")
                .getActor()).isEqualTo("OM");
        assertThat(Extraction.claim("US", "This outcome is the result of mediation carried out by Qatar over many months.",
                "mediation").getActor()).isEqualTo("QA");
        assertThat(Extraction.claim("SN", "The officers were freed through a mediation undertaken by the President of Mauritania.",
                "mediation").getActor()).isEqualTo("MR");
    }

    @Test
    void shouldCreditTheActorAWhoseRelativeFollows() {
        assertThat(Extraction.claim("SN", "The Government thanks Gambia, whose good offices made the exchange possible.",
                "mediation").getActor()).isEqualTo("GM");
        assertThat(Extraction.claim("ML", "We welcome the outcome, whose mediation took weeks.", "mediation").getActor()).isNull();
    }

    @Test
    void shouldCreditTheNamedLeaderWithHisOrHerOwnInitiative() {
        assertThat(Extraction.claim("UG", "The President of Kenya, on his own initiative, announced a truce in the north.",
                "initiative").getActor()).isEqualTo("KE");
        assertThat(Extraction.claim("FR", "The Prime Minister of Norway, on her initiative, hosted the talks.", "initiative")
                .getActor()).isEqualTo("NO");
    }

    @Test
    void shouldReadTheAgentOfAnIncidentVerbInActivePassiveAndRelativeClauses() {
        assertThat(Extraction.claim("VN", "A Chinese patrol ship ignored radio warnings from the Vietnamese side and rammed the "
                + "trawler.", "incident-agent").getActor()).isEqualTo("CN");
        assertThat(Extraction.claim("VN", "The fishing boat was rammed by an Indonesian patrol vessel.", "incident-agent")
                .getActor()).isEqualTo("ID");
        assertThat(Extraction.claim("IN", "It was the Pakistani post that opened fire on Indian troops.", "incident-agent")
                .getActor()).isEqualTo("PK");
        assertThat(Extraction.claim("IN", "The incident was provoked by Chinese troops, who opened fire first.", "incident-agent")
                .getActor()).isEqualTo("CN");
    }

    @Test
    void shouldReadWhoFiredOnOrStartedTheShootingAsTheIncidentAgent() {
        assertThat(Extraction.claim("KG", "The firing was started by Tajik servicemen near the village.", "incident-agent")
                .getActor()).isEqualTo("TJ");
        assertThat(Extraction.claim("IN", "Pakistani troops fired on an Indian patrol near the line of control.", "incident-agent")
                .getActor()).isEqualTo("PK");
        assertThat(Extraction.claim("TJ", "According to the press service, Kyrgyz guards started the shooting at dawn.",
                "incident-agent").getActor()).isEqualTo("KG");
    }

    @Test
    void shouldCreditTheProposerWhenItsNameComesBackInTheListOfThoseWhoTalked() {
        assertThat(Extraction.claim("US", "The Secretary General welcomes the call held today, on the initiative of the Minister "
                + "of Chile, between the Ministers of Chile and Peru.", "initiative").getActor()).isEqualTo("CL");
        assertThat(Extraction.claim("UN", "The talks, held at the request of Armenia, between the delegations of Armenia and "
                + "Azerbaijan, lasted two hours.", "initiative").getActor()).isEqualTo("AM");
        assertThat(Extraction.claim("UN", "The plan was proposed by Egypt, Qatar and the United States.", "initiative")
                .getActor()).isNull();
    }
}
