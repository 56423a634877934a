package io.crosscheck.detect;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TestStatements;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExplanationsTest {

    private final Statement wh = TestStatements.of("us", "White House", "US", "x");
    private final Statement kremlin = TestStatements.of("ru", "Kremlin", "RU", "y");

    @Test
    void shouldNameTheBroaderCoverageFirstWhateverTheOrder() {
        final String expected = "The White House says the ceasefire covers energy and infrastructure; the Kremlin says energy infrastructure only.";
        assertThat(Explanations.scope(wh, List.of("energy", "infrastructure"), kremlin, List.of("energy-infrastructure"), "ceasefire"))
                .isEqualTo(expected);
        assertThat(Explanations.scope(kremlin, List.of("energy-infrastructure"), wh, List.of("energy", "infrastructure"), "ceasefire"))
                .isEqualTo(expected);
    }

    @Test
    void shouldWriteOneSentencePerKind() {
        assertThat(Explanations.status(wh, ClaimStatus.AGREED, kremlin, ClaimStatus.PROPOSED, "prisoner-exchange"))
                .isEqualTo("The White House says the prisoner exchange was agreed; the Kremlin says it was only proposed.");
        assertThat(Explanations.omission(kremlin, wh, "military-aid", "demand"))
                .isEqualTo("The Kremlin reports a demand on the military aid; the White House's readout does not mention it.");
        assertThat(Explanations.attribution(kremlin, "US", wh, "RU", "ceasefire"))
                .isEqualTo("The Kremlin credits the ceasefire to US; the White House credits it to RU.");
    }

    @Test
    void shouldNotAddAnArticleToAPersonOrCountry() {
        final Statement person = TestStatements.of("p", "Tammy Bruce", "US", "z");
        assertThat(Explanations.polarity(person, wh, "sanctions"))
                .isEqualTo("Tammy Bruce presents the sanctions as having been addressed; the White House says it was not.");
    }
}
