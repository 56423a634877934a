package io.crosscheck.claims;

import io.crosscheck.avro.ClaimStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Status cues, conditions and the actor of the governing cue, read through the extractor. */
class StatusReaderTest {

    private static ClaimStatus status(String text, String topic) {
        return Extraction.claim("RU", text, topic).getStatus();
    }

    @Test
    void shouldReadStatusVerbs() {
        assertThat(status("The sides agreed on a prisoner exchange.", "prisoner-exchange")).isEqualTo(ClaimStatus.AGREED);
        assertThat(status("Moscow proposed a ceasefire.", "ceasefire")).isEqualTo(ClaimStatus.PROPOSED);
        assertThat(status("Kyiv asked for more air defence systems.", "military-aid")).isEqualTo(ClaimStatus.REQUESTED);
        assertThat(status("Moscow insisted on an end to military aid.", "military-aid")).isEqualTo(ClaimStatus.DEMANDED);
        assertThat(status("Kyiv rejected the truce.", "ceasefire")).isEqualTo(ClaimStatus.REJECTED);
        assertThat(status("The leaders discussed sanctions.", "sanctions")).isEqualTo(ClaimStatus.DISCUSSED);
        assertThat(status("The ministers exchanged views on Taiwan.", "taiwan")).isEqualTo(ClaimStatus.DISCUSSED);
        assertThat(status("The ministry announced a prisoner exchange.", "prisoner-exchange")).isEqualTo(ClaimStatus.ANNOUNCED);
    }

    @Test
    void shouldReadProgressTowardsAnAgreementAsUndecided() {
        final io.crosscheck.avro.Claim claim = Extraction.claim("XX", "The mission made good progress towards reaching a "
                + "staff-level agreement.", "imf-programme");
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.NOT_IN_FORCE);
        assertThat(claim.getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(status("Pakistan and the Fund have reached a staff-level agreement.", "imf-programme"))
                .isEqualTo(ClaimStatus.AGREED);
    }

