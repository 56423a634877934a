package io.crosscheck.claims;

/**
 * Finds who asserts a clause when the issuer reports someone else's words: "Peskov said ...",
 * "according to Moscow ...", "Washington denied ...". Returns that actor when it differs from the
 * issuer's own country, else null (the issuer speaks for itself). Stateless, thread-safe.
 */
public final class ReportedSpeechReader {

    private static final int MAX_GAP = 3;

    public String assertedBy(Clause clause) {
        for (Cues.Cue c : clause.cues()) {
            if (c.category() != Cues.Category.REPORT && c.category() != Cues.Category.DENIED) {
                continue;
            }
            final boolean accordingTo = clause.tokens().get(c.from()).stem().equals("accord");
            for (ActorResolver.Mention m : clause.actors()) {
                // "requested by Moscow, according to the French presidency": the source follows "according to".
                final boolean subject = !accordingTo && m.to() <= c.from() && c.from() - m.to() <= MAX_GAP;
                final boolean source = accordingTo && m.from() >= c.to() && m.from() - c.to() <= MAX_GAP;
                if ((subject || source) && !m.actor().equals(clause.issuerCountry()) && !m.actor().equals(ActorResolver.BOTH)) {
                    return m.actor();
                }
            }
        }
        return null;
    }
}
