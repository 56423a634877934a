package io.crosscheck.grouping;

import io.crosscheck.avro.EventCandidate;
import io.crosscheck.avro.Statement;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventGrouperTest {

    private final EventGrouper grouper = new EventGrouper(new ContentTerms(), Duration.ofHours(72), Duration.ofDays(14));

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
}
