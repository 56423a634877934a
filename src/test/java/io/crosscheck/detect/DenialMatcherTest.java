package io.crosscheck.detect;

import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.claims.Paraphrases;
import io.crosscheck.claims.TermAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.crosscheck.detect.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

class DenialMatcherTest {

    private static final TermAnalyzer ANALYZER = new TermAnalyzer();
    private static final SentenceAligner ALIGNER = new SentenceAligner(ANALYZER);
    private final DenialMatcher matcher = new DenialMatcher(ALIGNER, Paraphrases.loadDefault(ANALYZER));

    private static Claim denial(String text, String clause) {
        return claim("text.x", ClaimStatus.DISCUSSED, clause).setPolarity(Polarity.NEGATED)
                .setEvidenceStart(text.indexOf(clause)).build();
    }

    @Test
    void shouldMatchADenialOfTheSameSubjectInOtherWords() {
        final String neg = "The topic of direct air communication was not raised in the conversation.";
        final String aff = "The leaders discussed the Middle East. They also agreed to work toward restoring direct air "
                + "links between the United States and Russia and to ease the restrictions on each other's embassies.";
        final DenialMatcher.Match m = matcher.affirmedIn(matcher.deniedSubject(denial(neg, neg), neg), aff);
        assertThat(m).isNotNull();
        assertThat(m.subject()).containsExactlyInAnyOrder("direct", "=air-link");
        assertThat(m.sentence().text()).startsWith("They also agreed");
    }

    @Test
    void shouldLeaveTheFramingOfADenialOutOfItsSubject() {
        assertThat(matcher.subject("The question of gas prices did not come up during the conversation."))
                .containsExactlyInAnyOrder("ga", "=price");
        assertThat(matcher.subject("A hotline between the coast guards was not on the agenda of this meeting and was not discussed."))
                .containsExactlyInAnyOrder("=hotline", "coast", "guard");
    }

    @Test
    void shouldTakeAnAnaphoricDenialsSubjectFromTheQuestionItAnswers() {
        final String text = "The ministers discussed trade. I will now take your questions. Question: The Canadian readout "
                + "says the Minister raised Canada's concerns about transnational repression. Was this discussed, and how "
                + "did EAM respond? Official Spokesperson: I have seen the readout. Let me be very clear: no such issue "
                + "was raised in the meeting.";
        final Claim c = denial(text, "Let me be very clear: no such issue was raised in the meeting.");
        assertThat(matcher.deniedSubject(c, text)).contains("canadian", "=concern", "transnat", "repress")
                .doesNotContain("eam", "respond", "seen");
        assertThat(matcher.affirmedIn(matcher.deniedSubject(c, text), "The Minister raised Canada's concerns regarding "
                + "transnational repression and underscored that the rule of law is non-negotiable.")).isNotNull();
    }

    @Test
    void shouldReadADenialOfAReportedRemarkThroughTheQuestionItAnswers() {
        final String text = "We welcome the talks. QUESTION: The other side's readout says the Minister promised to lift "
                + "the export ban on fertiliser. Is that accurate? SPOKESPERSON: The Minister made no such statement during "
                + "the meeting.";
        assertThat(matcher.wordedDenials(text)).singleElement()
                .satisfies(d -> assertThat(d.subject()).contains("export", "ban", "fertilis"));
        assertThat(matcher.wordedDenials("The Minister made no statement to the press after the meeting on the lease."))
                .isEmpty();
    }

    @Test
    void shouldTakeAQuestionsSubjectFromItsOwnTurnAndTheReportedPoint() {
        final String text = "Q: The Premier will visit the northern provinces next month. Could you give details? A: The "
                + "visit will focus on flood relief and rural schools. We will publish the programme soon. Baltic Radio: "
                + "According to the Finnish readout, the Estonian minister explained that fishing quotas in the Gulf "
                + "would be raised next season. Can you confirm this? A: I have nothing to add. The Estonian side made "
                + "no such undertaking.";
        assertThat(matcher.wordedDenials(text)).singleElement().satisfies(d -> {
            assertThat(d.subject()).contains("fish", "quota", "gulf")
                    .doesNotContain("baltic", "radio", "accord", "finnish", "flood", "school", "programm");
            assertThat(matcher.affirmedIn(d.subject(), "The ministers agreed that fishing quotas in the Gulf would be "
                    + "raised next season.")).isNotNull();
        });
    }

