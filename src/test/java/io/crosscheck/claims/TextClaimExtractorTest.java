package io.crosscheck.claims;

import io.crosscheck.avro.Claim;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextClaimExtractorTest {

    @Test
    void shouldGiveVerbatimEvidenceWithItsOffset() {
        final String text = TestStatements.FOUNDING_KREMLIN;
        for (Claim c : Extraction.claims("Kremlin", "RU", text)) {
            assertThat(text.substring(c.getEvidenceStart(), c.getEvidenceStart() + c.getEvidence().length()))
                    .isEqualTo(c.getEvidence());
        }
    }

    @Test
    void shouldBeDeterministic() {
        assertThat(Extraction.claims("Kremlin", "RU", TestStatements.FOUNDING_KREMLIN))
                .isEqualTo(Extraction.claims("Kremlin", "RU", TestStatements.FOUNDING_KREMLIN));
    }

    @Test
    void shouldSupportEnglishOnly() {
        assertThat(Extraction.EXTRACTOR.supportsLanguage("en-GB")).isTrue();
        assertThat(Extraction.EXTRACTOR.supportsLanguage("ru")).isFalse();
    }

    @Test
    void shouldReturnNothingForEmptyText() {
        assertThat(Extraction.claims("Kremlin", "RU", " ")).isEmpty();
    }

    @Test
    void shouldAttachFiguresToTheirTopic() {
        final List<Claim> claims = Extraction.claims("Kremlin", "RU",
                "Today the sides carry out a prisoner exchange, each swapping 175 people.");
        assertThat(claims).filteredOn(c -> c.getTopic().equals("prisoner-exchange")).singleElement()
                .satisfies(c -> assertThat(c.getQuantities()).extracting(q -> q.getValue()).containsExactly(175.0));
    }

    /** Prints extraction throughput (statements of ~100 words per second, one thread); no timing assertion. */
    @Test
    void shouldExtractManyStatementsQuickly() {
        final String text = TestStatements.FOUNDING_KREMLIN;
        final int words = text.split("\\s+").length;
        for (int i = 0; i < 200; i++) {
            Extraction.claims("Kremlin", "RU", text);
        }
        final int n = 2000;
        final long start = System.nanoTime();
        int claims = 0;
        for (int i = 0; i < n; i++) {
            claims += Extraction.claims("Kremlin", "RU", text).size();
        }
        final double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "extractor throughput: %.0f statements/s of %d words (%.0f words/s)%n",
                n / seconds, words, n * words / seconds);
        assertThat(claims).isGreaterThan(0);
    }

    @Test
    void shouldNotCarryAnOpenResponseBackWhenTheProposalNounNamesItsOwnMatter() {
        final String reviewed = "The leaders reviewed the steady development of bilateral trade. ";
        final List<Claim> newMatter = Extraction.claims("Kremlin", "RU", reviewed + "Russia was open to considering the "
                + "Turkish proposal to hold consultations on the safety of navigation in the Black Sea.");
        assertThat(newMatter).filteredOn(c -> c.getTopic().equals("trade"))
                .noneMatch(c -> StatusReader.UNDECIDED.equals(c.getAction()));
        final List<Claim> sameMatter = Extraction.claims("Kremlin", "RU", "The Turkish side proposed to expand bilateral "
                + "trade. Russia was open to considering the proposal.");
        assertThat(sameMatter).filteredOn(c -> c.getTopic().equals("trade"))
                .anyMatch(c -> StatusReader.UNDECIDED.equals(c.getAction()));
    }

    @Test
    void shouldFileAnOpenDetailIntroducedByItsUnderTheMatterOfTheClauseBefore() {
        final List<Claim> claims = Extraction.claims("DFA", "PH", "Riyadh was proposed as the venue of the Summit, while "
                + "its date remains subject to confirmation by the Leaders.");
        assertThat(claims).filteredOn(c -> c.getTopic().equals("summit"))
                .anyMatch(c -> StatusReader.UNDECIDED.equals(c.getAction()));
        final List<Claim> separate = Extraction.claims("DFA", "PH", "Riyadh was proposed as the venue of the Summit. "
                + "Its date remains subject to confirmation by the Leaders.");
        assertThat(separate).filteredOn(c -> c.getTopic().equals("summit"))
                .noneMatch(c -> StatusReader.UNDECIDED.equals(c.getAction()));
    }
}
