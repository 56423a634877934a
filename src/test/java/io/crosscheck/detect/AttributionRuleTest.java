package io.crosscheck.detect;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Statement;
import org.junit.jupiter.api.Test;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

class AttributionRuleTest {

    private final AttributionRule rule = new AttributionRule();

    @Test
    void shouldFireWhenTheInitiativeIsCreditedToDifferentActors() {
        final Statement a = statement("a", "Kremlin", claim("ceasefire", ClaimStatus.PROPOSED, "Trump suggested a truce.").setActor("US"));
        final Statement b = statement("b", "White House", claim("ceasefire", ClaimStatus.PROPOSED,
                "The truce was proposed at the Russian side's initiative.").setActor("RU"));
        assertThat(rule.compare(a, b)).singleElement().satisfies(f -> assertThat(f.explanation()).contains("US").contains("RU"));
    }

    @Test
    void shouldNotFireOnTheSameActorOrJointOrUnknownOnes() {
        final Statement us = statement("a", "X", claim("ceasefire", ClaimStatus.PROPOSED, "Trump suggested a truce.").setActor("US"));
        assertThat(rule.compare(us, statement("b", "Y", claim("ceasefire", ClaimStatus.PROPOSED, "Washington proposed it.")
                .setActor("US")))).isEmpty();
        assertThat(rule.compare(us, statement("b", "Y", claim("ceasefire", ClaimStatus.AGREED, "Both leaders agreed.")
                .setActor("BOTH")))).isEmpty();
        assertThat(rule.compare(us, statement("b", "Y", claim("ceasefire", ClaimStatus.PROPOSED, "A truce was proposed.")))).isEmpty();
    }

    @Test
    void shouldFireWhenOneCreditsASingleSideAndTheOtherAJointRequest() {
        final Statement et = statement("a", "MFA Ethiopia", claim("initiative", ClaimStatus.PROPOSED,
                "The ministers met in a meeting convened at the initiative of the Government of Ethiopia.").setActor("ET"));
        final Statement so = statement("b", "MFA Somalia", claim("initiative", ClaimStatus.STATED,
                "The meeting was convened by the Commission at the joint request of the two Governments."));
        assertThat(rule.compare(et, so)).singleElement().satisfies(f -> assertThat(f.explanation()).contains("ET").contains("joint"));
        assertThat(rule.compare(so, et)).hasSize(1);
        // A joint subject of another verb credits no one: "Both sides agreed to meet" is no joint request.
        assertThat(rule.compare(et, statement("b", "MFA Somalia", claim("initiative", ClaimStatus.AGREED,
                "Both sides agreed to hold the meeting at the invitation of the Commission.").setActor("BOTH")))).isEmpty();
    }

