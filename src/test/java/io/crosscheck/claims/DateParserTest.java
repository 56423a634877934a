package io.crosscheck.claims;

import io.crosscheck.avro.Approximation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {

    private final DateParser parser = new DateParser();

    private List<String> read(String text) {
        return parser.parse(text, 2026).stream().map(p -> {
            final var q = p.quantity();
            final String day = LocalDate.ofEpochDay((long) q.getValue()).toString();
            return q.getApproximation() == Approximation.RANGE
                    ? day + ".." + LocalDate.ofEpochDay(q.getValueHigh().longValue()) : day;
        }).toList();
    }

    @Test
    void shouldReadDayMonthInBothOrdersWithAndWithoutYear() {
        assertThat(read("Data will be provided from 15 May to 15 October every year."))
                .containsExactly("2026-05-15", "2026-10-15");
        assertThat(read("from June 1 to October 15")).containsExactly("2026-06-01", "2026-10-15");
        assertThat(read("until September 14, 2027")).containsExactly("2027-09-14");
        assertThat(read("until 14 September 2027")).containsExactly("2027-09-14");
    }

    @Test
    void shouldReadAMonthAsTheRangeOfItsDays() {
        assertThat(read("negotiators would meet in New Delhi in January 2027")).containsExactly("2027-01-01..2027-01-31");
        assertThat(read("the dialogue will be held in Beijing in October")).containsExactly("2026-10-01..2026-10-31");
    }

    @Test
    void shouldNotTakeTheVerbMayOrABareYearForADate() {
        assertThat(read("The parties may consider further steps by 2030.")).isEmpty();
        assertThat(read("Trade has doubled since 2017.")).isEmpty();
    }

    @Test
    void shouldIgnoreImpossibleDays() {
        assertThat(read("on 31 February")).isEmpty();
    }

    @Test
    void shouldNotTakeTheDatelineForADateOfTheNews() {
        assertThat(read("LISBON, 3rd March, 2026 (Lusa) -- The ministers agreed to meet on 9 March.")).containsExactly("2026-03-09");
        assertThat(read("Valletta, 12 October 2026")).isEmpty();
        assertThat(read("The talks ended on 12 October 2026.")).containsExactly("2026-10-12");
    }

    @Test
    void shouldTakeADatelineStandingAsItsOwnSentenceOrWithAWeekday() {
        assertThat(read("GENEVA, April 16. /TASS/. The sides will meet again in June."))
                .containsExactly("2026-06-01..2026-06-30");
        assertThat(read("Port Louis, 3 March 2026.")).isEmpty();
        assertThat(read("Accra, Friday 9 October 2026.")).isEmpty();
        assertThat(read("VIENNA, 2 July (Reuters) - The agency said inspections resume on 9 July."))
                .containsExactly("2026-07-09");
        // A sentence opening on a place name is no dateline when the date belongs to what follows.
        assertThat(read("In Geneva, 16 April was set as the date of the next round.")).containsExactly("2026-04-16");
    }
}
