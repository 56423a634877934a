package io.crosscheck.detect;

import io.crosscheck.avro.Approximation;
import io.crosscheck.avro.Quantity;
import org.junit.jupiter.api.Test;

import static io.crosscheck.detect.Claims.qty;
import static org.assertj.core.api.Assertions.assertThat;

class DateRoleTest {

    private static DateRole role(String evidence, String dateText) {
        final Quantity q = Quantity.newBuilder(qty(20_000, "date", Approximation.EXACT)).setText(dateText).build();
        return DateRole.of(evidence, q);
    }

    @Test
    void shouldReadAStartFromTheCueBeforeTheDate() {
        assertThat(role("The observer mission was officially launched on 2 March 2026.", "2 March 2026")).isEqualTo(DateRole.START);
        assertThat(role("The truce will take effect at 06:00 local time on 4 June.", "4 June")).isEqualTo(DateRole.START);
        assertThat(role("Tariffs are suspended from 1 July.", "1 July")).isEqualTo(DateRole.START);
        assertThat(role("Ferry services between the two ports began on 12 May.", "12 May")).isEqualTo(DateRole.START);
    }

    @Test
    void shouldReadAnEndOrDeadlineFromTheCueBeforeTheDate() {
        assertThat(role("Data will be shared from 15 May to 15 October.", "15 October")).isEqualTo(DateRole.END);
        assertThat(role("The text is to be finalised before the end of September.", "September")).isEqualTo(DateRole.END);
        assertThat(role("The waiver remains valid until 30 November.", "30 November")).isEqualTo(DateRole.END);
    }

    @Test
    void shouldTakeADateWithoutCueOrWithAnInfinitiveToAsPlain() {
        assertThat(role("Polling day on 9 October passed peacefully.", "9 October")).isEqualTo(DateRole.PLAIN);
        assertThat(role("The ministers agreed to meet in Lisbon in June.", "June")).isEqualTo(DateRole.PLAIN);
        assertThat(role("The next round is scheduled for the end of May.", "May")).isEqualTo(DateRole.PLAIN);
        // A cue in an earlier clause does not reach past the comma.
        assertThat(role("Since the crisis began, the committee has met twice, and it meets again on 3 May.", "3 May"))
                .isEqualTo(DateRole.PLAIN);
    }

    @Test
    void shouldLetOnlyAStartDisputeAStartAndADeadlineAPlainDateOnlyAhead() {
        assertThat(DateRole.comparable(DateRole.START, false, DateRole.START, false)).isTrue();
        assertThat(DateRole.comparable(DateRole.START, true, DateRole.PLAIN, true)).isFalse();
        assertThat(DateRole.comparable(DateRole.START, true, DateRole.END, true)).isFalse();
        assertThat(DateRole.comparable(DateRole.END, true, DateRole.PLAIN, true)).isTrue();
        assertThat(DateRole.comparable(DateRole.END, false, DateRole.PLAIN, true)).isFalse();
        assertThat(DateRole.comparable(DateRole.PLAIN, false, DateRole.PLAIN, false)).isTrue();
        assertThat(DateRole.comparable(DateRole.PLAIN, true, DateRole.PLAIN, true)).isTrue();
    }

    @Test
    void shouldNotDisputeTheDayAMeetingTookPlaceWithTheMonthOfAPlannedVisit() {
        // "On 9 March the ministers met" (past) and "the Prime Minister will travel to Seoul in May" (ahead).
        assertThat(DateRole.comparable(DateRole.PLAIN, false, DateRole.PLAIN, true)).isFalse();
        assertThat(DateRole.comparable(DateRole.PLAIN, true, DateRole.PLAIN, false)).isFalse();
    }
}
