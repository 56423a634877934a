package io.crosscheck.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportedSpeechReaderTest {

    @Test
    void shouldCreditReportedSpeechToItsSpeaker() {
        assertThat(Extraction.claim("US", "Peskov said the Kremlin denied any talks on sanctions.", "sanctions").getAssertedBy())
                .isEqualTo("RU");
        assertThat(Extraction.claim("US", "According to Moscow, the prisoner exchange is delayed.", "prisoner-exchange")
                .getAssertedBy()).isEqualTo("RU");
    }

    @Test
    void shouldLeaveTheIssuersOwnWordsUnattributed() {
        assertThat(Extraction.claim("US", "The President said sanctions will stay.", "sanctions").getAssertedBy()).isNull();
    }

    @Test
    void shouldNotReadANounAfterAnArticleAsTheNamedSidesSpeech() {
        assertThat(Extraction.claim("AZ", "The Minister underlined that signing the peace agreement is possible only after "
                + "Armenia removes the territorial claims from its Constitution.", "peace-settlement").getAssertedBy()).isNull();
    }

    @Test
    void shouldNotReadATitleContainingStateAsSpeech() {
        assertThat(Extraction.claim("RU", "The Foreign Minister discussed sanctions relief with the US Secretary of State.",
                "sanctions").getAssertedBy()).isNull();
    }
}
