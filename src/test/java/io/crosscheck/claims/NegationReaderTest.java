package io.crosscheck.claims;

import io.crosscheck.avro.Polarity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NegationReaderTest {

    private static Polarity polarity(String text, String topic) {
        return Extraction.claim("DE", text, topic).getPolarity();
    }

    @Test
    void shouldReadNegationBeforeTheTopic() {
        assertThat(polarity("The leaders did not discuss sanctions.", "sanctions")).isEqualTo(Polarity.NEGATED);
        assertThat(polarity("There was no agreement on a ceasefire.", "ceasefire")).isEqualTo(Polarity.NEGATED);
        assertThat(polarity("The President never raised the minerals deal.", "minerals-deal")).isEqualTo(Polarity.NEGATED);
        assertThat(polarity("They didn't discuss tariffs.", "tariffs")).isEqualTo(Polarity.NEGATED);
    }

    @Test
    void shouldReadAPrincipleDeclaredNotNegotiableAsAffirmed() {
        assertThat(polarity("The minister reiterated that Somalia's sovereignty and territorial integrity are not negotiable.",
                "territory")).isEqualTo(Polarity.AFFIRMED);
        assertThat(polarity("The territorial integrity of the country is not up for negotiation.", "territory"))
                .isEqualTo(Polarity.AFFIRMED);
        assertThat(polarity("The sides did not negotiate on territory.", "territory")).isEqualTo(Polarity.NEGATED);
    }

    @Test
    void shouldReadNegationInTheTopicsVerbPhrase() {
        assertThat(polarity("The question of reparations was not discussed.", "reparations")).isEqualTo(Polarity.NEGATED);
    }

    @Test
    void shouldReadANegationPastTheQuoteThatClosesTheTopicPhrase() {
        assertThat(polarity("The issue of so-called \"sanctions relief\" was not raised during the call.", "sanctions"))
                .isEqualTo(Polarity.NEGATED);
        assertThat(polarity("I can say that the \u201Cminerals deal\u201D did not come up.", "minerals-deal"))
                .isEqualTo(Polarity.NEGATED);
    }

    @Test
    void shouldNotCarryANegationAcrossAQuoteThatIsNotRightAfterTheTopic() {
        assertThat(polarity("The leaders discussed sanctions, and the reports \"were not accurate\" on other points.",
                "sanctions")).isEqualTo(Polarity.AFFIRMED);
    }

    @Test
    void shouldReadDenialsAsNegated() {
        assertThat(polarity("The Kremlin denied reports of a prisoner exchange.", "prisoner-exchange")).isEqualTo(Polarity.NEGATED);
    }

    @Test
    void shouldReadAPassiveRefusalAsWithholdingWhatItNames() {
        assertThat(polarity("The inspectors were denied access to the nuclear power plant.", "nuclear-plant"))
                .isEqualTo(Polarity.NEGATED);
        assertThat(polarity("The inspectors have been denied entry to the nuclear power plant since March.", "nuclear-plant"))
                .isEqualTo(Polarity.NEGATED);
        assertThat(polarity("At no point were the inspectors denied access to the nuclear power plant.", "nuclear-plant"))
                .isEqualTo(Polarity.AFFIRMED);
        assertThat(polarity("The inspectors have never been denied access to the nuclear power plant.", "nuclear-plant"))
                .isEqualTo(Polarity.AFFIRMED);
    }

    @Test
    void shouldStillReadADeniedReportAsNegated() {
        assertThat(polarity("Reports of damage to the nuclear power plant were denied by the operator.", "nuclear-plant"))
                .isEqualTo(Polarity.NEGATED);
        assertThat(polarity("The operator denied that the nuclear power plant was damaged.", "nuclear-plant"))
                .isEqualTo(Polarity.NEGATED);
    }

    @Test
    void shouldIgnoreNegationsThatNegateNothing() {
        assertThat(polarity("The sides discussed not only trade but also tariffs.", "tariffs")).isEqualTo(Polarity.AFFIRMED);
        assertThat(polarity("We cannot get to the table without a ceasefire in place.", "ceasefire")).isEqualTo(Polarity.AFFIRMED);
        assertThat(polarity("The leaders discussed sanctions, but not the details.", "sanctions")).isEqualTo(Polarity.AFFIRMED);
    }

    @Test
    void shouldLeaveATopicAffirmedWhenTheNegationAfterItIsInARelativeClause() {
        assertThat(polarity("The visits cover the nuclear power plant and sites which were not bombed.", "nuclear-plant"))
                .isEqualTo(Polarity.AFFIRMED);
        assertThat(polarity("The nuclear power plant was not inspected.", "nuclear-plant")).isEqualTo(Polarity.NEGATED);
    }

    @Test
    void shouldNegateWhatANegatedStatusVerbGovernsHoweverFar() {
        assertThat(polarity("The Prime Minister made it clear that Poland does not agree to take back persons turned away "
                + "under any simplified procedure at the migrants' reception points.", "migration")).isEqualTo(Polarity.NEGATED);
    }

    @Test
    void shouldNegateWhatFollowsANegatedAgreementThatSharesItsNounWithTheNegation() {
        assertThat(polarity("No agreement was reached at the talks in the capital last week on the terms of a lasting "
                + "ceasefire.", "ceasefire")).isEqualTo(Polarity.NEGATED);
        assertThat(polarity("Agreement was reached at the talks in the capital last week on the terms of a lasting "
                + "ceasefire.", "ceasefire")).isEqualTo(Polarity.AFFIRMED);
        assertThat(polarity("No agreement was reached on the schedule, and the sides later discussed a ceasefire.",
                "ceasefire")).isEqualTo(Polarity.AFFIRMED);
    }

    @Test
    void shouldNegateASubjectFrontedBeforeANegatedStatusVerb() {
        assertThat(polarity("On migration, the Prime Minister made it clear that Poland does not agree to take back "
                + "persons under any simplified procedure.", "migration")).isEqualTo(Polarity.NEGATED);
    }

    @Test
    void shouldNotNegateASubjectBeforeANegatedVerbThatDoesNotFrontIt() {
        assertThat(polarity("The ministers discussed migration, and the sides did not agree on a date for the next round.", "migration"))
                .isEqualTo(Polarity.AFFIRMED);
    }

    @Test
    void shouldReadThroughTheFullStopOfAnAbbreviation() {
        assertThat(polarity("China has made no new commitment on the purchase of U.S. soybeans or sorghum.", "trade"))
                .isEqualTo(Polarity.NEGATED);
    }

    @Test
    void shouldReadAReportCalledFalseAsNegated() {
        assertThat(polarity("Reports of an agreement on the exchange of prisoners of war were false, the spokesperson said.",
                "prisoner-exchange")).isEqualTo(Polarity.NEGATED);
        assertThat(polarity("The ministry categorically denies reports of a prisoner exchange.", "prisoner-exchange"))
                .isEqualTo(Polarity.NEGATED);
    }

    @Test
    void shouldReadNoObjectionsAsAssent() {
        assertThat(polarity("Latvia raised no objections to the new sanctions package.", "sanctions"))
                .isEqualTo(Polarity.AFFIRMED);
    }

    @Test
    void shouldReadAMatterNotMentionedOrBroughtUpAsANegatedDiscussion() {
        final io.crosscheck.avro.Claim c = Extraction.claim("CN", "Taiwan was not mentioned in the conversation.", "taiwan");
        assertThat(c.getPolarity()).isEqualTo(Polarity.NEGATED);
        assertThat(c.getStatus()).isEqualTo(io.crosscheck.avro.ClaimStatus.DISCUSSED);
        assertThat(Extraction.claim("PH", "Neither side brought up sanctions.", "sanctions").getStatus())
                .isEqualTo(io.crosscheck.avro.ClaimStatus.DISCUSSED);
    }

    @Test
    void shouldReadANegatedLightVerbAsNegatingTheStatusNounItCarries() {
        assertThat(polarity("The Government has not adopted any decision to lift the sanctions on the bank.", "sanctions"))
                .isEqualTo(Polarity.NEGATED);
        assertThat(polarity("The two sides did not reach a formal agreement on the ceasefire.", "ceasefire"))
                .isEqualTo(Polarity.NEGATED);
        assertThat(polarity("Our country has not taken such a decision on sanctions.", "sanctions"))
                .isEqualTo(Polarity.NEGATED);
    }

    @Test
    void shouldNotCarryANegationPastAnotherVerbToAStatusNoun() {
        assertThat(polarity("The ministers did not attend the session that adopted the decision to lift the sanctions on the central bank.", "sanctions"))
                .isEqualTo(Polarity.AFFIRMED);
    }
}