    @Test
    void shouldMatchTheEndOfAProcedureWordedAsClosingOrTerminating() {
        final String neg = "No commitment was made to terminate the review of steel tariffs.";
        assertThat(matcher.affirmedIn(matcher.deniedSubject(denial(neg, neg), neg),
                "The ministry said it would close the review of steel tariffs by June.")).isNotNull();
        assertThat(matcher.affirmedIn(matcher.deniedSubject(denial(neg, neg), neg),
                "The ministry said it would close the consulate in Tartu.")).isNull();
    }

    @Test
    void shouldResolveAnAnaphoricDenialWithoutAQuestionToTheSentenceBefore() {
        final String text = "The topic of direct air communication was not raised. There was no such discussion between the presidents.";
        assertThat(matcher.deniedSubject(denial(text, "There was no such discussion between the presidents."), text))
                .containsExactlyInAnyOrder("direct", "=air-link");
    }

    @Test
    void shouldNotMatchAnUnrelatedNegatedOrQuestioningSentence() {
        final String neg = "The question of gas prices did not come up.";
        final var subject = matcher.deniedSubject(denial(neg, neg), neg);
        assertThat(matcher.affirmedIn(subject, "The presidents discussed the Akkuyu nuclear power plant.")).isNull();
        assertThat(matcher.affirmedIn(subject, "Gas prices were not discussed.")).isNull();
        assertThat(matcher.affirmedIn(subject, "Did they discuss gas prices?")).isNull();
    }

    @Test
    void shouldNotMatchADenialWithoutASubject() {
        final String neg = "There was no such discussion.";
        assertThat(matcher.affirmedIn(matcher.deniedSubject(denial(neg, neg), neg), "They discussed gas prices.")).isNull();
    }

    @Test
    void shouldReadAThingSaidToStayAsDenyingItsRemoval() {
        final DenialMatcher.Reversal r = matcher.reversal(
                "With regard to the fences, the Thai side made clear that the barriers installed within Thai territory will remain in place.",
                "The sides met. The Thai side agreed to remove the barbed-wire fences and other obstacles installed near villages, so that residents can return.");
        assertThat(r).isNotNull();
        assertThat(r.object()).containsExactly("=barrier", "obstacl", "instal");
        assertThat(r.ended().text()).startsWith("The Thai side agreed to remove");
    }

    @Test
    void shouldReadAStateSaidToRemainUnchangedAsDenyingItsLifting() {
        final DenialMatcher.Reversal r = matcher.reversal(
                "At the session the Danish delegation made clear that the rules on harbour access for Faroese trawlers "
                        + "remain unchanged.",
                "The commission closed. Denmark agreed to lift the restrictions on harbour calls by Faroese trawlers, "
                        + "the ministry said.");
        assertThat(r).isNotNull();
        assertThat(r.object()).contains("restrict", "harbour");
        assertThat(matcher.reversal("The visa regime for students stays in place.",
                "The ministers agreed to scrap the visa regime for students.")).isNotNull();
        assertThat(matcher.reversal("Our position on the fishing zone remains unchanged.",
                "Denmark agreed to lift the restrictions on harbour calls by Faroese trawlers.")).isNull();
    }

    @Test
    void shouldMatchAnActionDeniedInThePassiveOnlyWithTheSameActionAffirmed() {
        final String neg = "The creditors met in Rome. Penalty interest accrued during the moratorium will not be "
                + "written off; it will be added to the rescheduled amounts.";
        final DenialMatcher.Denial d = matcher.wordedDenials(neg).get(0);
        assertThat(d.subject()).contains("penalti", "interest", "moratorium");
        assertThat(matcher.affirmedIn(d.subject(), d.action(),
                "The lenders agreed to forgive the penalty interest accrued during the moratorium.")).isNotNull();
        assertThat(matcher.affirmedIn(d.subject(), d.action(),
                "The lenders agreed to reschedule the penalty interest accrued during the moratorium.")).isNull();
        assertThat(matcher.wordedDenials("Offal and other by-products will not be included in the protocol.")).isEmpty();
        assertThat(matcher.wordedDenials("Offal and other by-products are not exported under the protocol.")).isEmpty();
        final String past = "Officials said that the export duties on grain were not lifted at the meeting.";
        assertThat(matcher.affirmedIn(matcher.wordedDenials(past).get(0).subject(), matcher.wordedDenials(past).get(0).action(),
                "Both governments agreed to lift export duties on grain from July.")).isNotNull();
    }

