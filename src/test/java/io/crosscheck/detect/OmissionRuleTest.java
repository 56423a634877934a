package io.crosscheck.detect;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TermAnalyzer;
import org.junit.jupiter.api.Test;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

class OmissionRuleTest {

    private final OmissionRule rule = new OmissionRule(new SentenceAligner(new TermAnalyzer()));

    private static final String DEMAND = "A complete cessation of foreign military aid to Kyiv must become the key condition.";

    @Test
    void shouldReportASalientPointTheOtherReadoutLeavesOut() {
        final Statement making = statement("a", "Kremlin",
                claim("military-aid", ClaimStatus.DEMANDED, DEMAND).setSalience(0.95),
                claim("ceasefire", ClaimStatus.PROPOSED, "Trump suggested a halt on attacks on energy infrastructure."));
        final Statement omitting = statement("b", "White House", claim("ceasefire", ClaimStatus.AGREED, "The leaders agreed on an energy ceasefire."));
        assertThat(rule.compare(omitting, making)).singleElement().satisfies(f -> {
            assertThat(f.first()).isSameAs(making);
            assertThat(f.second()).isSameAs(omitting);
            assertThat(f.topic()).isEqualTo("military-aid");
            assertThat(omitting.getText()).contains(f.excerptSecond());
        });
    }

    @Test
    void shouldNotReportMinorPoints() {
        final Statement making = statement("a", "X", claim("sports", ClaimStatus.PROPOSED, "Putin proposed hockey matches.").setSalience(0.3));
        final Statement omitting = statement("b", "Y", claim("ceasefire", ClaimStatus.AGREED, "They agreed on a truce."));
        assertThat(rule.compare(making, omitting)).isEmpty();
    }

    @Test
    void shouldNotReportAPointTheOtherReadoutMakesInOtherWords() {
        final Statement making = statement("a", "X", claim("military-aid", ClaimStatus.DEMANDED, DEMAND).setSalience(0.95));
        final Statement paraphrase = statement("b", "Y", claim("other", ClaimStatus.STATED,
                "Moscow wants foreign military aid to Kyiv to stop completely as a key condition."));
        assertThat(rule.compare(making, paraphrase)).isEmpty();
    }

    @Test
    void shouldNotReportAPointOnATopicTheOtherReadoutTouches() {
        final Statement making = statement("a", "X", claim("military-aid", ClaimStatus.AGREED,
                "Germany will deliver two more air defence systems.").setSalience(0.95));
        final Statement touching = statement("b", "Y", claim("military-aid", ClaimStatus.DISCUSSED, "They discussed weapons supplies."));
        assertThat(rule.compare(making, touching)).isEmpty();
    }

