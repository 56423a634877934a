package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TestStatements;
import io.crosscheck.claims.TextClaimExtractor;
import io.crosscheck.config.DetectionSettings;

import java.util.List;

/**
 * Text to findings for the phrasing banks: two extracts by issuers of different countries, read by the default
 * extractor and run through the default rules. The NLP models load once per test JVM, on first use.
 */
final class ReadoutPairs {

    /** One bank case: two issuers' extracts about the same meeting, named for the test report. */
    record Pair(String name, String countryA, String textA, String countryB, String textB) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static TextClaimExtractor extractor;
    private static Detector detector;

    private ReadoutPairs() {
    }

    /** The kinds the detector reports for the pair; each issuer is named {@code issuerPrefix + country}. */
    static synchronized List<AlertKind> kinds(Pair p, String issuerPrefix) {
        if (extractor == null) {
            extractor = TextClaimExtractor.createDefault();
            // The banks test what the rules read and compare; the calibration on top of them is measured on data instead.
            detector = Detector.withDefaultRules(DetectionSettings.defaults(), extractor.analyzer(), extractor.tagger(),
                    ConfidenceCalibration.none());
        }
        final Statement a = TestStatements.of("a", issuerPrefix + p.countryA(), p.countryA(), p.textA());
        final Statement b = TestStatements.of("b", issuerPrefix + p.countryB(), p.countryB(), p.textB());
        return detector.detect(withClaims(a), withClaims(b)).stream().map(Finding::kind).toList();
    }

    private static Statement withClaims(Statement s) {
        return Statement.newBuilder(s).setClaims(extractor.extract(s)).build();
    }
}
