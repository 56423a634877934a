package io.crosscheck.alert;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Evidence;
import io.crosscheck.detect.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns a rule's {@link Finding} into the alert newsrooms receive.
 *
 * <p>The alertId is a hash of event, topic, kind and the statement pair, so the same contradiction
 * found again (a replayed record, a restarted instance, out-of-order arrival) gets the same id.
 * For OMISSION the pair is ordered (who makes the point, who leaves it out); for every other kind
 * it is unordered. {@code detectedAt} is the later of the two statements' publication times: the
 * moment the contradiction became detectable, which keeps alerts reproducible offline.
 */
public final class AlertFactory {

    private AlertFactory() {
    }

    public static ContradictionAlert toAlert(String eventId, Finding finding) {
        String firstId = finding.first().getStatementId();
        String secondId = finding.second().getStatementId();
        return ContradictionAlert.newBuilder()
                .setAlertId(alertId(eventId, finding.topic(), finding.kind(), firstId, secondId))
                .setEventId(eventId)
                .setTopic(finding.topic())
                .setKind(finding.kind())
                .setSeverity(finding.severity())
                .setConfidence(finding.confidence())
                .setStatementIds(List.of(firstId, secondId))
                .setEvidence(List.of(
                        new Evidence(firstId, finding.first().getIssuer(), finding.excerptFirst()),
                        new Evidence(secondId, finding.second().getIssuer(), finding.excerptSecond())))
                .setExplanation(finding.explanation())
                .setDetectedAt(later(finding.first().getPublishedAt(), finding.second().getPublishedAt()))
                .build();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    public static String alertId(String eventId, String topic, AlertKind kind, String firstId, String secondId) {
        boolean ordered = kind == AlertKind.OMISSION || firstId.compareTo(secondId) <= 0;
        String pair = ordered ? firstId + "\u0000" + secondId : secondId + "\u0000" + firstId;
        String key = String.join("\u0000", eventId, topic, kind.name(), pair);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