    @Test
    void shouldReadAProposalTheOthersWillStudyAsUndecided() {
        final var claims = Extraction.claims("MFA", "ET", "Ethiopia put forward a proposal to resume trilateral technical "
                + "discussions on the dam. Egypt and Sudan said they would study the Ethiopian proposal.").stream()
                .filter(c -> c.getTopic().equals("talks-resumption")).toList();
        assertThat(claims).extracting(c -> c.getStatus()).containsExactly(ClaimStatus.PROPOSED, ClaimStatus.NOT_IN_FORCE);
        assertThat(claims.get(1).getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(status("The three countries agreed to resume negotiations on the dam.", "talks-resumption"))
                .isEqualTo(ClaimStatus.AGREED);
    }

    @Test
    void shouldReadTalksThatWillContinueAsUndecided() {
        assertThat(Extraction.claim("RU", "The sides are close to an agreement on a prisoner exchange.", "prisoner-exchange")
                .getAction()).isEqualTo(StatusReader.UNDECIDED);
    }

    @Test
    void shouldReadADraftStillTalkedAboutOrWorkedOnAsUndecided() {
        assertThat(Extraction.claim("XX", "The delegations discussed the draft treaty on the rail link between the two "
                + "capitals.", "transport-link").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "They agreed that engineers would continue working on the draft rail link "
                + "protocol.", "transport-link").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(status("The ministers signed the draft protocol on the rail link.", "transport-link"))
                .isEqualTo(ClaimStatus.AGREED);
        assertThat(status("The sides agreed to open the rail link in June.", "transport-link")).isEqualTo(ClaimStatus.AGREED);
    }

    @Test
    void shouldReadAnAgreementToKeepTalkingAsUndecided() {
        assertThat(Extraction.claim("XX", "The ministers agreed to continue negotiations on the prisoner exchange.",
                "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "As for the prisoner exchange, the delegations discussed a possible expansion "
                + "and agreed that they would keep discussing it.", "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "The sides will continue their technical consultations on the tariffs.",
                "tariffs").getAction()).isEqualTo(StatusReader.UNDECIDED);
    }

    @Test
    void shouldReadAnAgreementThatOthersWillContinueStudyingAsUndecided() {
        assertThat(Extraction.claim("XX", "The ministers agreed that technical teams will continue to study a railway connection "
                + "between both countries.", "transport-link").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "The ministers agreed that the two ministries would continue consultations on the "
                + "tariffs.", "tariffs").getAction()).isEqualTo(StatusReader.UNDECIDED);
        // What the subject of its own will do besides continuing, or keeping in contact, stays agreed.
        assertThat(Extraction.claim("XX", "The two presidents agreed that their teams will keep in close communication on the "
                + "tariffs.", "tariffs").getAction()).isNotEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "The ministers agreed that technical teams will build a railway connection between "
                + "both countries.", "transport-link").getStatus()).isEqualTo(ClaimStatus.AGREED);
    }

    @Test
    void shouldNotReadContinuedCooperationOrAContinuedStepAsUndecided() {
        assertThat(Extraction.claim("XX", "The sides agreed to continue the prisoner exchange next week.", "prisoner-exchange")
                .getStatus()).isEqualTo(ClaimStatus.AGREED);
        assertThat(Extraction.claim("XX", "Both governments agreed to continue to work with the Red Cross on the prisoner "
                + "exchange.", "prisoner-exchange").getAction()).isNotEqualTo(StatusReader.UNDECIDED);
    }

    @Test
    void shouldReadAPassiveStudyOrALaterDecisionAsUndecided() {
        assertThat(Extraction.claim("XX", "Kyiv asked for a prisoner exchange, which would be studied by the competent "
                + "ministries.", "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "The tariffs remain in place, and the President will take a decision in the "
                + "coming weeks.", "tariffs").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "No final decision was taken on the tariffs.", "tariffs").getAction())
                .isEqualTo(StatusReader.UNDECIDED);
    }

    @Test
    void shouldLetTheFirstCueGovernEmbeddedOnes() {
        assertThat(status("Donald Trump suggested that both sides agree to a 30-day halt on attacks.", "ceasefire"))
                .isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void shouldNotLetAFramingPhraseGovern() {
        assertThat(status("During their discussion, Trump proposed a truce.", "ceasefire")).isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void shouldReadFutureStepsAsNotInForce() {
        assertThat(status("The movement to peace will begin with a ceasefire.", "ceasefire")).isEqualTo(ClaimStatus.NOT_IN_FORCE);
        assertThat(status("The leaders agreed to begin talks on the Black Sea.", "maritime-navigation"))
                .isEqualTo(ClaimStatus.NOT_IN_FORCE);
    }

    @Test
    void shouldReadConditionsAndKeepTheirWords() {
        final var claim = Extraction.claim("RU", "A ceasefire is possible only after Kyiv stops mobilisation.", "ceasefire");
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.CONDITIONAL);
        assertThat(claim.getCondition()).isEqualTo("only after Kyiv stops mobilisation.");
    }

    @Test
    void shouldCreditTheSubjectOfTheCue() {
        assertThat(Extraction.claim("RU", "Donald Trump suggested a truce.", "ceasefire").getActor()).isEqualTo("US");
        assertThat(Extraction.claim("US", "The prisoner exchange was held at the initiative of the Russian side.",
                "prisoner-exchange")
                .getActor()).isEqualTo("RU");
        assertThat(Extraction.claim("US", "Trump and Putin agreed on a truce.", "ceasefire").getActor()).isEqualTo("BOTH");
    }

    @Test
    void shouldNotCreditAnObject() {
        assertThat(Extraction.claim("RU", "A cessation of providing Kyiv with military aid must become the key condition.",
                "military-aid").getActor()).isNull();
    }

    @Test
    void shouldReadReadinessAsUndecidedOnlyTowardsADecision() {
        assertThat(Extraction.claim("AM", "Armenia expressed readiness to consider the proposal on a prisoner exchange.",
                "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("EG", "Egypt stands ready to host a conference on the prisoner exchange.",
                "prisoner-exchange").getAction()).isNotEqualTo(StatusReader.UNDECIDED);
    }

    @Test
    void shouldNotReadOpenEndedSupportAsAConditionButReadDependingOnAsOne() {
        assertThat(status("Germany agreed to keep up military aid to Ukraine for as long as necessary.", "military-aid"))
                .isEqualTo(ClaimStatus.AGREED);
        assertThat(status("The sides agreed that the prisoner exchange may be paused depending on the situation.",
                "prisoner-exchange")).isEqualTo(ClaimStatus.CONDITIONAL);
    }

    @Test
    void shouldReadATopicHeadingASentenceWhoseOnlyStatusIsOpenAsUndecided() {
        assertThat(Extraction.claim("CN", "On the next round, the Chinese side stated that, given the schedules of both "
                + "delegations and the coming holidays, it will consider the dates proposed by the other side.", "next-meeting")
                .getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(status("On the next round, the Chinese side stated that, given the schedules of both delegations and "
                + "the coming holidays, it agreed to the dates.", "next-meeting")).isNotEqualTo(ClaimStatus.NOT_IN_FORCE);
    }
    @Test
    void shouldReadATopicNamedInsideAConditionAsConditional() {
        final var claim = Extraction.claim("XX", "The arrangement is subject to approval by the World Bank Executive Board, "
                + "which will discuss the loan next month.", "board-approval");
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.CONDITIONAL);
        assertThat(status("Ghana welcomed the approval by the Executive Board of the new loan.", "board-approval"))
                .isEqualTo(ClaimStatus.AGREED);
    }

    @Test
    void shouldReadAMeetingWithoutADateAsUndecided() {
        assertThat(Extraction.claim("US", "We remain in touch, but no date has been set for the next round.", "next-meeting")
                .getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(status("The ministers agreed to hold the next bilateral meeting in Lima.", "next-meeting"))
                .isEqualTo(ClaimStatus.AGREED);
    }

    @Test
    void shouldReadAConsiderationWithAnAdverbAsUndecided() {
        assertThat(Extraction.claim("CN", "Beijing will carefully consider Zambia's request on debt relief.", "debt-relief")
                .getAction()).isEqualTo(StatusReader.UNDECIDED);
    }

    @Test
    void shouldReadAProposalHandedOnForReviewOrAnswerLaterAsUndecided() {
        final var referred = Extraction.claims("MFA", "DJ", "Bolivia presented a proposal on sea access. Chile took the "
                + "proposal and will send it to its parliament for review.").stream()
                .filter(c -> c.getTopic().equals("sea-access")).toList();
        assertThat(referred).extracting(c -> c.getAction()).contains(StatusReader.UNDECIDED);
        final var answered = Extraction.claims("MFA", "PL", "Hungary put forward a proposal to create working groups on "
                + "transit. Austria will respond to the proposal in June.").stream()
                .filter(c -> c.getTopic().equals("talks-format")).toList();
        assertThat(answered).extracting(c -> c.getAction()).contains(StatusReader.UNDECIDED);
    }

    @Test
    void shouldReadADecisionToActAsAgreed() {
        assertThat(status("The Commissioner welcomed their decision to set up joint working groups.", "talks-format"))
                .isEqualTo(ClaimStatus.AGREED);
    }

    @Test
    void shouldReadANeedOfPeopleAsAFactNotAConditionOrDemand() {
        assertThat(status("The minister noted that two million people in the region require humanitarian assistance.",
                "humanitarian-aid")).isEqualTo(ClaimStatus.STATED);
        assertThat(status("Most households along the river depend on humanitarian aid deliveries.", "humanitarian-aid"))
                .isEqualTo(ClaimStatus.STATED);
        assertThat(status("Half of the refugees in the camps are dependent on food rations, the agency said of humanitarian aid.",
                "humanitarian-aid")).isNotIn(ClaimStatus.CONDITIONAL, ClaimStatus.DEMANDED);
        // A dependency or requirement laid on an outcome stays a condition or demand.
        assertThat(status("The lifting of sanctions depends on the withdrawal of troops.", "sanctions"))
                .isIn(ClaimStatus.CONDITIONAL, ClaimStatus.DEMANDED);
        assertThat(status("Moscow said any ceasefire requires guarantees for its security.", "ceasefire"))
                .isIn(ClaimStatus.CONDITIONAL, ClaimStatus.DEMANDED);
    }

    @Test
    void shouldReadARequirementInForceAsARuleNotADemand() {
        assertThat(status("The minister noted that the requirements of the export controls on rare earth magnets remain in force.",
                "sanctions")).isNotEqualTo(ClaimStatus.DEMANDED);
        assertThat(status("The procedures applied to commercial vessels, including the requirement to present valid safety "
                + "certificates, remain in force.", "maritime-navigation")).isNotEqualTo(ClaimStatus.DEMANDED);
        // The verb still lays a requirement on an outcome.
        assertThat(status("Moscow said any ceasefire requires guarantees for its security.", "ceasefire"))
                .isIn(ClaimStatus.CONDITIONAL, ClaimStatus.DEMANDED);
    }

    @Test
    void shouldReadADeclineInSomethingAsADecreaseNotARefusal() {
        assertThat(status("There has been a steady decline in attacks since the ceasefire took hold.", "ceasefire"))
                .isNotEqualTo(ClaimStatus.REJECTED);
        assertThat(status("Figures show a sharp decline of violations of the ceasefire.", "ceasefire"))
                .isNotEqualTo(ClaimStatus.REJECTED);
        assertThat(status("Kyiv declined the ceasefire offer.", "ceasefire")).isEqualTo(ClaimStatus.REJECTED);
        assertThat(status("The leaders concurred on cooperation in AI and in responses to the declining birthrate.",
                "artificial-intelligence")).isNotEqualTo(ClaimStatus.REJECTED);
        assertThat(status("Exports have followed a declining trend since the ceasefire took hold.", "ceasefire"))
                .isNotEqualTo(ClaimStatus.REJECTED);
    }

    @Test
    void shouldReadAMatterListedUnderContinuedTalksAsUndecided() {
        for (String text : new String[] {
                "The ministers agreed to continue consultations on coordinated responses, including the possibility of further sanctions.",
                "The sides will continue to communicate closely through diplomatic channels, notably on the timing of new sanctions.",
                "Both governments agreed to keep consulting through their embassies, including on sanctions relief."}) {
            assertThat(Extraction.claim("RU", text, "sanctions").getAction()).as(text).isEqualTo(StatusReader.UNDECIDED);
        }
    }

    @Test
    void shouldReadTheHeadingMatterOfContinuedTalksAsUndecided() {
        for (String text : new String[] {
                "Regarding the prisoner exchange, the two sides confirmed that they would continue to communicate closely.",
                "On the prisoner exchange, the delegations agreed to continue their consultations.",
                "As for the prisoner exchange, the ministers agreed that they would continue talks."}) {
            assertThat(Extraction.claim("RU", text, "prisoner-exchange").getAction()).as(text).isEqualTo(StatusReader.UNDECIDED);
        }
        assertThat(Extraction.claim("RU", "The prisoner exchange took place on Monday near the border, and the sides agreed "
                + "to continue consultations.", "prisoner-exchange").getAction()).isNotEqualTo(StatusReader.UNDECIDED);
    }

    @Test
    void shouldReadAnAgreementInPrincipleAsUndecided() {
        assertThat(Extraction.claim("XX", "The sides agreed in principle on a prisoner exchange.", "prisoner-exchange")
                .getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "The parties reached an agreement in principle on the truce.", "ceasefire")
                .getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(status("The sides agreed on a prisoner exchange in principle and in detail.", "prisoner-exchange"))
                .isEqualTo(ClaimStatus.AGREED);
    }

    @Test
    void shouldReadAProposalThatIsTheSubjectOfAPassiveRefusalAsRejected() {
        assertThat(status("The proposal of a truce was rejected by the delegation.", "ceasefire"))
                .isEqualTo(ClaimStatus.REJECTED);
        assertThat(status("The proposal for a prisoner exchange was accepted by both sides.", "prisoner-exchange"))
                .isEqualTo(ClaimStatus.PROPOSED);
        assertThat(status("The delegation's proposal of a truce, which Kyiv rejected, was discussed.", "ceasefire"))
                .isNotEqualTo(ClaimStatus.AGREED);
    }

    @Test
    void shouldReadAMatterStillInProgressAsUndecided() {
        assertThat(Extraction.claim("XX", "The details of a possible prisoner exchange are still being worked out.",
                "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "A prisoner exchange is being discussed by the delegations.", "prisoner-exchange")
                .getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "The date of the prisoner exchange has not yet been decided.", "prisoner-exchange")
                .getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(status("The sides agreed on a prisoner exchange, which took place on Monday.", "prisoner-exchange"))
                .isEqualTo(ClaimStatus.AGREED);
    }
    @Test
    void shouldReadASideOpenToTalkingAboutAMatterAsUndecided() {
        assertThat(Extraction.claim("XX", "Russia was open to considering the proposal of a prisoner exchange.",
                "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "The minister said that Kyiv is open to discussing a prisoner exchange.",
                "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(status("The sides agreed on a prisoner exchange and remain open to further contacts.", "prisoner-exchange"))
                .isEqualTo(ClaimStatus.AGREED);
    }

    @Test
    void shouldReadModalitiesStillToBeWorkedThroughAsUndecided() {
        assertThat(Extraction.claim("XX", "Kyiv expressed its readiness to work through the modalities of a prisoner "
                + "exchange.", "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "The envoy welcomed the readiness to work out the details of a prisoner exchange.",
                "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "The sides agreed to work out the modalities of a prisoner exchange by Friday.",
                "prisoner-exchange").getAction()).isNotEqualTo(StatusReader.UNDECIDED);
    }

    @Test
    void shouldReadDiscussionsThatWillContinueOnAMatterAsUndecided() {
        assertThat(Extraction.claim("XX", "The envoy welcomed the commitment of both parties to continue technical "
                + "discussions on the prisoner exchange.", "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(status("The leaders held discussions on the prisoner exchange.", "prisoner-exchange"))
                .isEqualTo(ClaimStatus.DISCUSSED);
    }
    @Test
    void shouldReadTheStatusOfAMatterReportedAfterAVerbOfAnnouncing() {
        assertThat(Extraction.claim("XX", "The Minister informed that the Government would consider a prisoner exchange.",
                "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(status("The Minister confirmed that the sides had agreed on a prisoner exchange.", "prisoner-exchange"))
                .isEqualTo(ClaimStatus.AGREED);
        assertThat(status("The Minister announced a prisoner exchange.", "prisoner-exchange")).isEqualTo(ClaimStatus.ANNOUNCED);
    }

    @Test
    void shouldReadThePassiveVerbOfALongSubjectThatNamesTheTopic() {
        final io.crosscheck.avro.Claim claim = Extraction.claim("XX", "The memorandum on the rail link between the two "
                + "capitals of the region was initialled by officials at the meeting.", "transport-link");
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.NOT_IN_FORCE);
        assertThat(claim.getAction()).isEqualTo("initialled");
        assertThat(status("The rail link, which the memorandum covers, was initialled by officials.", "transport-link"))
                .isNotEqualTo(ClaimStatus.NOT_IN_FORCE);
    }

    @Test
    void shouldReadADiscussedPossibilityAsUndecided() {
        assertThat(Extraction.claim("XX", "They discussed the possibility of a prisoner exchange.", "prisoner-exchange")
                .getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(status("They discussed the prospects for a prisoner exchange.", "prisoner-exchange"))
                .isEqualTo(ClaimStatus.DISCUSSED);
    }
}
