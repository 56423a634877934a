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
                if ((subject || source) && !m.actor().equals(clause.issuerCountry()) && !m.actor().equals(ActorResolver.BOTH)
                        && !(subject && articleBetween(clause, m.to(), c.from()))) {
                    return m.actor();
                }
            }
        }
        return null;
    }

    /**
     * "Armenia removes the territorial claims": an article between the actor and the cue word opens a noun phrase,
     * so the cue is a noun ("claims", "reports"), not the actor's speech.
     */
    private static boolean articleBetween(Clause clause, int from, int to) {
        for (int i = from; i < to; i++) {
            if (ARTICLES.contains(clause.tokens().get(i).surface().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an", "its", "their", "these", "those");
}
