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

/**
 * ATTRIBUTION and STATUS from readouts' common phrasings, text to findings: who placed a call, who proposed an idea
 * when one readout names its own head of state only by title, and matters one readout calls agreed while the other
 * has them still being studied or worked towards.
 */
class ReadoutAttributionAndStatusTest {

    private static TextClaimExtractor extractor;
    private static Detector detector;

    @BeforeAll
    static void load() {
        extractor = TextClaimExtractor.createDefault();
        detector = Detector.withDefaultRules(DetectionSettings.defaults(), extractor.analyzer(), extractor.tagger());
    }

    private static List<AlertKind> kinds(String countryA, String textA, String countryB, String textB) {
        final Statement a = TestStatements.of("a", "Issuer of " + countryA, countryA, textA);
        final Statement b = TestStatements.of("b", "Issuer of " + countryB, countryB, textB);
        return detector.detect(withClaims(a), withClaims(b)).stream().map(Finding::kind).toList();
    }

    private static Statement withClaims(Statement s) {
        return Statement.newBuilder(s).setClaims(extractor.extract(s)).build();
    }

    @Test
    void shouldReportAttributionWhenTheReadoutsNameDifferentCallers() {
        assertThat(kinds("IN", "Prime Minister Narendra Modi received a telephone call today from the President of the "
                        + "Russian Federation, Vladimir Putin.",
                "RU", "Vladimir Putin had a telephone conversation with Narendra Modi. The conversation took place at the "
                        + "initiative of the Indian side.")).contains(AlertKind.ATTRIBUTION);
        assertThat(kinds("US", "Donald Trump called President Putin on Tuesday.",
                "RU", "The telephone conversation was held at the request of the Russian side.")).contains(AlertKind.ATTRIBUTION);
    }

    @Test
    void shouldNotReportAttributionWhenTheCallersAgreeOrOneNamesNone() {
        assertThat(kinds("IN", "Prime Minister Narendra Modi received a telephone call today from President Putin.",
                "RU", "The conversation took place at the initiative of the Russian side.")).doesNotContain(AlertKind.ATTRIBUTION);
        assertThat(kinds("IN", "Prime Minister Narendra Modi received a telephone call today from President Putin.",
                "RU", "Vladimir Putin had a telephone conversation with Narendra Modi.")).doesNotContain(AlertKind.ATTRIBUTION);
    }

    @Test
    void shouldCreditTheMatterOfAClauseToWhoseProposalOrInitiativeItWas() {
        assertThat(kinds("NO", "On the proposal of the Norwegian side, the two ministers agreed to extend the fisheries "
                        + "protocol for another five years.",
                "IS", "Iceland proposed to extend the fisheries protocol, and the ministers agreed.")).contains(AlertKind.ATTRIBUTION);
        assertThat(kinds("PE", "Upon the initiative of Peru, the parties decided to open a joint border crossing.",
                "CL", "Chile suggested opening a joint border crossing, which Peru accepted.")).contains(AlertKind.ATTRIBUTION);
    }

    @Test
    void shouldNotFireWhenBothCreditTheMatterToTheSameProposer() {
        assertThat(kinds("NO", "On the proposal of Iceland, the ministers agreed to extend the fisheries protocol.",
                "IS", "Iceland proposed to extend the fisheries protocol.")).doesNotContain(AlertKind.ATTRIBUTION);
    }

    @Test
    void shouldReadCreditsToStatesAndDemonymsTheGazetteersDoNotList() {
        assertThat(kinds("GY", "The meeting was convened at the request of the Government of Suriname.",
                "SR", "The meeting took place at the request of the Guyanese side.")).contains(AlertKind.ATTRIBUTION);
        assertThat(kinds("ZM", "The talks were held upon the request of Malawi.",
                "MW", "The talks were held at the initiative of the Zambian Government.")).contains(AlertKind.ATTRIBUTION);
    }

    @Test
    void shouldReadTheCallerNamedAsTheOneWhoPlacedTheCall() {
        assertThat(kinds("FR", "President Macron spoke today with Chancellor Scholz of Germany, who placed the call.",
                "DE", "The telephone conversation took place at the request of the French side.")).contains(AlertKind.ATTRIBUTION);
    }

    @Test
    void shouldReportAttributionWhenTheIssuersHeadOfStateIsCreditedWithAnotherCountrysInitiative() {
        assertThat(kinds("UZ", "At the initiative of the President of Uzbekistan, the leaders agreed to establish a Central "
                        + "Asian Water and Energy Council to coordinate the use of transboundary rivers.",
                "KZ", "In his speech at the meeting, the Head of State put forward the idea of creating a regional Water and "
                        + "Energy Council, which was supported by the leaders.")).contains(AlertKind.ATTRIBUTION);
    }

    @Test
    void shouldReportStatusWhenAProposalTheOthersWillStudyIsReportedAsAgreed() {
        assertThat(kinds("EG", "The three countries agreed to resume negotiations on the rules for filling and operating the dam.",
                "ET", "Ethiopia put forward a proposal to resume trilateral technical discussions on the filling of the dam. "
                        + "Egypt and Sudan said they would study the Ethiopian proposal.")).contains(AlertKind.STATUS);
    }

    @Test
    void shouldReportStatusWhenProgressTowardsAnAgreementIsReportedAsReached() {
        assertThat(kinds("PK", "Pakistan and the International Monetary Fund have reached a staff-level agreement on the third review.",
                "XX", "The mission made good progress towards reaching a staff-level agreement. Discussions with the "
                        + "authorities will continue virtually.")).contains(AlertKind.STATUS);
    }

    @Test
    void shouldNotReportStatusWhenOneReadoutOnlySaysTheMatterWasDiscussed() {
        assertThat(kinds("EG", "The three countries agreed to resume negotiations on the dam.",
                "ET", "The ministers discussed the resumption of negotiations on the dam.")).doesNotContain(AlertKind.STATUS);
    }
}