    @Test
    void shouldIgnoreANegationInARelativeClauseOfTheAffirmingSentence() {
        final Set<String> subject = Set.of("pipelin", "repair", "suspend");
        assertThat(matcher.affirmedIn(subject, "The sides agreed that repairs to the pipeline along the stretch that has "
                + "not yet been surveyed will be suspended.")).isNotNull();
        assertThat(matcher.affirmedIn(subject, "Repairs to the pipeline that were begun last year will not be "
                + "suspended.")).isNull();
        assertThat(matcher.affirmedIn(subject, "The sides agreed that repairs to the pipeline will not be suspended."))
                .isNull();
        assertThat(matcher.affirmedIn(subject, "Repairs to the pipeline will be suspended in the districts which haven't "
                + "been mapped.")).isNotNull();
    }

    @Test
    void shouldLeaveWhoReportsADenialOutOfItsSubject() {
        final String neg = "Asked by reporters after the dinner, the spokesman stressed that the status of the Kurdish "
                + "minority had not been touched upon.";
        assertThat(matcher.deniedSubject(denial(neg, neg), neg)).contains("kurdish", "minor")
                .doesNotContain("ask", "report", "dinner", "spokesman", "upon");
        assertThat(matcher.affirmedIn(matcher.deniedSubject(denial(neg, neg), neg),
                "Our minister conveyed his concerns about the rights of the Kurdish minority, and this point was put on "
                        + "the table.")).isNotNull();
    }

    @Test
    void shouldNotReadPersistenceAsDenyingTheRemovalOfSomethingElse() {
        assertThat(matcher.reversal("The barriers installed within Thai territory will remain in place.",
                "Both sides agreed to withdraw heavy weapons from the border line.")).isNull();
        assertThat(matcher.reversal("The barriers installed within Thai territory were discussed.",
                "The Thai side agreed to remove the barbed-wire fences and other obstacles installed near villages.")).isNull();
    }

    @Test
    void shouldFindTheSubjectOfACommitmentDeniedInWordsWithoutACue() {
        final String neg = "The ministers met in Geneva. Chile made no commitment in Geneva to supply any lithium concentrate; "
                + "reports to the contrary are wrong.";
        assertThat(matcher.wordedDenials(neg)).singleElement()
                .satisfies(d -> assertThat(d.subject()).contains("lithium", "concentr").doesNotContain("chile"));
        final String aff = "Chile has undertaken to provide the buyers with lithium concentrate from next year.";
        assertThat(matcher.affirmedIn(matcher.wordedDenials(neg).get(0).subject(), aff)).isNotNull();
    }

    @Test
    void shouldTakeTheSubjectOfAnAnaphoricDenialFromTheClaimItDismisses() {
        final String neg = "The spokesman dismissed claims that Colombia had pledged to open its fishing grounds to foreign trawlers, "
                + "saying no such commitment had been made.";
        assertThat(matcher.wordedDenials(neg)).singleElement()
                .satisfies(d -> assertThat(d.subject()).contains("fish", "ground", "trawler").doesNotContain("colombia"));
    }

    @Test
    void shouldReadAnEventSaidNotToHaveTakenPlace() {
        final String neg = "There had been no direct contact between the Chilean and Colombian negotiators at any point.";
        final String aff = "The two negotiators met directly for an hour on the second day.";
        assertThat(matcher.affirmedIn(matcher.wordedDenials(neg).get(0).subject(), aff)).isNotNull();
        assertThat(matcher.affirmedIn(matcher.wordedDenials(neg).get(0).subject(),
                "The negotiators exchanged messages through the hosts.")).isNull();
    }

    @Test
    void shouldMatchAThingSaidToHaveHadNoPartWithTheSentenceThatPutsItToUse() {
        for (String neg : List.of("The police said that no tear gas was used during the operation.",
                "Throughout the clearance operation, the ministry added, no tear gas had been employed.",
                "No tear gas was or will be deployed against the strikers.")) {
            final List<DenialMatcher.Denial> denials = matcher.wordedDenials(neg);
            assertThat(denials).as(neg).singleElement()
                    .satisfies(d -> assertThat(d.subject()).containsExactlyInAnyOrder("tear", "ga"));
            assertThat(matcher.affirmedIn(denials.get(0).subject(), denials.get(0).action(),
                    "Riot police fired tear gas at the strikers outside the port gates.")).as(neg).isNotNull();
            assertThat(matcher.affirmedIn(denials.get(0).subject(), denials.get(0).action(),
                    "Riot police dispersed the strikers outside the port gates.")).as(neg).isNull();
        }
    }

