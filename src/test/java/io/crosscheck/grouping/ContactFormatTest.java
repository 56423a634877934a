package io.crosscheck.grouping;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactFormatTest {

    @Test
    void shouldReadACallFromTheOpeningSentence() {
        assertThat(ContactFormat.of("On May 4, the Foreign Minister held a telephone conversation with his Danish counterpart. "
                + "They agreed to meet in Oslo next month.")).isEqualTo(ContactFormat.REMOTE);
        assertThat(ContactFormat.of("The Secretary spoke today with the Foreign Minister of Chile.")).isEqualTo(ContactFormat.REMOTE);
        assertThat(ContactFormat.of("The two ministers signed the protocol by videoconference.")).isEqualTo(ContactFormat.REMOTE);
        assertThat(ContactFormat.of("The Crown Prince received a phone call today from the Emir.")).isEqualTo(ContactFormat.REMOTE);
        assertThat(ContactFormat.of("The ministers held a video meeting on Tuesday.")).isEqualTo(ContactFormat.REMOTE);
    }

    @Test
    void shouldReadAMeetingFromTheOpeningSentence() {
        assertThat(ContactFormat.of("The President received the Prime Minister of Nepal at the palace.")).isEqualTo(ContactFormat.IN_PERSON);
        assertThat(ContactFormat.of("On the sidelines of the forum, the ministers held talks.")).isEqualTo(ContactFormat.IN_PERSON);
        assertThat(ContactFormat.of("The delegations held talks in Doha on Sunday.")).isEqualTo(ContactFormat.IN_PERSON);
        assertThat(ContactFormat.of("Dakar, 10 March. The Minister met his counterpart to review the fisheries agreement."))
                .isEqualTo(ContactFormat.IN_PERSON);
    }

    @Test
    void shouldNotTakeAMeetingYetToComeForTheContactReported() {
        assertThat(ContactFormat.of("The two leaders agreed in a telephone call that their ministers would hold a meeting in Riyadh."))
                .isEqualTo(ContactFormat.REMOTE);
        assertThat(ContactFormat.of("The Prime Minister invited the Chancellor to visit Rome in the autumn. The two spoke by phone."))
                .isEqualTo(ContactFormat.REMOTE);
    }

    @Test
    void shouldSayNothingWhenTheOpeningIsSilentMixedOrATranscript() {
        assertThat(ContactFormat.of("Spain and Morocco reaffirmed their partnership. The sides discussed migration."))
                .isEqualTo(ContactFormat.UNKNOWN);
        assertThat(ContactFormat.of("The ministers met in Geneva to follow up on their leaders' phone call."))
                .isEqualTo(ContactFormat.UNKNOWN);
        assertThat(ContactFormat.of("Q: Was the question of the islands raised during the meeting? A: It was not."))
                .isEqualTo(ContactFormat.UNKNOWN);
    }

    @Test
    void shouldFallBackOnTheTitleOnlyWhenTheTextIsSilent() {
        assertThat(ContactFormat.of("President in phone call with Saudi Crown Prince", "The two leaders discussed regional security."))
                .isEqualTo(ContactFormat.REMOTE);
        assertThat(ContactFormat.of("Leaders agree on a joint committee meeting",
                "The two presidents held a telephone conversation on Monday.")).isEqualTo(ContactFormat.REMOTE);
    }

    @Test
    void shouldKeepOnlyTwoKnownDifferentFormatsApart() {
        assertThat(ContactFormat.compatible(ContactFormat.REMOTE, ContactFormat.IN_PERSON)).isFalse();
        assertThat(ContactFormat.compatible(ContactFormat.UNKNOWN, ContactFormat.IN_PERSON)).isTrue();
        assertThat(ContactFormat.compatible(ContactFormat.REMOTE, ContactFormat.REMOTE)).isTrue();
        assertThat(ContactFormat.fromStored(null)).isEqualTo(ContactFormat.UNKNOWN);
    }
}
