package io.crosscheck.claims;

import io.crosscheck.avro.Claim;

import java.util.List;

/** One shared extractor for the claim tests (models load once per test JVM). */
final class Extraction {

    static final TextClaimExtractor EXTRACTOR = TextClaimExtractor.createDefault();

    private Extraction() {
    }

    static List<Claim> claims(String issuer, String country, String text) {
        return EXTRACTOR.extract(TestStatements.of("s", issuer, country, text));
    }

    static Claim claim(String country, String text, String topic) {
        return claims("Issuer", country, text).stream().filter(c -> c.getTopic().equals(topic)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + topic + " claim in: " + text));
    }
}