    @Test
    void shouldAskADeniedHandoverOfAThingToBeAffirmedWithTheHandoverInAnyWording() {
        final String neg = "The minister recalled that the airport remains a public asset and that no airport concession "
                + "has been or will be ceded to a foreign company.";
        final DenialMatcher.Denial d = matcher.wordedDenials(neg).get(0);
        assertThat(d.subject()).contains("airport", "concess").doesNotContain("foreign", "compani");
        assertThat(matcher.affirmedIn(d.subject(), d.action(),
                "The government agreed to allocate the airport concession to a consortium led by Vinci.")).isNotNull();
        assertThat(matcher.affirmedIn(d.subject(), d.action(),
                "The transfer of the airport concession to the consortium will be completed in May.")).isNotNull();
        assertThat(matcher.affirmedIn(d.subject(), d.action(),
                "The government agreed to extend the airport concession by ten years.")).isNull();
    }

    @Test
    void shouldNotReadAFramedNegationOrAScopeAsAThingWithNoPart() {
        assertThat(matcher.wordedDenials("No agreement was reached on the ferry link.")).isEmpty();
        assertThat(matcher.wordedDenials("No frozen offal products are included in the quota.")).isEmpty();
    }

    @Test
    void shouldNarrowAFrontedTopicOfAnAnaphoricDenialToTheClauseBeforeThatNamesIt() {
        final String text = "Reporter: Local media reported that the two sides agreed to open a consulate in Bergen and "
                + "that Norway will fund the new harbour cranes in Valparaiso. Is that accurate? Spokesperson: The visit "
                + "was a success. As for the funding you referred to, Norway gave no such undertaking.";
        assertThat(matcher.wordedDenials(text)).singleElement().satisfies(d -> assertThat(d.subject())
                .contains("fund", "harbour", "crane").doesNotContain("consul", "bergen", "open"));
        assertThat(matcher.affirmedIn(matcher.wordedDenials(text).get(0).subject(),
                "The Norwegian side confirmed that it will provide funding for the harbour cranes.")).isNotNull();
        assertThat(matcher.affirmedIn(matcher.wordedDenials(text).get(0).subject(),
                "The two sides agreed to open a consulate in Bergen.")).isNull();
    }

    @Test
    void shouldNotReadAPlainNegationOrAQuestionAsAWordedDenial() {
        assertThat(matcher.wordedDenials("The fishing grounds were not discussed. Was there no commitment on trawlers?"))
                .isEmpty();
    }

    @Test
    void shouldKeepAQuestionSentenceThatNamesItsSubjectEvenWithAPronounInIt() {
        final String text = "Reuters: The Norwegian minister told reporters that Chile had agreed it would cap salmon "
                + "exports to Europe at current levels. Is that correct? A: Chile gave no such undertaking.";
        assertThat(matcher.wordedDenials(text)).singleElement()
                .satisfies(d -> assertThat(d.subject()).contains("salmon", "cap", "europ"));
        final String asked = "Q: Israeli media report that it was the Egyptian side that proposed a hotline between the "
                + "two navies. Did the ministers discuss this? A: Let me be clear. No such commitment was made.";
        assertThat(matcher.wordedDenials(asked)).singleElement()
                .satisfies(d -> assertThat(d.subject()).contains("=hotline", "navi"));
    }

    @Test
    void shouldReadAnOrdinalOrADayAsFramingSoTheDenialPointsBackToTheQuestion() {
        final String text = "JOURNALIST: The Polish readout says the ministers raised the reopening of the Kuznica border "
                + "crossing. Was it discussed? SPOKESPERSON: Firstly, we do not comment on leaks. Secondly, this issue was "
                + "not discussed at yesterday's meeting.";
        final Claim c = denial(text, "Secondly, this issue was not discussed at yesterday's meeting.");
        assertThat(matcher.deniedSubject(c, text)).contains("=resume", "border", "cross").doesNotContain("secondli", "yesterdai");
        assertThat(matcher.affirmedIn(matcher.deniedSubject(c, text),
                "The ministers discussed the reopening of the border crossing at Kuznica.")).isNotNull();
    }

