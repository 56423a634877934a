package io.crosscheck.grouping;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTermsTest {

    private final ContentTerms contentTerms = new ContentTerms(Participants.load().aliases());

    @Test
    void shouldKeepWhatTheStatementIsAbout() {
        assertThat(contentTerms.of("The sides agreed on a fisheries protocol covering 500 pirogues."))
                .contains("fisheri", "protocol", "pirogu");
    }

    @Test
    void shouldLeaveOutTheNamesOfParties() {
        // Every candidate event under the CN-US key names China and the United States.
        assertThat(contentTerms.of("Wang Yi told the Chinese side in Beijing that China and the United States"))
                .doesNotContain("china", "chines", "beij", "wang", "unit");
    }

    @Test
    void shouldLeaveOutReadoutBoilerplateAndDates() {
        Set<String> terms = contentTerms.of("On Tuesday, 12 March, the Foreign Minister held a telephone conversation "
                + "with his counterpart. The sides exchanged views on bilateral relations and noted the importance of cooperation.");
        assertThat(terms).isEmpty();
    }

    @Test
    void shouldMeasureOverlapAgainstTheSmallerSet() {
        assertThat(ContentTerms.overlap(Set.of("a", "b"), Set.of("a", "b", "c", "d"))).isEqualTo(1.0);
        assertThat(ContentTerms.overlap(Set.of("a", "b"), Set.of("a", "c", "d"))).isEqualTo(0.5);
        assertThat(ContentTerms.overlap(Set.of(), Set.of("a"))).isZero();
    }
}
