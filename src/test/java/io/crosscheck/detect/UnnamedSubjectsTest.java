package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TestStatements;
import io.crosscheck.claims.TextClaimExtractor;
import io.crosscheck.config.DetectionSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Contradictions on subjects no lexicon topic names, found through clause alignment (text to findings). */
class UnnamedSubjectsTest {

    private static TextClaimExtractor extractor;
    private static Detector detector;

    @BeforeAll
    static void load() {
        extractor = TextClaimExtractor.createDefault();
        detector = Detector.withDefaultRules(DetectionSettings.defaults(), extractor.analyzer(), extractor.tagger());
    }

    private static List<AlertKind> kinds(String textA, String textB) {
        final Statement a = TestStatements.of("a", "Finance Division", "PK", textA);
        final Statement b = TestStatements.of("b", "International Monetary Fund", null, textB);
        return detector.detect(withClaims(a), withClaims(b)).stream().map(Finding::kind).toList();
    }

    private static Statement withClaims(Statement s) {
        return Statement.newBuilder(s).setClaims(extractor.extract(s)).build();
    }

    @Test
    void shouldReportStatusWhenOneReadoutHasReachedWhatTheOtherIsStillWorkingTowards() {
        assertThat(kinds("Pakistan and the IMF have reached a staff-level agreement on the third review of the facility.",
                "The mission made good progress towards reaching a staff-level agreement on the third review of the facility."))
                .contains(AlertKind.STATUS);
    }

    @Test
    void shouldStaySilentWhenBothSayTheAgreementWasReached() {
        assertThat(kinds("Pakistan and the IMF have reached a staff-level agreement on the third review of the facility.",
                "The IMF team and the authorities reached a staff-level agreement on the third review of the facility."))
                .isEmpty();
    }

    @Test
    void shouldReportPolarityWhenTheOtherSaysTheMatterDidNotComeUp() {
        assertThat(kinds("The two presidents also discussed the pricing of natural gas supplied through the pipeline.",
                "The question of natural gas pricing through the pipeline did not come up during the conversation."))
                .contains(AlertKind.POLARITY);
    }

    @Test
    void shouldNotReportTwoDenialsOfTheSameReports() {
        assertThat(kinds("He rejected reports that earlier deliveries of the systems had been postponed.",
                "The Chancellor denied reports that deliveries of the systems had been delayed."))
                .doesNotContain(AlertKind.POLARITY);
    }

    @Test
    void shouldReportStatusWhenTheSentenceAfterARequestSaysItWouldBeEvaluated() {
        assertThat(kinds("The Turkish side agreed to raise the water releases into the Tigris and Euphrates during the summer.",
                "Regarding water, the Iraqi side requested an increase of the water released to the Tigris and Euphrates "
                        + "during the summer. The Minister stated that the request had been noted and would be evaluated "
                        + "by the Joint Permanent Committee on Water."))
                .contains(AlertKind.STATUS);
    }

    @Test
    void shouldNotCarryAnOpenStatusToARequestTheNextSentenceDoesNotReferTo() {
        assertThat(kinds("The Turkish side agreed to raise the water releases into the Tigris and Euphrates during the summer.",
                "Regarding water, the Iraqi side requested an increase of the water released to the Tigris and Euphrates "
                        + "during the summer. Cooperation on energy security would be evaluated by the Joint Committee."))
                .doesNotContain(AlertKind.STATUS);
    }
}