    @Test
    void shouldNotResolveADenialThatNamesItsOwnSubjectToTheQuestion() {
        final String text = "Q: Was the grain corridor discussed? A: Today the port fees were not discussed.";
        final Claim c = denial(text, "Today the port fees were not discussed.");
        assertThat(matcher.deniedSubject(c, text)).contains("port", "fee").doesNotContain("grain", "corridor");
    }
    @Test
    void shouldLeaveAnAttributionPutAfterTheDenialOutOfItsSubject() {
        for (String neg : new String[] {"No naval exercise with French ships was agreed, the official specified.",
                "No naval exercise with French ships was agreed, a spokesperson told reporters.",
                "No naval exercise with French ships was agreed, according to diplomatic sources in the capital."}) {
            final Claim c = claim("text.x", ClaimStatus.AGREED, neg).setPolarity(Polarity.NEGATED).setEvidenceStart(0).build();
            assertThat(matcher.deniedSubject(c, neg)).containsExactlyInAnyOrder("naval", "exercis", "ship");
        }
    }

    @Test
    void shouldTakeAnAnaphoricDenialsSubjectFromTheClaimThePrecedingSentenceReports() {
        final String neg = "The Government has seen press reports suggesting that Norway undertook to hand over the radar "
                + "records to the inquiry. It wishes to make clear that no such undertaking was given.";
        final DenialMatcher.Denial d = matcher.wordedDenials(neg).get(0);
        assertThat(d.subject()).contains("radar", "record", "inquiri").doesNotContain("press", "govern", "norwai");
        assertThat(matcher.affirmedIn(d.subject(), d.action(), "Oslo has agreed to share the radar records with the "
                + "inquiry, the ministry said.")).isNotNull();
        assertThat(matcher.affirmedIn(d.subject(), d.action(), "The press covered the visit of the Government delegation "
                + "widely.")).isNull();
    }

    @Test
    void shouldTellAClauseThatNegatesInItsOwnVoiceFromOneThatDescribesANoun() {
        assertThat(DenialMatcher.negatesInOwnVoice("The republic will not enter into talks on the dispute.")).isTrue();
        assertThat(DenialMatcher.negatesInOwnVoice("They agreed to demine the sector that has not been cleared.")).isFalse();
    }

    @Test
    void shouldTakeTheSubjectOfACorrectionFromWhatItCorrects() {
        final String neg = "The Ministry denies that any agreement on the withdrawal of troops was reached in Bamako.";
        assertThat(matcher.deniedSubject(denial(neg, neg), neg)).contains("withdraw", "troop")
                .doesNotContain("ministri", "deni", "reach");
        assertThat(matcher.affirmedIn(matcher.deniedSubject(denial(neg, neg), neg),
                "The two governments agreed on the withdrawal of foreign troops by the end of the year.")).isNotNull();
    }

    @Test
    void shouldNotReadAnAffirmationWithNoDoubtAsADeniedEvent() {
        assertThat(matcher.wordedDenials("The President said there was no doubt that cooperation on energy will continue."))
                .isEmpty();
        assertThat(matcher.wordedDenials("There had been no direct contact between the two delegations.")).hasSize(1);
    }

    @Test
    void shouldLeaveTheIssuersNameForItselfOutOfADeniedSubjectAndMatchAHaltAsASuspension() {
        final String neg = "Deportations continue under the law; the Government made no commitment to halt the convoys.";
        final Claim c = denial(neg, "the Government made no commitment to halt the convoys.");
        final java.util.Set<String> subject = matcher.withoutSpeaker(matcher.deniedSubject(c, neg), "Presidency of Kenya");
        assertThat(subject).doesNotContain("govern");
        assertThat(matcher.affirmedIn(subject, "The Kenyan side committed to suspending the convoys during the review."))
                .isNotNull();
        assertThat(matcher.affirmedIn(subject, "The Kenyan side committed to escorting the convoys during the review."))
                .isNull();
    }

