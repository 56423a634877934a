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

class FoundingReadoutsTest {

    private static TextClaimExtractor extractor;
    private static Detector detector;

    @BeforeAll
    static void load() {
        extractor = TextClaimExtractor.createDefault();
        detector = Detector.withDefaultRules(DetectionSettings.defaults(), extractor.analyzer(), extractor.tagger());
    }

    private static Statement withClaims(Statement s) {
        s.setClaims(extractor.extract(s));
        return s;
    }

    @Test
    void shouldFindExactlyTheCeasefireScopeAndTheMilitaryAidOmission() {
        final Statement wh = withClaims(TestStatements.of("us-wh-2025-03-18", "White House", "US", TestStatements.FOUNDING_WH));
        final Statement kremlin = withClaims(TestStatements.of("ru-kremlin-2025-03-18", "Kremlin", "RU",
                TestStatements.FOUNDING_KREMLIN));

        final List<Finding> findings = detector.detect(wh, kremlin);
        findings.forEach(f -> System.out.println(f.kind() + " " + f.topic() + " " + f.confidence() + " " + f.explanation()));

        assertThat(findings).extracting(Finding::kind).containsExactlyInAnyOrder(AlertKind.SCOPE, AlertKind.OMISSION);
        final Finding scope = findings.stream().filter(f -> f.kind() == AlertKind.SCOPE).findFirst().orElseThrow();
        assertThat(scope.topic()).isEqualTo("ceasefire");
        assertThat(scope.explanation()).isEqualTo(
                "The White House says the ceasefire covers energy and infrastructure; the Kremlin says energy infrastructure only.");
        final Finding omission = findings.stream().filter(f -> f.kind() == AlertKind.OMISSION).findFirst().orElseThrow();
        assertThat(omission.topic()).isEqualTo("military-aid");
        assertThat(omission.first()).isSameAs(kremlin);
        assertThat(omission.second()).isSameAs(wh);
        assertThat(kremlin.getText()).contains(omission.excerptFirst());
        assertThat(wh.getText()).contains(omission.excerptSecond());
    }

    @Test
    void shouldGiveTheSameFindingsWhateverTheArgumentOrder() {
        final Statement wh = withClaims(TestStatements.of("us-wh-2025-03-18", "White House", "US", TestStatements.FOUNDING_WH));
        final Statement kremlin = withClaims(TestStatements.of("ru-kremlin-2025-03-18", "Kremlin", "RU",
                TestStatements.FOUNDING_KREMLIN));

        assertThat(detector.detect(kremlin, wh)).isEqualTo(detector.detect(wh, kremlin));
    }
}