    @Test
    void shouldNotFireOnAgreementsEvenWithDifferentSubjects() {
        final Statement a = statement("a", "X", claim("trade", ClaimStatus.AGREED, "Putin agreed.").setActor("RU"));
        final Statement b = statement("b", "Y", claim("trade", ClaimStatus.AGREED, "Trump agreed.").setActor("US"));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldAnswerInItsOwnVoiceNotWithTheClaimItReports() {
        final Statement cn = statement("a", "MFA", claim("initiative", ClaimStatus.PROPOSED, "The call took place at the "
                + "request of the Canadian side.").setActor("CA"));
        final Statement ca = statement("b", "Global Affairs", claim("initiative", ClaimStatus.PROPOSED, "Their readout says "
                + "the call was at the request of Canada.").setActor("CA").setAssertedBy("CN"),
                claim("initiative", ClaimStatus.PROPOSED, "The call was requested by the Chinese side.").setActor("CN"));
        assertThat(rule.compare(cn, ca)).singleElement().satisfies(f -> assertThat(f.explanation()).contains("CA").contains("CN"));
    }

    @Test
    void shouldNotFireWhenAnIssuerSpeaksAsTheBodyTheOtherCredits() {
        final Statement member = statement("a", "Ministry of Foreign Affairs of Laos", claim("initiative", ClaimStatus.PROPOSED,
                "The meeting was held at the invitation of the ASEAN Chair.").setActor("ASEAN"));
        final Statement chair = withCountry(statement("b", "Ministry of Foreign Affairs of Malaysia (ASEAN Chair)", claim("initiative", ClaimStatus.PROPOSED, "At the invitation of Malaysia, the ministers met.").setActor("MY")), "MY");
        assertThat(rule.compare(member, chair)).isEmpty();
    }

    @Test
    void shouldFireWhenOneDeniesAnyThirdPartyRoleAndTheOtherCreditsAMediator() {
        final Statement denier = withCountry(statement("a", "Ministry of Foreign Affairs", claim("mediation", ClaimStatus.STATED, "No third party played any role.").setPolarity(Polarity.NEGATED)), "AM");
        final Statement crediting = statement("b", "Department of State", claim("mediation", ClaimStatus.STATED,
                "Our engagement helped bring the two sides together.").setActor("US"));
        assertThat(rule.compare(denier, crediting)).singleElement().satisfies(f -> assertThat(f.explanation())
                .contains("no third party").contains("US"));
    }

    @Test
    void shouldNotReadADenierCreditingItselfAsAThirdParty() {
        final Statement denier = withCountry(statement("a", "Ministry of Foreign Affairs", claim("mediation", ClaimStatus.STATED, "No third party played any role.").setPolarity(Polarity.NEGATED)), "AM");
        final Statement crediting = statement("b", "Other", claim("mediation", ClaimStatus.STATED,
                "Armenia's facilitation made it possible.").setActor("AM"));
        assertThat(rule.compare(denier, crediting)).isEmpty();
    }

    @Test
    void shouldNotReadEachSideAskingForItsOwnPointAsADisputeOnAMatterTheLexiconDoesNotName() {
        final Statement in = withCountry(statement("a", "Ministry of External Affairs", claim("text.boat-fishermen-release",
                ClaimStatus.REQUESTED, "The Indian side urged the early release of the fishermen and their boats.").setActor("IN")), "IN");
        final Statement lk = withCountry(statement("b", "Ministry of Foreign Affairs", claim("text.boat-fishermen-release",
                ClaimStatus.DEMANDED, "Sri Lanka stressed that fishing boats must stop trawling.").setActor("LK")), "LK");
        assertThat(rule.compare(in, lk)).isEmpty();
        // Crediting the other side with the same ask is a dispute over who made it.
        final Statement otherCredit = withCountry(statement("b", "Ministry of Foreign Affairs", claim("text.boat-fishermen-release",
                ClaimStatus.REQUESTED, "Sri Lanka asked for the release of the boats.").setActor("LK")), "IN");
        assertThat(rule.compare(in, otherCredit)).hasSize(1);
        // On a named matter two self-credits still dispute who took the initiative.
        final Statement ua = withCountry(statement("c", "Ministry of Agrarian Policy", claim("initiative", ClaimStatus.PROPOSED,
                "At the initiative of the Ukrainian side, the meeting took place.").setActor("UA")), "UA");
        final Statement pl = withCountry(statement("d", "Ministry of Agriculture", claim("initiative", ClaimStatus.PROPOSED,
                "Poland convened the meeting on its initiative.").setActor("PL")), "PL");
        assertThat(rule.compare(ua, pl)).hasSize(1);
    }

    private static Statement withCountry(Statement s, String country) {
        s.setIssuerCountry(country);
        return s;
    }

    @Test
    void shouldReadWithoutAnyIntermediaryAsADenialOfTheCreditedMediator() {
        final Statement denier = withCountry(statement("a", "Presidency", claim("mediation", ClaimStatus.AGREED,
                "The leaders settled it in direct talks, without any intermediary.")), "ML");
        final Statement crediting = statement("b", "Ministry", claim("mediation", ClaimStatus.STATED,
                "The release owes everything to the mediation conducted by Gambia.").setActor("GM"));
        assertThat(rule.compare(denier, crediting)).singleElement().satisfies(f -> assertThat(f.explanation())
                .contains("no third party").contains("GM"));
        final Statement silent = withCountry(statement("c", "Presidency", claim("mediation", ClaimStatus.STATED,
                "The leaders welcomed the mediation efforts.")), "ML");
        assertThat(rule.compare(silent, crediting)).isEmpty();
    }

    @Test
    void shouldCreditAMatterToTheActorWhoseProposalWasAccepted() {
        final Statement pl = statement("a", "Chancellery", claim("trade", ClaimStatus.AGREED,
                "The Prime Minister accepted the Ukrainian proposal to set up a working group on grain.").setActor("PL"));
        final Statement ua = statement("b", "Cabinet", claim("trade", ClaimStatus.PROPOSED,
                "At the proposal of the Polish side, a working group on grain will be set up.").setActor("PL"));
        assertThat(rule.compare(pl, ua)).singleElement().satisfies(f -> assertThat(f.explanation()).contains("UA").contains("PL"));
    }

    @Test
    void shouldReadThePossessiveOrTheAgentOfAProposalInOtherWordings() {
        final Statement cl = statement("a", "Cancilleria", claim("water", ClaimStatus.AGREED,
                "The ministers welcomed Chile's initiative to hold a regional summit on water.").setActor("BOTH"));
        final Statement pe = statement("b", "Torre Tagle", claim("water", ClaimStatus.PROPOSED,
                "Peru proposed a regional summit on water.").setActor("PE"));
        assertThat(rule.compare(cl, pe)).singleElement().satisfies(f -> assertThat(f.explanation()).contains("CL").contains("PE"));
        final Statement eg = statement("c", "Presidency", claim("humanitarian", ClaimStatus.AGREED,
                "The parties took up the proposal by Egypt to open a humanitarian corridor.").setActor("BOTH"));
        final Statement qa = statement("d", "MOFA", claim("humanitarian", ClaimStatus.PROPOSED,
                "At Qatar's suggestion, a humanitarian corridor will open.").setActor("QA"));
        assertThat(rule.compare(eg, qa)).singleElement().satisfies(f -> assertThat(f.explanation()).contains("EG").contains("QA"));
    }

    @Test
    void shouldNotCreditAnUnnamedProposalNorDisputeTheSameProposer() {
        final Statement ua = statement("b", "Cabinet", claim("trade", ClaimStatus.PROPOSED,
                "At the proposal of the Polish side, a working group on grain will be set up.").setActor("PL"));
        assertThat(rule.compare(statement("a", "Chancellery", claim("trade", ClaimStatus.AGREED,
                "The Prime Minister accepted the proposal to set up a working group on grain.").setActor("PL")), ua)).isEmpty();
        assertThat(rule.compare(statement("a", "Chancellery", claim("trade", ClaimStatus.AGREED,
                "Ukraine accepted the Polish proposal to set up a working group on grain.").setActor("UA")), ua)).isEmpty();
    }
}
