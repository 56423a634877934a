package io.crosscheck.detect;

import io.crosscheck.avro.Approximation;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Quantity;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TestStatements;

import java.util.List;

/** Hand-built claims and statements for rule tests, so each rule is tested without the extractor. */
final class Claims {

    private Claims() {
    }

    static Claim.Builder claim(String topic, ClaimStatus status, String evidence) {
        return Claim.newBuilder().setTopic(topic).setAction("act").setStatus(status).setPolarity(Polarity.AFFIRMED)
                .setActor(null).setScope(List.of()).setQuantities(List.of()).setCondition(null)
                .setEvidence(evidence).setEvidenceStart(0).setSalience(0.6).setAssertedBy(null);
    }

    static Quantity qty(double value, String unit, Approximation approx) {
        return Quantity.newBuilder().setValue(value).setValueHigh(null).setUnit(unit).setApproximation(approx)
                .setText(String.valueOf(value)).setSubject(null).build();
    }

    static Quantity range(double low, double high, String unit) {
        return Quantity.newBuilder().setValue(low).setValueHigh(high).setUnit(unit).setApproximation(Approximation.RANGE)
                .setText(low + "-" + high).setSubject(null).build();
    }

    /** A statement whose text is the claims' evidence joined, so excerpts stay verbatim. */
    static Statement statement(String id, String issuer, Claim.Builder... claims) {
        final StringBuilder text = new StringBuilder();
        final List<Claim> built = new java.util.ArrayList<>();
        for (Claim.Builder c : claims) {
            c.setEvidenceStart(text.length());
            text.append(c.getEvidence()).append(' ');
            built.add(c.build());
        }
        final Statement s = TestStatements.of(id, issuer, null, text.toString().trim().isEmpty() ? "Nothing." : text.toString().trim());
        s.setClaims(built);
        return s;
    }
}
