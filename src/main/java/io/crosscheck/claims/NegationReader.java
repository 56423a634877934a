package io.crosscheck.claims;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;

/**
 * Decides whether a topic's claim is negated: a negation cue ("not", "no", "never", "did not
 * discuss", "there was no", "n't") shortly before the topic phrase, or right after it ("the deal
 * was not discussed"); or a denial ("denied reports that ..."). Fixed phrases that negate nothing
 * ("not only", "no doubt", "cannot", "no longer") are filtered by {@link Cues}. Stateless, thread-safe.
 */
public final class NegationReader {

    private static final int MAX_BEFORE = 8;
    private static final int MAX_AFTER = 7;
    /** A negation after the topic must sit in its verb phrase: "X was not discussed", "X did not come up". */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("wa", "was", "were", "is", "ar", "are",
            "ha", "has", "have", "had", "did", "do", "doe", "does", "been", "be");

    public Polarity read(Clause clause, int hitFrom, int hitTo, ClaimStatus status) {
        if (status == ClaimStatus.DENIED) {
            return Polarity.NEGATED;
        }
        for (Cues.Cue c : clause.cues()) {
            if (c.category() != Cues.Category.NEGATION) {
                continue;
            }
            final boolean before = c.to() <= hitFrom && hitFrom - c.to() < MAX_BEFORE;
            final boolean after = c.from() >= hitTo && c.from() - hitTo < MAX_AFTER && c.from() > 0
                    && (AUXILIARIES.contains(clause.tokens().get(c.from() - 1).stem())
                    || AUXILIARIES.contains(clause.tokens().get(c.from()).stem())
                    || clause.tokens().get(c.from()).surface().toLowerCase(java.util.Locale.ROOT).endsWith("n't"));
            if ((before && !breakBetween(clause, c.to(), hitFrom)) || (after && !breakBetween(clause, hitTo, c.from()))) {
                return Polarity.NEGATED;
            }
        }
        return Polarity.AFFIRMED;
    }

    private static boolean breakBetween(Clause clause, int from, int to) {
        for (int i = from; i <= to && i < clause.tokens().size(); i++) {
            if (clause.tokens().get(i).breakBefore()) {
                return true;
            }
        }
        return false;
    }
}
