package io.crosscheck.detect;

import io.crosscheck.avro.Claim;
import io.crosscheck.avro.Severity;
import io.crosscheck.avro.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Helpers the rules share: claims grouped by topic, shared topics, severity from salience. */
final class RuleSupport {

    private RuleSupport() {
    }

    /** The statement's claims by topic, topics sorted (for deterministic output). */
    static Map<String, List<Claim>> byTopic(Statement s) {
        final Map<String, List<Claim>> out = new TreeMap<>();
        if (s.getClaims() == null) {
            return out;
        }
        for (Claim c : s.getClaims()) {
            out.computeIfAbsent(c.getTopic(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** What a rule finds on one topic both statements speak of: a finding, or null. */
    @FunctionalInterface
    interface TopicComparison {
        Finding compare(String topic, List<Claim> claimsOfA, List<Claim> claimsOfB);
    }

    /** Runs a comparison on every topic both statements have claims on; at most one finding per topic. */
    static List<Finding> perSharedTopic(Statement a, Statement b, TopicComparison comparison) {
        final Map<String, List<Claim>> ta = byTopic(a);
        final Map<String, List<Claim>> tb = byTopic(b);
        final List<Finding> out = new ArrayList<>();
        for (String topic : sharedTopics(ta, tb)) {
            final Finding finding = comparison.compare(topic, ta.get(topic), tb.get(topic));
            if (finding != null) {
                out.add(finding);
            }
        }
        return out;
    }

    static Set<String> sharedTopics(Map<String, List<Claim>> a, Map<String, List<Claim>> b) {
        final Set<String> out = new TreeSet<>(a.keySet());
        out.retainAll(b.keySet());
        return out;
    }

    /** Whether both statements name the same issuing state ({@code issuerCountry}); false when either is unknown. */
    static boolean sameIssuerCountry(Statement a, Statement b) {
        final String countryA = a.getIssuerCountry();
        final String countryB = b.getIssuerCountry();
        return countryA != null && !countryA.isBlank() && countryA.trim().equalsIgnoreCase(countryB == null ? "" : countryB.trim());
    }

    static Severity severity(double salience) {
        if (salience >= 0.75) {
            return Severity.HIGH;
        }
        return salience >= 0.5 ? Severity.MEDIUM : Severity.LOW;
    }

    static double clamp(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }

    /** Reported speech ("Peskov said ...") is weaker evidence of the issuer's own position. */
    static double reportedPenalty(Claim... claims) {
        double p = 0;
        for (Claim c : claims) {
            if (c.getAssertedBy() != null) {
                p += 0.1;
            }
        }
        return p;
    }
}
