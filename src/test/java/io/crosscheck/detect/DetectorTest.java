package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Severity;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.DetectionSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

class DetectorTest {

    /** A rule that reports whatever it is told, to test the detector's bookkeeping alone. */
    private record FixedRule(AlertKind kind, String topic, double confidence, List<String> seenFirst) implements ContradictionRule {
        @Override
        public List<Finding> compare(Statement a, Statement b) {
            seenFirst.add(a.getStatementId());
            return List.of(new Finding(kind, topic, a, b, a.getText(), b.getText(), Severity.LOW, confidence, "x"));
        }
    }

    private final Statement a = statement("a", "Kremlin", claim("t", ClaimStatus.STATED, "A."));
    private final Statement b = statement("b", "White House", claim("t", ClaimStatus.STATED, "B."));

    @Test
    void shouldOrderThePairByStatementId() {
        final List<String> seen = new ArrayList<>();
        final Detector d = new Detector(DetectionSettings.defaults(), List.of(new FixedRule(AlertKind.SCOPE, "t", 0.9, seen)));
        d.detect(b, a);
        d.detect(a, b);
        assertThat(seen).containsExactly("a", "a");
    }

    @Test
    void shouldSkipTheSameIssuerUnlessAsked() {
        final Statement a2 = statement("c", "kremlin", claim("t", ClaimStatus.STATED, "C."));
        final List<ContradictionRule> rules = List.of(new FixedRule(AlertKind.SCOPE, "t", 0.9, new ArrayList<>()));
        assertThat(new Detector(DetectionSettings.defaults(), rules).detect(a, a2)).isEmpty();
        assertThat(new Detector(DetectionSettings.defaults().withCompareSameIssuer(true), rules).detect(a, a2)).hasSize(1);
    }

    @Test
    void shouldDropFindingsBelowTheMinimumConfidence() {
        final Detector d = new Detector(DetectionSettings.defaults().withMinConfidence(0.7),
                List.of(new FixedRule(AlertKind.SCOPE, "t", 0.6, new ArrayList<>())));
        assertThat(d.detect(a, b)).isEmpty();
    }

    @Test
    void shouldApplyTheMinimumConfidenceToTheCalibratedConfidence() {
        final List<ContradictionRule> rules = List.of(new FixedRule(AlertKind.STATUS, "t", 0.6, new ArrayList<>()));
        final ConfidenceCalibration calibration = new ConfidenceCalibration(
                List.of(new ConfidenceCalibration.Band(AlertKind.STATUS, 0.595, 0.605, 0.22)));
        assertThat(new Detector(DetectionSettings.defaults(), rules).detect(a, b)).hasSize(1);
        assertThat(new Detector(DetectionSettings.defaults(), rules, null, calibration).detect(a, b)).isEmpty();
        assertThat(new Detector(DetectionSettings.defaults().withMinConfidence(0.2), rules, null, calibration).detect(a, b))
                .singleElement().satisfies(f -> assertThat(f.confidence()).isEqualTo(0.22));
    }

    @Test
    void shouldKeepOneFindingPerKindAndTopic() {
        final Detector d = new Detector(DetectionSettings.defaults(), List.of(
                new FixedRule(AlertKind.SCOPE, "t", 0.6, new ArrayList<>()),
                new FixedRule(AlertKind.SCOPE, "t", 0.9, new ArrayList<>())));
        assertThat(d.detect(a, b)).singleElement().satisfies(f -> assertThat(f.confidence()).isEqualTo(0.9));
    }

    @Test
    void shouldNotReportAPolarityDifferenceAgainAsStatus() {
        final Detector d = new Detector(DetectionSettings.defaults(), List.of(
                new FixedRule(AlertKind.STATUS, "t", 0.8, new ArrayList<>()),
                new FixedRule(AlertKind.POLARITY, "t", 0.8, new ArrayList<>())));
        assertThat(d.detect(a, b)).extracting(Finding::kind).containsExactly(AlertKind.POLARITY);
    }

    @Test
    void shouldDemandStrongerEvidenceBetweenAGovernmentAndItsOwnAgency() {
        final Statement kremlin = Statement.newBuilder(a).setIssuerCountry("RU").build();
        final Statement tass = Statement.newBuilder(statement("t", "TASS", claim("t", ClaimStatus.STATED, "T."))).setIssuerCountry("ru").build();
        final Statement whiteHouse = Statement.newBuilder(b).setIssuerCountry("US").build();
        final Detector d = new Detector(DetectionSettings.defaults(), List.of(new FixedRule(AlertKind.SCOPE, "t", 0.8, new ArrayList<>())));

        assertThat(d.detect(kremlin, tass)).isEmpty();
        assertThat(d.detect(kremlin, whiteHouse)).singleElement().satisfies(f -> assertThat(f.confidence()).isEqualTo(0.8));
        assertThat(new Detector(DetectionSettings.defaults(), List.of(new FixedRule(AlertKind.SCOPE, "t", 0.95, new ArrayList<>())))
                .detect(kremlin, tass)).singleElement().satisfies(f -> assertThat(f.confidence()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9)));
    }
}