    @Test
    void shouldReportADemandLeftOutEvenWhenItsBroadTopicIsTouched() {
        final Statement making = statement("a", "Thailand", claim("territory", ClaimStatus.DEMANDED,
                "The Thai side demanded that Cambodia immediately cease laying new anti-personnel landmines.").setSalience(0.95));
        final Statement omitting = statement("b", "Cambodia", claim("territory", ClaimStatus.AGREED,
                "Both sides agreed to pull heavy weapons back from the border."));
        omitting.setIssuerCountry("KH");
        assertThat(rule.compare(making, omitting)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
    }

    @Test
    void shouldNotReportADemandTheOtherReadoutReports() {
        final Statement making = statement("a", "Thailand", claim("territory", ClaimStatus.DEMANDED,
                "The Thai side demanded that Cambodia immediately cease laying new landmines.").setSalience(0.95));
        final Statement reporting = statement("b", "Cambodia", claim("territory", ClaimStatus.REJECTED,
                "Cambodia rejected the Thai demand to cease laying new landmines, which it denies laying."));
        assertThat(rule.compare(making, reporting)).isEmpty();
    }

    @Test
    void shouldHoldADemandOnlyAgainstTheSideItIsMadeOf() {
        final Statement making = statement("a", "Thailand", claim("territory", ClaimStatus.DEMANDED,
                "The Thai side demanded that Cambodia immediately cease laying new landmines.").setSalience(0.95));
        final Statement third = statement("b", "UN Spokesperson", claim("ceasefire", ClaimStatus.AGREED,
                "The Secretary-General welcomes the outcome of the meeting."));
        third.setIssuerCountry("UN");
        assertThat(rule.compare(making, third)).isEmpty();
    }

    @Test
    void shouldTakeAModalObligationAsADemandOnlyWhenTheOtherSideMustAct() {
        final Statement making = statement("a", "India", claim("text.connectivity-respect", ClaimStatus.DEMANDED,
                "EAM emphasised that connectivity projects must respect sovereignty and territorial integrity.").setAction("must").setSalience(0.95));
        final Statement omitting = statement("b", "Saudi Arabia", claim("trade", ClaimStatus.AGREED, "The ministers agreed on a rail link."));
        omitting.setIssuerCountry("SA");
        assertThat(rule.compare(making, omitting)).isEmpty();
    }

    @Test
    void shouldNotCountAnAnswerToQuestionsAsLeavingOutTheMeeting() {
        final Statement making = statement("a", "Kremlin", claim("military-aid", ClaimStatus.DEMANDED, DEMAND).setSalience(0.95));
        final Statement answer = statement("b", "White House", claim("ceasefire", ClaimStatus.AGREED,
                "Asked about the energy ceasefire, the spokesperson said it was agreed."));
        assertThat(rule.compare(making, answer)).isEmpty();
    }

    @Test
    void shouldNotCompareTwoOfficesOfOneCountry() {
        final Statement making = statement("a", "White House", claim("military-aid", ClaimStatus.DEMANDED, DEMAND).setSalience(0.95));
        final Statement omitting = statement("b", "State Department", claim("ceasefire", ClaimStatus.AGREED, "They agreed on a truce."));
        making.setIssuerCountry("US");
        omitting.setIssuerCountry("US");
        assertThat(rule.compare(making, omitting)).isEmpty();
    }

    @Test
    void shouldCountAPlainRequestOnlyWhenAddressedToTheSideLeavingItOut() {
        final Statement omitting = statement("b", "Office of the President", claim("visas", ClaimStatus.AGREED,
                "The leaders agreed to expand the working holiday programme."));
        omitting.setIssuerCountry("KR");
        final Statement addressed = statement("a", "MOFA Japan", claim("text.import-restrictions", ClaimStatus.REQUESTED,
                "The Prime Minister requested the early lifting of the ROK's import restrictions on Japanese food products.")
                .setSalience(0.75));
        final Statement notice = statement("c", "MOFA Japan", claim("text.relatives-contact", ClaimStatus.REQUESTED,
                "Relatives of missing persons are asked to contact the Coordination Headquarters.").setSalience(0.75));
        assertThat(rule.compare(addressed, omitting)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(addressed));
        assertThat(rule.compare(notice, omitting)).isEmpty();
    }

    @Test
    void shouldNotCountTheIssuersOwnAppealAsAPointOfTheMeeting() {
        final Statement making = statement("a", "State Department", claim("mediation", ClaimStatus.REQUESTED,
                "We commend the State of Qatar for its facilitation and urge both parties to implement their commitments.")
                .setSalience(0.9));
        final Statement omitting = statement("b", "MOFA Qatar", claim("inspections", ClaimStatus.AGREED, "The protocol was signed."));
        omitting.setIssuerCountry("QA");
        assertThat(rule.compare(making, omitting)).isEmpty();
    }

    @Test
    void shouldNotCountAStandingPositionOrAnAppealToThePartiesAsAPoint() {
        final Statement omitting = statement("b", "MFA Russia", claim("prisoner-exchange", ClaimStatus.AGREED,
                "The delegations agreed on an exchange of prisoners."));
        omitting.setIssuerCountry("RU");
        final Statement standing = statement("a", "MFA Ukraine", claim("ceasefire", ClaimStatus.AGREED,
                "Ukraine remains committed to a full and unconditional ceasefire with Russia.").setSalience(0.95));
        final Statement restated = statement("c", "White House", claim("peace-settlement", ClaimStatus.DEMANDED,
                "The President reiterated that Russia and Ukraine must make the hard decisions for peace.").setAction("must").setSalience(0.95));
        final Statement appeal = statement("d", "UN Envoy", claim("ceasefire", ClaimStatus.REQUESTED,
                "The Envoy called on the parties to build on this agreement towards a nationwide ceasefire.").setSalience(0.95));
        assertThat(rule.compare(standing, omitting)).isEmpty();
        assertThat(rule.compare(restated, omitting)).isEmpty();
        assertThat(rule.compare(appeal, omitting)).isEmpty();
    }

    @Test
    void shouldReportAConcessionTheConcedingSidesReadoutLeavesOutEvenOnATouchedTopic() {
        final Statement making = statement("a", "White House", claim("migration", ClaimStatus.AGREED,
                "The President of Colombia committed to accept all deportation flights without restriction.")
                .setAction("committed to").setActor("CO").setSalience(0.7));
        final Statement omitting = statement("b", "Presidency of Colombia", claim("migration", ClaimStatus.STATED,
                "The President said Colombian migrants must be treated with dignity."));
        omitting.setIssuerCountry("CO");
        final Statement otherStatus = statement("c", "Presidency of Colombia", claim("migration", ClaimStatus.CONDITIONAL,
                "Colombia is ready to receive flights only if migrants are treated with dignity."));
        otherStatus.setIssuerCountry("CO");
        assertThat(rule.compare(making, omitting)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
        assertThat(rule.compare(making, otherStatus)).isEmpty();
    }

    @Test
    void shouldHoldAPreconditionAgainstAMediatorsReadoutThatLeavesItOut() {
        final Statement mediator = statement("b", "EU External Action Service", claim("visas", ClaimStatus.DISCUSSED,
                "The facilitated dialogue covered visa liberalisation and energy."));
        mediator.setIssuerCountry("EU");
        final Statement precondition = statement("a", "Government of Kosovo", claim("visas", ClaimStatus.DEMANDED,
                "The Prime Minister told the Serbian side that Serbia must dismantle its parallel structures before any "
                        + "discussion of new crossings can begin.").setAction("must").setSalience(0.95));
        precondition.setIssuerCountry("XK");
        final Statement obligation = statement("c", "Government of Kosovo", claim("visas", ClaimStatus.DEMANDED,
                "The Prime Minister told the Serbian side that Serbia must dismantle its parallel structures.")
                .setAction("must").setSalience(0.95));
        obligation.setIssuerCountry("XK");
        assertThat(rule.compare(precondition, mediator)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(precondition));
        assertThat(rule.compare(obligation, mediator)).isEmpty();
    }

    @Test
    void shouldReportAConditionSetByProvidedThatOnATopicTheOtherReadoutTouches() {
        final Statement making = statement("a", "Kremlin", claim("maritime-navigation", ClaimStatus.DISCUSSED,
                "The President noted that Russia was open to considering the proposal to hold consultations on shipping safety, "
                        + "provided that the restrictions affecting Russian grain exports are lifted.").setSalience(0.37));
        final Statement omitting = statement("b", "Ankara", claim("maritime-navigation", ClaimStatus.AGREED,
                "The two leaders agreed that a technical meeting on shipping safety would be held in Istanbul."));
        assertThat(rule.compare(making, omitting)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
        assertThat(OmissionRule.PRECONDITION.matcher("Russia will resume talks on condition that the sanctions are lifted.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("The agreement provided that the border would be reopened.").find()).isFalse();
        assertThat(OmissionRule.PRECONDITION.matcher("He recalled that any cooperation in the uranium sector would be subject to "
                + "the full implementation of IAEA safeguards.").find()).isTrue();
    }

    @Test
    void shouldReadOnlyStrongConditionConstructionsAsPreconditions() {
        assertThat(OmissionRule.PRECONDITION.matcher("Each phase will proceed only after the army has verified the area.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("Any truce must be preceded by the withdrawal of the militia.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("Each stage will be conditional on verification by the army.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("The new pipeline should be running before the accord is put to parliament.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("Further progress depends on the implementation of the protocol.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("It will bring certainty to the farmers who depend on exports.").find()).isFalse();
        assertThat(OmissionRule.PRECONDITION.matcher("The deal is subject to approval by the Council.").find()).isFalse();
        assertThat(OmissionRule.PRECONDITION.matcher("Talks will resume if the ceasefire holds.").find()).isFalse();
        assertThat(OmissionRule.PRECONDITION.matcher("The ministers met before any of the other delegations arrived.").find()).isFalse();
    }

    @Test
    void shouldNotCountRestatedPoliciesExhortationsOrOngoingPressureAsPoints() {
        final Statement omitting = statement("b", "MFA Russia", claim("prisoner-exchange", ClaimStatus.AGREED,
                "The delegations agreed on an exchange of prisoners."));
        omitting.setIssuerCountry("RU");
        final Statement policy = statement("a", "State Department", claim("sanctions", ClaimStatus.REJECTED,
                "Our policy has not changed: we oppose any easing of sanctions on Russia.").setSalience(0.9));
        final Statement rejection = statement("c", "MFA Ukraine", claim("sanctions", ClaimStatus.REJECTED,
                "Ukraine reiterates its rejection of any easing of sanctions on Russia.").setSalience(0.9));
        final Statement exhortation = statement("d", "MFA Ukraine", claim("energy", ClaimStatus.DEMANDED,
                "The two sides should push for the steady development of energy cooperation with Russia.")
                .setAction("push for").setSalience(0.9));
        final Statement ongoing = statement("e", "MFA Ukraine", claim("ceasefire", ClaimStatus.DEMANDED,
                "Ukraine hopes that Russia will continue to play a role in pushing for a ceasefire.")
                .setAction("push for").setSalience(0.9));
        final Statement recalled = statement("f", "MFA Ukraine", claim("energy", ClaimStatus.DEMANDED,
                "The Minister recalled that energy security requires a European response.").setAction("requires").setSalience(0.9));
        assertThat(rule.compare(policy, omitting)).isEmpty();
        assertThat(rule.compare(rejection, omitting)).isEmpty();
        assertThat(rule.compare(exhortation, omitting)).isEmpty();
        assertThat(rule.compare(ongoing, omitting)).isEmpty();
        assertThat(rule.compare(recalled, omitting)).isEmpty();
    }

    @Test
    void shouldReportAnUndertakingByTheOtherSideThatTheMediatorsReadoutLeavesOut() {
        final Statement mediator = statement("b", "MOFA Qatar", claim("prisoner-exchange", ClaimStatus.AGREED,
                "Qatar welcomes the exchange of detainees between the two countries."));
        mediator.setIssuerCountry("QA");
        final Statement making = statement("a", "Government of Venezuela", claim("text.licences-oil", ClaimStatus.AGREED,
                "As part of the understandings, the Government of the United States committed to renewing the oil licences "
                        + "of Venezuela.").setAction("committed to").setActor("US").setSalience(0.65));
        making.setIssuerCountry("VE");
        final Statement own = statement("c", "Government of Venezuela", claim("text.licences-oil", ClaimStatus.AGREED,
                "As part of the understandings, Venezuela committed to renewing the oil licences of the United States.")
                .setAction("committed to").setActor("VE").setSalience(0.65));
        own.setIssuerCountry("VE");
        assertThat(rule.compare(making, mediator)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
        assertThat(rule.compare(own, mediator)).isEmpty();
    }

    @Test
    void shouldReadNegatedUntilPresupposesAndMustBeforeAsPreconditions() {
        assertThat(OmissionRule.PRECONDITION.matcher("No joint patrol can start until the militia has left the valley.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("A second round presupposes that the blockade of the port is lifted.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("The bridge must be reopened before the treaty is put to parliament.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("The report must be delivered before the end of June.").find()).isFalse();
        assertThat(OmissionRule.PRECONDITION.matcher("The ministers will stay in Oslo until Friday.").find()).isFalse();
    }

    @Test
    void shouldReportAPreconditionReadAsAPlainStatement() {
        final Statement making = statement("a", "Thailand", claim("territory", ClaimStatus.STATED,
                "The Government holds that no reopening of the crossings can take place until every landmine has been cleared.")
                .setAction("mention").setSalience(0.48));
        making.setIssuerCountry("TH");
        final Statement omitting = statement("b", "Cambodia", claim("trade", ClaimStatus.AGREED,
                "The ministers agreed to expand cross-border trade in rice."));
        omitting.setIssuerCountry("KH");
        assertThat(rule.compare(making, omitting)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
    }

    @Test
    void shouldReportAnObligationLaidOnTheOtherSideAloneReadAsAPlainStatement() {
        final Statement making = statement("a", "Thailand", claim("trade", ClaimStatus.STATED,
                "The Prime Minister stressed that the Cambodian side should scrap its new tariffs on Thai fruit.")
                .setAction("mention").setSalience(0.48));
        making.setIssuerCountry("TH");
        final Statement omitting = statement("b", "Cambodia", claim("territory", ClaimStatus.AGREED,
                "Both delegations agreed to clear landmines along the border."));
        omitting.setIssuerCountry("KH");
        assertThat(rule.compare(making, omitting)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
    }

    @Test
    void shouldNotCountAPressTranscriptAsLeavingOutTheMeeting() {
        final Statement making = statement("a", "Kremlin", claim("military-aid", ClaimStatus.DEMANDED, DEMAND).setSalience(0.95));
        final Statement transcript = statement("b", "White House", claim("ceasefire", ClaimStatus.AGREED,
                "REPORTER: Was a truce agreed?\nSPOKESPERSON: The leaders agreed on an energy ceasefire."));
        assertThat(rule.compare(making, transcript)).isEmpty();
    }

    @Test
    void shouldNotReadAnObligationOfBothSidesAsADemand() {
        final Statement making = statement("a", "Thailand", claim("trade", ClaimStatus.STATED,
                "The Prime Minister said that Thailand and Cambodia should scrap their tariffs on fruit.")
                .setAction("mention").setSalience(0.48));
        making.setIssuerCountry("TH");
        final Statement omitting = statement("b", "Cambodia", claim("territory", ClaimStatus.AGREED,
                "Both delegations agreed to clear landmines along the border."));
        omitting.setIssuerCountry("KH");
        assertThat(rule.compare(making, omitting)).isEmpty();
    }

    @Test
    void shouldNotHoldAThirdPartysReactionToTheOutcomeAsLeavingOutPoints() {
        final Statement making = statement("a", "MFA Russia", claim("maritime-navigation", ClaimStatus.CONDITIONAL,
                "Safe navigation will be possible only after the restrictions on Russian ships are lifted.")
                .setAction("only after").setActor("RU").setSalience(0.9));
        making.setIssuerCountry("RU");
        final Statement reaction = statement("b", "UN Spokesperson", claim("ceasefire", ClaimStatus.STATED,
                "The Secretary-General welcomes the moratorium agreed between the Russian Federation and Ukraine."),
                claim("ceasefire", ClaimStatus.REQUESTED, "He calls on the parties to implement it in good faith.")
                        .setAction("calls on"));
        reaction.setIssuerCountry("UN");
        final Statement account = statement("c", "UN Spokesperson", claim("ceasefire", ClaimStatus.AGREED,
                "The Russian Federation and Ukraine agreed on a moratorium on strikes on energy facilities."));
        account.setIssuerCountry("UN");
        assertThat(rule.compare(making, reaction)).isEmpty();
        assertThat(rule.compare(making, account)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
    }

    @Test
    void shouldTakeTheSameFigureAsReportingThePointInOtherWords() {
        final Statement making = statement("a", "MFA India", claim("visas", ClaimStatus.REQUESTED,
                "India once again urged Pakistan not to levy the service fee of US$ 20 per pilgrim per visit.")
                .setAction("urged").setActor("IN").setSalience(0.9)
                .setQuantities(java.util.List.of(Claims.qty(20, "USD", io.crosscheck.avro.Approximation.EXACT))));
        making.setIssuerCountry("IN");
        final Statement sameFigure = statement("b", "MOFA Pakistan", claim("text.charge-yatree", ClaimStatus.STATED,
                "The Indian side reiterated its position regarding the twenty US dollar charge per yatree.")
                .setQuantities(java.util.List.of(Claims.qty(20, "USD", io.crosscheck.avro.Approximation.EXACT))));
        sameFigure.setIssuerCountry("PK");
        final Statement otherFigure = statement("c", "MOFA Pakistan", claim("text.charge-yatree", ClaimStatus.STATED,
                "The Indian side reiterated its position regarding the fifteen US dollar charge per yatree.")
                .setQuantities(java.util.List.of(Claims.qty(15, "USD", io.crosscheck.avro.Approximation.EXACT))));
        otherFigure.setIssuerCountry("PK");
        assertThat(rule.compare(making, sameFigure)).isEmpty();
        assertThat(rule.compare(making, otherFigure)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
    }
    @Test
    void shouldReportAPreconditionOnATouchedTopicWhoseOtherAccountCarriesNoSequence() {
        final Statement making = statement("a", "MFA Serbia", claim("border-crossings", ClaimStatus.CONDITIONAL,
                "Belgrade stated that the crossing points on the northern border will reopen only after the special police "
                        + "units have left the four municipalities.").setAction("only after").setSalience(0.9));
        making.setIssuerCountry("RS");
        final Statement plain = statement("b", "Government of Kosovo", claim("border-crossings", ClaimStatus.AGREED,
                "The delegations agreed that the crossing points would reopen for civilian traffic."));
        plain.setIssuerCountry("XK");
        final Statement sequenced = statement("c", "Government of Kosovo", claim("border-crossings", ClaimStatus.AGREED,
                "Reopening the crossings would follow the departure of the special units."));
        sequenced.setIssuerCountry("XK");
        assertThat(rule.compare(making, plain)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
        assertThat(rule.compare(making, sequenced)).isEmpty();
    }

    @Test
    void shouldNotTakeASequenceTheIssuerCallsAgreedAsOneSidesCondition() {
        final Statement making = statement("a", "MFA Serbia", claim("border-crossings", ClaimStatus.CONDITIONAL,
                "Belgrade stated that the crossing points on the northern border will reopen only after the special police units "
                        + "have left the four municipalities, as agreed by both sides.").setAction("only after").setSalience(0.9));
        making.setIssuerCountry("RS");
        final Statement plain = statement("b", "Government of Kosovo", claim("border-crossings", ClaimStatus.AGREED,
                "The delegations agreed that the crossing points would reopen for civilian traffic."));
        plain.setIssuerCountry("XK");
        assertThat(rule.compare(making, plain)).isEmpty();
    }
    @Test
    void shouldReadWhatAnyOutcomeMustLeaveOutAsARedLine() {
        assertThat(OmissionRule.RED_LINE.matcher("Any settlement must exclude the stationing of foreign warships.").find()).isTrue();
        assertThat(OmissionRule.RED_LINE.matcher("The government will accept no conditions attached to the loan.").find()).isTrue();
        assertThat(OmissionRule.RED_LINE.matcher("Kenya will not allow foreign forces to operate from its ports.").find()).isTrue();
        assertThat(OmissionRule.RED_LINE.matcher("No troops will be based on the islands under any arrangement.").find()).isTrue();
        assertThat(OmissionRule.RED_LINE.matcher("Any lasting peace must come with security guarantees.").find()).isFalse();
        assertThat(OmissionRule.RED_LINE.matcher("The ministers agreed to include fisheries in the next round.").find()).isFalse();
    }

    @Test
    void shouldHoldARedLineAgainstTheOtherSideButNotAgainstTheHost() {
        final String redLine = "The delegation reiterated that any port arrangement must exclude a naval base on Djiboutian soil.";
        final Statement making = statement("a", "MFA Djibouti", claim("military-presence", ClaimStatus.DEMANDED, redLine)
                .setAction("must").setSalience(0.95),
                claim("mediation", ClaimStatus.STATED, "The talks in Doha were facilitated by the State of Qatar."));
        making.setIssuerCountry("DJ");
        final Statement side = statement("b", "MFA Ethiopia", claim("trade", ClaimStatus.AGREED,
                "The two delegations agreed to expand the use of the railway for exports."));
        side.setIssuerCountry("ET");
        final Statement host = statement("c", "MFA Qatar", claim("trade", ClaimStatus.AGREED,
                "Qatar welcomes the agreement of the two delegations to expand the use of the railway for exports."));
        host.setIssuerCountry("QA");
        assertThat(rule.compare(making, side)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
        assertThat(rule.compare(making, host)).isEmpty();
    }

    @Test
    void shouldNotHoldAConditionOnHowTheSpeakerWillJudgeTheOutcomeAsLeftOut() {
        final Statement omitting = statement("b", "Y", claim("ceasefire", ClaimStatus.AGREED, "The parties agreed to extend the truce."));
        for (String judgement : new String[] {
                "The referendum will only be credible if observers are given access to every polling station.",
                "A settlement can be lasting only when it addresses the grievances of the displaced.",
                "Any vote would be legitimate as long as opposition candidates may campaign freely.",
                // What a good in general rests on is a maxim, not a step made to wait on another.
                "Officials emphasized that the integrity of regional supply chains depends on robust enforcement of rules of origin.",
                "The minister said the region's prosperity hinges on open sea lanes."}) {
            final Statement making = statement("a", "X", claim("elections", ClaimStatus.CONDITIONAL, judgement).setSalience(0.9));
            assertThat(rule.compare(making, omitting)).as(judgement).isEmpty();
        }
        // A condition set on an action stays a point.
        final Statement making = statement("a", "X", claim("elections", ClaimStatus.CONDITIONAL,
                "The opposition will take part in the vote only if its detained leaders are released.").setSalience(0.9));
        assertThat(rule.compare(making, omitting)).singleElement().satisfies(f -> assertThat(f.topic()).isEqualTo("elections"));
        final Statement step = statement("a", "X", claim("elections", ClaimStatus.CONDITIONAL,
                "The lifting of the sanctions depends on the release of the detained opposition leaders.").setSalience(0.9));
        assertThat(rule.compare(step, omitting)).singleElement().satisfies(f -> assertThat(f.topic()).isEqualTo("elections"));
    }

    @Test
    void shouldNotHoldADemandMadeWhileContinuingOwnCampaignAsLeftOut() {
        final Statement omitting = statement("b", "Y", claim("fisheries", ClaimStatus.AGREED, "The ministers agreed on new fishing licences."));
        final Statement making = statement("a", "X", claim("maritime-safety", ClaimStatus.DEMANDED,
                "The minister said the ministry would continue its road safety programme, insisting on helmets for every rider.")
                .setSalience(0.9));
        assertThat(rule.compare(making, omitting)).isEmpty();
    }

    @Test
    void shouldNotHoldAPointAgainstAPressBriefingTranscriptRunOnOneLine() {
        final Statement making = statement("a", "X", claim("prisoner-release", ClaimStatus.AGREED,
                "The president decided to pardon twelve detained journalists.").setSalience(0.9));
        final Statement briefing = statement("b", "Y", claim("sanctions", ClaimStatus.ANNOUNCED,
                "SPOKESPERSON: Good afternoon. Sanctions on the airline have been lifted. QUESTION: Is the embassy reopening? SPOKESPERSON: Nothing to announce."));
        assertThat(rule.compare(making, briefing)).isEmpty();
    }

    @Test
    void shouldNotHoldAnExhortationOnConductAsADemandLeftOut() {
        final Statement omitting = statement("b", "Y", claim("fisheries", ClaimStatus.AGREED, "The ministers agreed on new fishing licences."));
        for (String exhortation : new String[] {
                "The monitoring mission must act in an even-handed and transparent way and must not let itself be instrumentalised by anyone.",
                "The commission should remain strictly neutral and must always behave impartially.",
                "The inspectors must not allow themselves to be used for political ends.",
                "The tribunal must conduct its work in a spirit of fairness."}) {
            assertThat(OmissionRule.conductExhortation(exhortation)).as(exhortation).isTrue();
            final Statement making = statement("a", "X", claim("text.mission-neutral", ClaimStatus.DEMANDED, exhortation)
                    .setAction("must").setSalience(0.9));
            assertThat(rule.compare(making, omitting)).as(exhortation).isEmpty();
        }
    }

    @Test
    void shouldKeepADemandForAnActBesideAnExhortationOnConduct() {
        for (String demand : new String[] {
                "The mission must act impartially and must withdraw its report on the incident.",
                "The inspectors must leave the plant by Friday.",
                "The commission should be dissolved."}) {
            assertThat(OmissionRule.conductExhortation(demand)).as(demand).isFalse();
        }
    }

    @Test
    void shouldNotReadAResourceTheCountryReliesOnAsACondition() {
        final Statement omitting = statement("b", "Y", claim("fisheries", ClaimStatus.AGREED, "The ministers agreed on new fishing licences."));
        for (String reliance : new String[] {
                "The minister recalled that the island relies on imported fuel for nearly all of its electricity.",
                "He said the country depends on the river for 90 percent of its irrigation water.",
                "The kingdom is heavily dependent on the strait for its oil exports."}) {
            final Statement making = statement("a", "X", claim("energy-deal", ClaimStatus.CONDITIONAL, reliance).setSalience(0.95));
            assertThat(OmissionRule.reliance(making.getClaims().get(0))).as(reliance).isTrue();
            assertThat(rule.compare(making, omitting)).as(reliance).isEmpty();
        }
        // A step waiting on another stays a condition, even with "for … to".
        for (String condition : new String[] {
                "The lifting of the embargo will depend on the audit for the funds to be released.",
                "Resumption of the talks depends on the release of the detained crew."}) {
            final Statement making = statement("a", "X", claim("energy-deal", ClaimStatus.CONDITIONAL, condition).setSalience(0.95));
            assertThat(OmissionRule.reliance(making.getClaims().get(0))).as(condition).isFalse();
            assertThat(rule.compare(making, omitting)).as(condition).hasSize(1);
        }
    }

    @Test
    void shouldNotHoldAPrincipleAnOrganisationRestatesAsADemandLeftOut() {
        final Statement omitting = statement("b", "Y", claim("fisheries", ClaimStatus.AGREED, "The ministers agreed on new fishing licences."));
        for (String principle : new String[] {
                "The agency reiterates that relocations should be based on the free choice of the families concerned.",
                "The organisation recalls that any resettlement must respect the wishes of the communities."}) {
            final Statement making = statement("a", "X", claim("text.relocat-choic", ClaimStatus.DEMANDED, principle)
                    .setAction("must").setSalience(0.95));
            assertThat(rule.compare(making, omitting)).as(principle).isEmpty();
        }
    }

    @Test
    void shouldReadTheSideThatMustActFromTheWholeSubjectOfTheObligation() {
        final String demand = "The delegation stressed that the dumping of ballast water by Indian cargo ships off the Sri Lankan coast must stop.";
        final Statement making = io.crosscheck.claims.TestStatements.of("a", "Ministry of Foreign Affairs of Sri Lanka", "LK", demand);
        making.setClaims(java.util.List.of(claim("text.ballast-cargo-dump", ClaimStatus.DEMANDED, demand).setAction("must").setSalience(0.9).build()));
        final String agreed = "The two sides agreed to hold the next round of talks in New Delhi.";
        final Statement omitting = io.crosscheck.claims.TestStatements.of("b", "Ministry of External Affairs", "IN", agreed);
        omitting.setClaims(java.util.List.of(claim("next-meeting", ClaimStatus.AGREED, agreed).build()));
        assertThat(rule.compare(making, omitting)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
        // The same obligation laid on no party of the meeting is the issuer's own rhetoric.
        final String rhetoric = "The delegation stressed that the dumping of ballast water by cargo ships off any coast must stop.";
        final Statement general = io.crosscheck.claims.TestStatements.of("c", "Ministry of Foreign Affairs of Sri Lanka", "LK",
                rhetoric + " The Indian and Sri Lankan delegations met in Colombo.");
        general.setClaims(java.util.List.of(claim("text.ballast-cargo-dump", ClaimStatus.DEMANDED, rhetoric).setAction("must").setSalience(0.9).build()));
        assertThat(rule.compare(general, omitting)).isEmpty();
    }

    @Test
    void shouldNotReportTheRequestForTheContactItselfAsADemandLeftOut() {
        final Statement making = statement("a", "Ministry of Foreign Affairs of Ruritania", claim("territory", ClaimStatus.REQUESTED,
                "The Minister spoke by phone with her counterpart at the request of the Freedonian Minister, after shelling "
                        + "struck the border district.").setAction("request").setSalience(0.78));
        final Statement omitting = statement("b", "Freedonian agency", claim("ceasefire", ClaimStatus.AGREED,
                "The two ministers reaffirmed the cessation of hostilities."));
        assertThat(rule.compare(making, omitting)).isEmpty();
        final Statement demanding = statement("c", "Ministry of Foreign Affairs of Ruritania", claim("territory", ClaimStatus.REQUESTED,
                "The Minister urged the Freedonian side to withdraw its artillery from the border district.")
                .setAction("urged").setSalience(0.78));
        assertThat(rule.compare(demanding, omitting)).isNotEmpty();
    }

    @Test
    void shouldReadEveryFormOfDependenceAsAPrecondition() {
        assertThat(OmissionRule.PRECONDITION.matcher("Investment choices in the port depend on such long-term guarantees.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("The second tranche would depend on an audit of the first.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("Both phases are dependent on the militia handing over its heavy weapons.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("Any easing of tariffs hinges on a settlement of the steel dispute.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("The visa waiver is contingent upon the readmission deal taking effect.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("The funding depended on the ministry publishing its accounts.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("The region has many villages that depend on tourism.").find()).isFalse();
        assertThat(OmissionRule.PRECONDITION.matcher("Coastal towns depend on the ferry for their supplies.").find()).isFalse();
    }

    @Test
    void shouldReadOnlyOnABasisAndABarUnlessAsPreconditions() {
        assertThat(OmissionRule.PRECONDITION.matcher("Loans for the railway will be granted only on this basis.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("Aid will resume only on the basis of a verified census.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("The airport will reopen only on condition that the runway is demined.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("No dam will be built on the shared river unless both governments approve it.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("Troops will not cross the line unless attacked first.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("Trade will be liberalised in step with progress on the border talks.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("Relations will be normalised in the light of progress in the peace process.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("The ministers reviewed progress in the peace process.").find()).isFalse();
        assertThat(OmissionRule.PRECONDITION.matcher("Unless otherwise stated, all figures are in euros.").find()).isFalse();
        assertThat(OmissionRule.PRECONDITION.matcher("The talks took place on the basis of the 2019 memorandum.").find()).isFalse();
    }

    @Test
    void shouldTreatACallToStopBlamedConductAsCondemnationNotDemand() {
        assertThat(OmissionRule.condemnation("The ministry urged the other side to immediately stop its infringements and provocations.")).isTrue();
        assertThat(OmissionRule.condemnation("It called on Oslo to cease all hostile acts, the spokesman said.")).isTrue();
        assertThat(OmissionRule.condemnation("The navy demanded that the trawlers halt their dangerous manoeuvres and leave.")).isFalse();
        assertThat(OmissionRule.condemnation("It urged the other side to stop illegal fishing in the lagoon.")).isFalse();
        assertThat(OmissionRule.condemnation("It urged the other side to release the crew and to stop its provocations.")).isFalse();
        assertThat(OmissionRule.condemnation("The minister demanded that the neighbour cease laying mines along the border.")).isFalse();
    }

    @Test
    void shouldNotReportAPrincipleDeclaredNonNegotiable() {
        final Statement making = statement("a", "Ruritania", claim("territory", ClaimStatus.DEMANDED,
                "The delegation reiterated that the unity and territorial integrity of Ruritania are non-negotiable.").setSalience(0.95));
        final Statement omitting = statement("b", "Freedonia", claim("trade", ClaimStatus.AGREED,
                "Both sides agreed to reopen the rail link for freight."));
        assertThat(rule.compare(making, omitting)).isEmpty();
        assertThat(OmissionRule.PRINCIPLE_DECLARED.matcher("Their independence remains a red line for the islands.").find()).isTrue();
        assertThat(OmissionRule.PRINCIPLE_DECLARED.matcher("The withdrawal of the garrison is non-negotiable.").find()).isFalse();
    }

    @Test
    void shouldReportAConcessionTheHostLeavesOutWhileReportingOtherAgreementsOnItsTopic() {
        final Statement host = statement("b", "MOFA Qatar", claim("territory", ClaimStatus.AGREED,
                "At the meeting the two countries agreed to hold monthly meetings of their border commanders."));
        host.setIssuerCountry("QA");
        final Statement making = statement("a", "Government of Venezuela", claim("territory", ClaimStatus.AGREED,
                "The United States side agreed to lift the naval blockade of the Orinoco delta from the first of July.")
                .setAction("agreed").setActor("US").setSalience(0.7));
        making.setIssuerCountry("VE");
        final Statement proposedByHost = statement("c", "MOFA Qatar", claim("territory", ClaimStatus.PROPOSED,
                "Qatar proposed that the two countries consider a partial lifting of restrictions on the river delta."));
        proposedByHost.setIssuerCountry("QA");
        assertThat(rule.compare(making, host)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
        assertThat(rule.compare(making, proposedByHost)).isEmpty();
    }

    @Test
    void shouldHoldAMediatorThatNamesItselfAsSuchToWhatTheSidesConceded() {
        final Statement mediator = statement("b", "MOFA Qatar", claim("prisoner-exchange", ClaimStatus.STATED,
                "Qatar welcomes the release of the detainees, which is the result of the mediation undertaken by "
                        + "His Excellency the Emir of the State of Qatar."));
        mediator.setIssuerCountry("QA");
        final Statement bystander = statement("c", "MOFA Qatar", claim("prisoner-exchange", ClaimStatus.STATED,
                "Qatar welcomes the release of the detainees between the two countries."));
        bystander.setIssuerCountry("QA");
        final Statement making = statement("a", "Government of Venezuela", claim("text.licences-oil", ClaimStatus.AGREED,
                "As part of the understanding, the United States undertook to renew the oil licences of Venezuela.")
                .setAction("undertook to").setActor("US").setSalience(0.7));
        making.setIssuerCountry("VE");
        assertThat(rule.compare(making, mediator)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
        assertThat(rule.compare(making, bystander)).isEmpty();
    }

    @Test
    void shouldNotHoldAMinistersAnswerToThePressAsAPointOfTheMeeting() {
        final Statement omitting = statement("b", "Y", claim("sea-access", ClaimStatus.AGREED,
                "The two sides agreed on a framework for commercial access to the sea."));
        final Statement answer = statement("a", "X", claim("troops", ClaimStatus.REJECTED,
                "Asked by journalists about the future of the forces deployed in the border regions, the Minister dismissed as "
                        + "speculation any talk of a withdrawal timetable.").setSalience(0.9));
        assertThat(rule.compare(answer, omitting)).isEmpty();
        final Statement atTheTable = statement("a", "X", claim("troops", ClaimStatus.REJECTED,
                "The Minister rejected any talk of a withdrawal timetable for the forces deployed in the border regions.").setSalience(0.9));
        assertThat(rule.compare(atTheTable, omitting)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(atTheTable));
    }

    @Test
    void shouldReadALongBarUntilConsentAsAPrecondition() {
        assertThat(OmissionRule.PRECONDITION.matcher("It was settled that no new structure of any kind, including watchtowers and "
                + "roads, would be built within two kilometres of the river bank unless both commissions consent in writing.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("No new wells will be drilled in the shared aquifer without the prior approval "
                + "of the joint water board.").find()).isTrue();
        assertThat(OmissionRule.PRECONDITION.matcher("The talks were not without difficulties.").find()).isFalse();
    }
}
