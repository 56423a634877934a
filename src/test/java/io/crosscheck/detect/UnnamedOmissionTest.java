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

/** OMISSION of demands and refusals on subjects no lexicon topic names (text to findings). */
class UnnamedOmissionTest {

    private static final String OTHER = "The ministers discussed the rights of national minorities and agreed to hold a "
            + "meeting of the joint commission in March. The parties also discussed the restoration of the bridge near Vylok.";

    private static TextClaimExtractor extractor;
    private static Detector detector;

    @BeforeAll
    static void load() {
        extractor = TextClaimExtractor.createDefault();
        detector = Detector.withDefaultRules(DetectionSettings.defaults(), extractor.analyzer(), extractor.tagger());
    }

    private static List<Finding> omissions(String textA, String textB) {
        final Statement a = TestStatements.of("a", "Ministry of Foreign Affairs and Trade", "HU", textA);
        final Statement b = TestStatements.of("b", "Ministry of Foreign Affairs of Ukraine", "UA", textB);
        return detector.detect(withClaims(a), withClaims(b)).stream()
                .filter(f -> f.kind() == AlertKind.OMISSION).toList();
    }

    private static Statement withClaims(Statement s) {
        return Statement.newBuilder(s).setClaims(extractor.extract(s)).build();
    }

    @Test
    void shouldReportARefusalTheOtherReadoutLeavesOut() {
        final List<Finding> found = omissions("The Minister made clear that Hungary will not give its consent to opening "
                + "the first negotiating cluster until the eleven points are fully implemented. " + OTHER, OTHER);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).first().getStatementId()).isEqualTo("a");
    }

    @Test
    void shouldNotReportARefusalTheOtherReadoutAlsoReports() {
        assertThat(omissions("The Minister made clear that Hungary will not give its consent to opening the first "
                        + "negotiating cluster until the eleven points are fully implemented. " + OTHER,
                "The Hungarian side said it will not agree to opening the first negotiating cluster before the eleven "
                        + "points are implemented. " + OTHER)).isEmpty();
    }

    @Test
    void shouldNotReportFirstPersonRhetoricAsADemand() {
        assertThat(omissions("Hungary will continue to cooperate with Ukraine where we can, disagree where we must. " + OTHER,
                OTHER)).isEmpty();
    }

    @Test
    void shouldNotReportAnUnnamedConditionOnAnOutcomeAsAnOmission() {
        assertThat(omissions("Implementation of the framework is subject to approval by the Supreme National Security "
                + "Council. " + OTHER, OTHER)).isEmpty();
    }

    @Test
    void shouldReportAnUnnamedPreconditionTheOtherReadoutLeavesOut() {
        final List<Finding> found = omissions("The lifting of the checkpoints will take place only after international "
                + "observers have verified the return of the displaced families. " + OTHER, OTHER);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.first().getStatementId()).isEqualTo("a"));
    }

    @Test
    void shouldNotHoldARequestToThirdPartiesAgainstTheSideWhereTheyWouldHelp() {
        assertThat(omissions("The Minister calls on international donors to increase their support to the displaced families "
                + "in Ukraine. " + OTHER, OTHER)).isEmpty();
    }
}
