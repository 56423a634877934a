package io.crosscheck.topology;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.Severity;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.ClaimExtractor;
import io.crosscheck.detect.Finding;
import io.crosscheck.grouping.ContentTerms;
import io.crosscheck.grouping.Participants;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A detection engine with transparent, scripted behaviour, for testing the topology's mechanics
 * (routing, state, dedupe, re-publication, ordering, retention, dead letters) apart from language
 * understanding: statements carry structured claims, and two claims on the same topic with
 * different scope lists are a SCOPE finding. Statements in language "xx" are "not understood".
 */
final class ScriptedEngine {

    private ScriptedEngine() {
    }

    static DetectionEngine create() {
        ClaimExtractor extractor = new ClaimExtractor() {
            @Override
            public List<Claim> extract(Statement statement) {
                return List.of();
            }

            @Override
            public boolean supportsLanguage(String languageTag) {
                return !languageTag.toLowerCase(Locale.ROOT).equals("xx");
            }
        };
        PairDetector detector = (a, b) -> {
            List<Finding> findings = new ArrayList<>();
            for (Claim left : a.getClaims()) {
                for (Claim right : b.getClaims()) {
                    if (left.getTopic().equals(right.getTopic()) && !left.getScope().equals(right.getScope())) {
                        findings.add(new Finding(AlertKind.SCOPE, left.getTopic(), a, b, left.getEvidence(),
                                right.getEvidence(), Severity.HIGH, 0.9, a.getIssuer() + " and " + b.getIssuer() + " differ on scope."));
                    }
                }
            }
            return findings;
        };
        Participants participants = Participants.load();
        return new DetectionEngine(extractor, detector, participants, new ContentTerms(participants.aliases()));
    }
}