    @Test
    void shouldTakeTheQuestionOfALeadInAsPartOfWhatTheAnswerDenies() {
        final String text = "The presidents spoke by telephone. Asked whether the presidents had discussed electricity "
                + "exports to Latvia, the spokesman said: \"No, the topic was not discussed this time.\"";
        final Claim c = denial(text, "\"No, the topic was not discussed this time.\"");
        assertThat(matcher.deniedSubject(c, text)).contains("electr", "export").doesNotContain("time", "spokesman");
        final String answer = "Asked by journalists whether the consultations had also addressed export quotas on rare "
                + "earths, a spokesperson said that raw materials had not been discussed at the consultations.";
        assertThat(matcher.wordedDenials(answer)).singleElement()
                .satisfies(d -> assertThat(d.subject()).contains("raw", "export", "quota", "rare", "earth")
                        .doesNotContain("consult", "journalist"));
        assertThat(matcher.wordedDenials("Asked about the Prime Minister's schedule, the spokesperson said he would "
                + "travel to Tartu on Thursday.")).isEmpty();
    }

    @Test
    void shouldReadAReportCalledUntrueAsADenialOfWhatItReports() {
        final String text = "The talks were held in Oslo. The claim that the Norwegian side lodged a protest at the talks "
                + "over the arrest of fishing vessels does not correspond to reality.";
        assertThat(matcher.wordedDenials(text)).singleElement().satisfies(d -> {
            assertThat(d.subject()).contains("lodg", "protest", "arrest", "fish", "vessel");
            assertThat(matcher.affirmedIn(d.subject(), "The Norwegian side lodged a strong protest over the arrest of "
                    + "two fishing vessels near Svalbard.")).isNotNull();
        });
        final String anaphoric = "Question: The Estonian ministry says its Minister told our Minister that dredging by "
                + "foreign vessels must stop completely as a precondition for any settlement. Was this conveyed? "
                + "Spokesperson: The conversation was warm. The suggestion that any precondition of that kind was put to "
                + "the Minister is incorrect.";
        assertThat(matcher.wordedDenials(anaphoric)).singleElement()
                .satisfies(d -> assertThat(d.subject()).contains("precondit", "dredg", "stop"));
        assertThat(matcher.wordedDenials("The claim was discussed. Their reports are detailed.")).isEmpty();
    }

    @Test
    void shouldTakeOnlyTheNegatedConjunctWidenedByTheQuestionItAnswers() {
        final String text = "Reuters: The Kyrgyz ministry said that yesterday's meeting discussed the financing of the "
                + "northern section of the canal. Can you confirm? Spokesperson: The loan terms have already been settled "
                + "in the intergovernmental agreements, and the issue of financing was not discussed at yesterday's meeting.";
        final Claim c = denial(text, "The loan terms have already been settled in the intergovernmental agreements, and "
                + "the issue of financing was not discussed at yesterday's meeting.");
        assertThat(matcher.deniedSubject(c, text)).contains("financ", "northern", "section", "canal")
                .doesNotContain("loan", "settl", "intergovernment");
        assertThat(DenialMatcher.negatedConjunct("The terms were settled, and the loan was not discussed."))
                .isEqualTo("the loan was not discussed.");
        assertThat(DenialMatcher.negatedConjunct("The loan was not discussed, and the terms were not settled."))
                .isEqualTo("The loan was not discussed, and the terms were not settled.");
    }

    @Test
    void shouldReadNoChangeInTheStatusOfAThingAsADenialAboutTheThing() {
        final String text = "Let me be clear: there has been no change in the status of the Narva border crossing.";
        assertThat(matcher.wordedDenials(text)).singleElement()
                .satisfies(d -> assertThat(d.subject()).containsExactly("narva", "border", "cross"));
        assertThat(DenialMatcher.deniesAChange(text)).isTrue();
        assertThat(DenialMatcher.deniesAChange("There has been no contact between the delegations.")).isFalse();
    }

    @Test
    void shouldReadAnExclusiveAgendaOnlyWithAWordOfExclusivity() {
        assertThat(matcher.exclusiveAgenda("The leaders spoke. The conversation focused exclusively on trade and energy."))
                .satisfies(a -> assertThat(a.matters()).containsExactly("trade", "energi"));
        assertThat(matcher.exclusiveAgenda("The consultations, which were devoted solely to export controls, ended."))
                .isNotNull();
        assertThat(matcher.exclusiveAgenda("The conversation focused on trade and energy.")).isNull();
        assertThat(matcher.exclusiveAgenda("Imports were limited exclusively to grain.")).isNull();
    }
}
