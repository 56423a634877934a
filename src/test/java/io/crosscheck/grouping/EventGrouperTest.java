package io.crosscheck.grouping;

import io.crosscheck.avro.EventCandidate;
import io.crosscheck.avro.Statement;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventGrouperTest {

    private final EventGrouper grouper = new EventGrouper(new ContentTerms(Participants.load().aliases()), Duration.ofHours(72), Duration.ofDays(14));

    private static Statement statement(String id, String issuer, String at, String text) {
        return Statement.newBuilder().setStatementId(id).setIssuer(issuer)
                .setPublishedAt(Instant.parse(at)).setText(text).build();
    }

    private static final String CALL_US = "President Trump spoke with President Putin about a ceasefire on energy "
            + "infrastructure, negotiations on maritime navigation in the Black Sea and a prisoner exchange.";
    private static final String CALL_RU = "Putin and Trump discussed a halt on strikes against energy infrastructure, "
            + "navigation in the Black Sea, and an exchange of prisoners of war.";
    private static final String HOSTAGE_MEETING = "The ambassador met the foreign minister to discuss the detention of "
            + "a journalist and consular access to him in prison.";

    @Test
    void shouldPutReadoutsOfOneCallInOneEvent() {
        EventGrouper.Assignment first = grouper.assign("RU-US", statement("us", "White House", "2025-03-18T19:30:00Z", CALL_US), List.of());
        EventGrouper.Assignment second = grouper.assign("RU-US", statement("ru", "Kremlin", "2025-03-18T19:10:00Z", CALL_RU), first.openEvents());

        assertThat(second.eventId()).isEqualTo(first.eventId());
        assertThat(second.openEvents()).hasSize(1);
        assertThat(second.openEvents().get(0).getIssuers()).containsExactlyInAnyOrder("White House", "Kremlin");
    }

    @Test
    void shouldKeepDifferentEventsOfTheSameDayApart() {
        EventGrouper.Assignment call = grouper.assign("RU-US", statement("us", "White House", "2025-03-18T19:30:00Z", CALL_US), List.of());
        EventGrouper.Assignment meeting = grouper.assign("RU-US",
                statement("ru-2", "Kremlin", "2025-03-18T20:00:00Z", HOSTAGE_MEETING), call.openEvents());

        assertThat(meeting.eventId()).isNotEqualTo(call.eventId());
        assertThat(meeting.openEvents()).hasSize(2);
    }

    @Test
    void shouldLetANextDayFollowUpJoinTheEventItAnswers() {
        EventGrouper.Assignment call = grouper.assign("RU-US", statement("us", "White House", "2025-03-18T19:30:00Z", CALL_US), List.of());
        EventGrouper.Assignment meeting = grouper.assign("RU-US",
                statement("ru-2", "Kremlin", "2025-03-18T20:00:00Z", HOSTAGE_MEETING), call.openEvents());
        EventGrouper.Assignment followUp = grouper.assign("RU-US", statement("ru-3", "Kremlin", "2025-03-19T09:00:00Z",
                "The Kremlin said the ceasefire on energy infrastructure discussed by Putin and Trump does not cover the Black Sea."),
                meeting.openEvents());

        assertThat(followUp.eventId()).isEqualTo(call.eventId());
    }

    @Test
    void shouldOpenANewEventOutsideTheWindow() {
        EventGrouper.Assignment call = grouper.assign("RU-US", statement("us", "White House", "2025-03-18T19:30:00Z", CALL_US), List.of());
        EventGrouper.Assignment later = grouper.assign("RU-US", statement("ru", "Kremlin", "2025-03-25T19:10:00Z", CALL_RU), call.openEvents());

        assertThat(later.eventId()).isNotEqualTo(call.eventId());
    }

    @Test
    void shouldNameInferredEventsDeterministically() {
        Statement s = statement("us", "White House", "2025-03-18T19:30:00Z", CALL_US);
        assertThat(grouper.assign("RU-US", s, List.of()).eventId())
                .isEqualTo(grouper.assign("RU-US", s, List.of()).eventId())
                .startsWith("ru-us-2025-03-18-");
    }

    @Test
    void shouldExpireEventsPastRetention() {
        EventCandidate old = grouper.assign("RU-US", statement("us", "White House", "2025-03-18T19:30:00Z", CALL_US), List.of())
                .openEvents().get(0);

        assertThat(EventGrouper.expire(List.of(old), Instant.parse("2025-03-20T00:00:00Z"), Duration.ofDays(14))).hasSize(1);
        assertThat(EventGrouper.expire(List.of(old), Instant.parse("2025-04-20T00:00:00Z"), Duration.ofDays(14))).isEmpty();
    }
    @Test
    void shouldCompareANewcomerWithEachReadoutNotWithTheirPooledWords() {
        // Three readouts of a trade round together use many words; a ministers' call two days later
        // shares one word with each of them (three with their union), not its subject.
        String tradeCn = "The commerce ministry said the trade teams reached consensus in Kuala Lumpur on tariff "
                + "reductions for soybeans and on export licences for rare earth magnets.";
        String tradeUs = "The Trade Representative said negotiators in Kuala Lumpur agreed on soybean purchases, "
                + "lower tariffs on machinery and a review of export licences.";
        String tradeAgency = "Xinhua reported that the trade consultations produced consensus on tariff cuts, "
                + "soybean purchases, export licences for rare earths and fentanyl.";
        String ministersCall = "Wang Yi told the Secretary of State by phone that Taiwan is a red line, urged restraint "
                + "in the South China Sea and raised magnets, machinery and fentanyl.";
        EventGrouper.Assignment a = grouper.assign("CN-US", statement("cn-1", "MOFCOM", "2026-03-09T03:00:00Z", tradeCn), List.of());
        EventGrouper.Assignment b = grouper.assign("CN-US", statement("us-1", "USTR", "2026-03-09T15:30:00Z", tradeUs), a.openEvents());
        EventGrouper.Assignment c = grouper.assign("CN-US", statement("cn-2", "Xinhua", "2026-03-09T16:00:00Z", tradeAgency), b.openEvents());
        EventGrouper.Assignment call = grouper.assign("CN-US", statement("cn-3", "MFA", "2026-03-11T13:00:00Z", ministersCall), c.openEvents());

        assertThat(b.eventId()).isEqualTo(a.eventId());
        assertThat(c.eventId()).isEqualTo(a.eventId());
        assertThat(call.eventId()).isNotEqualTo(a.eventId());
        assertThat(c.openEvents().get(0).getMemberTerms()).hasSize(3);
    }

    @Test
    void shouldStillJoinAnEventStoredWithPooledTermsOnly() {
        // State written before per-statement terms existed carries only the union of terms.
        EventCandidate legacy = EventCandidate.newBuilder()
                .setEventId("ru-us-2025-03-18-legacy")
                .setFirstSeen(Instant.parse("2025-03-18T19:30:00Z"))
                .setLastSeen(Instant.parse("2025-03-18T19:30:00Z"))
                .setIssuers(List.of("White House"))
                .setTerms(List.copyOf(new ContentTerms(Participants.load().aliases()).of(CALL_US)))
                .build();
        EventGrouper.Assignment joined = grouper.assign("RU-US", statement("ru", "Kremlin", "2025-03-18T19:10:00Z", CALL_RU), List.of(legacy));

        assertThat(joined.eventId()).isEqualTo("ru-us-2025-03-18-legacy");
        assertThat(joined.openEvents().get(0).getMemberTerms()).hasSize(2);
    }
    @Test
    void shouldKeepAMeetingApartFromAPhoneCallOnTheSameSubjectsDaysEarlier() {
        EventGrouper.Assignment call = grouper.assign("RU-US", statement("us", "White House", "2025-03-18T19:30:00Z",
                "President Trump held a phone call with President Putin about a ceasefire on energy infrastructure and navigation in the Black Sea."),
                List.of());
        EventGrouper.Assignment talks = grouper.assign("RU-US", statement("ru", "Kremlin", "2025-03-20T12:00:00Z",
                "The foreign ministers met on the sidelines of a forum and discussed the ceasefire on energy infrastructure and navigation in the Black Sea."),
                call.openEvents());
        EventGrouper.Assignment secondReadoutOfTheTalks = grouper.assign("RU-US", statement("us-2", "State Department", "2025-03-20T15:00:00Z",
                "The Secretary met his Russian counterpart on the sidelines of the forum to discuss the ceasefire on energy infrastructure and Black Sea navigation."),
                talks.openEvents());

        assertThat(talks.eventId()).isNotEqualTo(call.eventId());
        assertThat(secondReadoutOfTheTalks.eventId()).isEqualTo(talks.eventId());
        assertThat(secondReadoutOfTheTalks.openEvents()).extracting(EventCandidate::getContactFormat)
                .containsExactlyInAnyOrder("REMOTE", "IN_PERSON");
    }

    @Test
    void shouldLetAStatementThatNamesNoContactJoinEitherKind() {
        EventGrouper.Assignment call = grouper.assign("RU-US", statement("us", "White House", "2025-03-18T19:30:00Z",
                "President Trump held a phone call with President Putin about a ceasefire on energy infrastructure and navigation in the Black Sea."),
                List.of());
        EventGrouper.Assignment followUp = grouper.assign("RU-US", statement("ru", "Kremlin", "2025-03-19T09:00:00Z",
                "The Kremlin said the ceasefire on energy infrastructure does not cover navigation in the Black Sea."), call.openEvents());

        assertThat(followUp.eventId()).isEqualTo(call.eventId());
        assertThat(followUp.openEvents().get(0).getContactFormat()).isEqualTo("REMOTE");
    }
}
