package io.crosscheck.claims;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;

/**
 * Scores how much a claim matters, 0..1. Demands, conditions, rejections and commitments score high;
 * figures, emphasis ("key condition", "categorically") and weighty subjects raise the score;
 * courtesy ("thanked", "frank exchange of views", "stay in touch") caps it low, as does a mere
 * "discussed". Stateless, thread-safe.
 */
public final class SalienceScorer {

    private static final double COURTESY_CAP = 0.25;

    public double score(ClaimStatus status, Polarity polarity, double topicWeight, boolean hasQuantities,
                        boolean emphasised, boolean courtesy, boolean conditioned) {
        double s = switch (status) {
            case DEMANDED -> 0.85;
            case CONDITIONAL -> 0.8;
            case REJECTED, DENIED -> 0.75;
            case AGREED, REQUESTED -> 0.65;
            case ANNOUNCED, PROPOSED -> 0.6;
            case NOT_IN_FORCE -> 0.5;
            case STATED -> 0.45;
            case DISCUSSED -> 0.3;
        };
        s += 0.25 * (topicWeight - Lexicon.DEFAULT_WEIGHT);
        if (hasQuantities) {
            s += 0.1;
        }
        if (emphasised) {
            s += 0.1;
        }
        if (conditioned) {
            s += 0.05;
        }
        if (polarity == Polarity.NEGATED) {
            s += 0.05;
        }
        if (courtesy) {
            s = Math.min(s, COURTESY_CAP);
        }
        return Math.max(0.0, Math.min(1.0, s));
    }
}
