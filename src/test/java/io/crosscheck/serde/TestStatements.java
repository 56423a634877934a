package io.crosscheck.serde;

import io.crosscheck.avro.Approximation;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Quantity;
import io.crosscheck.avro.Statement;

import java.time.Instant;
import java.util.List;

/** Fixed statements for serde tests. */
final class TestStatements {

    private TestStatements() {
    }

    /** The smallest statement: only required fields plus issuerCountry, published 1 s after the epoch. */
    static Statement tiny() {
        return Statement.newBuilder()
                .setStatementId("s1")
                .setIssuer("WH")
                .setIssuerCountry("US")
                .setPublishedAt(Instant.ofEpochMilli(1000))
                .setText("Hi")
                .build();
    }

    /** A statement using every field, with one claim carrying a quantity. */
    static Statement full() {
        final Quantity days = Quantity.newBuilder()
                .setValue(30.0).setUnit("day").setApproximation(Approximation.EXACT).setText("30-day").build();
        final Claim claim = Claim.newBuilder()
                .setTopic("ceasefire.energy").setAction("halt-strikes")
                .setStatus(ClaimStatus.PROPOSED).setPolarity(Polarity.AFFIRMED)
                .setActor("Donald Trump").setScope(List.of("energy", "infrastructure"))
                .setQuantities(List.of(days))
                .setEvidence("a 30-day halt on attacks targeting energy infrastructure")
                .setEvidenceStart(42).setSalience(0.75)
                .build();
        return Statement.newBuilder()
                .setStatementId("ru-kremlin-2025-03-18")
                .setEventId("trump-putin-call-2025-03-18")
                .setIssuer("Kremlin")
                .setIssuerCountry("RU")
                .setSpeaker("Dmitry Peskov")
                .setPublishedAt(Instant.parse("2025-03-18T19:10:00Z"))
                .setLanguage("en")
                .setTitle("Telephone conversation with Donald Trump")
                .setText("Donald Trump suggested that both sides agree to a 30-day halt on attacks targeting energy infrastructure. Ünïcødé ✓")
                .setSourceUrl("http://en.kremlin.ru/events/president/news/76477")
                .setClaims(List.of(claim))
                .build();
    }
}
