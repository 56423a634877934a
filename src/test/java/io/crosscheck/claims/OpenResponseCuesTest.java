package io.crosscheck.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The constructions that leave a matter open, read on clause words, and what they do to a topic's status. */
class OpenResponseCuesTest {

    private static List<String> open(String clause) {
        final List<Token> tokens = Extraction.EXTRACTOR.analyzer().tokens(clause);
        return OpenResponseCues.find(tokens).stream()
                .map(c -> clause.substring(tokens.get(c.from()).start(), tokens.get(c.to() - 1).end()))
                .toList();
    }

    @Test
    void shouldFindADeliberationWhateverItsAdverbsOrVoice() {
        assertThat(open("Seoul will positively review the proposal")).containsExactly("will positively review");
        assertThat(open("Ankara would very carefully study it")).containsExactly("would very carefully study");
        assertThat(open("The request shall be duly considered by the cabinet")).containsExactly("shall be duly considered");
        assertThat(open("The ministry is currently looking into the matter")).containsExactly("is currently looking into");
        assertThat(open("Beijing is ready to analyse the concerns of the other side")).containsExactly("ready to analyse");
        assertThat(open("The delegation took the text for further study")).containsExactly("for further study");
        assertThat(open("The application remains under review")).containsExactly("under review");
    }

    @Test
    void shouldFindADecisionPutOffToLater() {
        assertThat(open("The timetable will be finalised by the joint commission")).containsExactly("will be finalised");
        assertThat(open("The venue is yet to be agreed")).containsExactly("to be agreed");
        assertThat(open("The modalities would be worked out by experts")).containsExactly("would be worked out");
    }

    @Test
    void shouldNotTakeACheckOnWhatIsUnderWayOrANewBodyForAnOpenMatter() {
        assertThat(open("The commission will review the implementation of the truce")).isEmpty();
        assertThat(open("A joint secretariat will be set up in Riyadh")).isEmpty();
        assertThat(open("The minister is looking forward to the visit")).isEmpty();
        assertThat(open("The sides will hold the talks in May")).isEmpty();
        assertThat(open("Topics to be studied include water")).isEmpty();
    }

    @Test
    void shouldReadATopicUnderAnOpenResponseAsUndecided() {
        assertThat(Extraction.claim("XX", "The government would seriously review the proposal for a prisoner exchange.",
                "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "The date of the prisoner exchange will be determined by the two ministries.",
                "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "In response to the proposal for a prisoner exchange, the President said that his "
                + "country would favourably review it.", "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "The sides agreed on a prisoner exchange, which the commission will review next "
                + "month.", "prisoner-exchange").getStatus()).isEqualTo(io.crosscheck.avro.ClaimStatus.AGREED);
    }

    @Test
    void shouldFindAGapOnlyPartlyClosedAndTheLeftoversOfANegotiation() {
        assertThat(open("The delegations narrowed their differences over the fishing quotas")).containsExactly("narrowed their differences");
        assertThat(open("The round produced a narrowing of the gaps on tariffs")).containsExactly("narrowing of the gaps");
        assertThat(open("Both teams significantly reduced their disagreements")).containsExactly("reduced their disagreements");
        assertThat(open("The remaining technical issues will be taken up in May")).containsExactly("remaining technical issues");
        assertThat(open("Outstanding legal and financial questions go to the experts")).containsExactly("Outstanding legal and financial questions");
        assertThat(open("Negotiators listed the unresolved points")).containsExactly("unresolved points");
    }

    @Test
    void shouldNotTakeANarrowingOfSomethingElseOrALeftoverThatIsNoMatterForAnOpenMatter() {
        assertThat(open("The sides agreed to reduce tariffs on steel")).isEmpty();
        assertThat(open("The corridor was narrowed to two kilometres")).isEmpty();
        assertThat(open("The remaining 200 detainees were released")).isEmpty();
        assertThat(open("Outstanding payments to the suppliers were settled")).isEmpty();
        assertThat(open("The two leaders reduced the trade deficit")).isEmpty();
        assertThat(open("Kyiv called the meeting in order to resolve the outstanding trade issues")).isEmpty();
        assertThat(open("The ministers will seek to address all remaining concerns")).isEmpty();
    }

    @Test
    void shouldReadATopicWhoseDifferencesWereOnlyNarrowedAsUndecided() {
        assertThat(Extraction.claim("XX", "The negotiators narrowed their differences on the prisoner exchange, and the remaining "
                + "issues will be taken up at the next round.", "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "Outstanding questions on the prisoner exchange will be addressed at the next meeting.",
                "prisoner-exchange").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "The talks reduced the gaps over tariffs, with the remaining points left to the experts.",
                "tariffs").getAction()).isEqualTo(StatusReader.UNDECIDED);
        assertThat(Extraction.claim("XX", "The sides agreed on a prisoner exchange and said the remaining issues of the border "
                + "would be discussed later.", "prisoner-exchange").getStatus()).isEqualTo(io.crosscheck.avro.ClaimStatus.AGREED);
    }

    @Test
    void shouldFindATextWaitingForAnotherBodysDecision() {
        assertThat(open("The text will be submitted to the cabinet for approval")).containsExactly("for approval");
        assertThat(open("The accord was referred to parliament for ratification")).containsExactly("for ratification");
        assertThat(open("The deal remains pending endorsement by the assembly")).containsExactly("pending endorsement");
        assertThat(open("The ministers voted for approval of the budget")).isEmpty();
    }
    @Test
    void shouldFindTalksStillToBeConcludedButNotAWorkStillToBeCompleted() {
        assertThat(open("He said that negotiations on participation in the instrument would be concluded in the coming weeks"))
                .containsExactly("would be concluded");
        assertThat(open("The consultations will be completed next month")).containsExactly("will be completed");
        assertThat(open("The construction of the railway will be completed in 2027")).isEmpty();
        assertThat(open("The agreement will be concluded for ten years")).isEmpty();
    }
}
