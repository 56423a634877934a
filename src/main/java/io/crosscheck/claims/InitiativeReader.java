package io.crosscheck.claims;

import java.util.List;
import java.util.Set;

/**
 * Reads who is credited with a "credited" subject — an initiative ("at China's request", "at the
 * proposal of the Hungarian side", "on the initiative of Moscow", "at Japan's invitation", "received a telephone
 * call from the President of Russia") or a mediation ("mediation by the
 * Sultanate of Oman", "its mediation", "Qatar's mediation"). The actor is named inside the phrase,
 * right after it behind "of"/"by"/"from", or right before it as a possessive; "its"/"our" right before it
 * is the issuer. Stateless, thread-safe.
 */
public final class InitiativeReader {

    /** Topics whose claims are about who took the step, so the actor is read from the phrase itself. */
    public static final Set<String> CREDITED_TOPICS = Set.of("initiative", "mediation");
    private static final int MAX_AFTER = 5;
    private static final Set<String> LINKS = Set.of("of", "by", "from");

    public boolean reads(String topic) {
        return CREDITED_TOPICS.contains(topic);
    }

    /** The single actor credited, or null (also for joint subjects like "the parties", which credit no one). */
    public String actor(Clause clause, int hitFrom, int hitTo) {
        final String actor = creditedActor(clause, hitFrom, hitTo);
        return ActorResolver.BOTH.equals(actor) ? null : actor;
    }

    private static String creditedActor(Clause clause, int hitFrom, int hitTo) {
        final List<Token> tokens = clause.tokens();
        for (ActorResolver.Mention m : clause.actors()) {
            if (m.from() >= hitFrom && m.to() <= hitTo) {
                return m.actor();
            }
        }
        // "received a telephone call from": the lexicon phrase ends in "from", the caller follows it.
        final boolean linked = hitTo < tokens.size() && LINKS.contains(tokens.get(hitTo).stem())
                || hitTo > hitFrom && LINKS.contains(tokens.get(hitTo - 1).stem());
        if (linked) {
            for (ActorResolver.Mention m : clause.actors()) {
                if (m.from() >= hitTo && m.from() - hitTo <= MAX_AFTER) {
                    return m.actor();
                }
            }
        }
        if (hitFrom > 0) {
            final int owner = possessiveOfEffort(tokens, hitFrom);
            final String before = tokens.get(owner >= 0 ? owner : hitFrom - 1).stem();
            if (before.equals("it") || before.equals("its")) {
                // "gratitude to Türkiye for its facilitation": "its" is the actor last named, else the issuer.
                final String named = lastActorBefore(clause, owner >= 0 ? owner : hitFrom - 1);
                if (named != null || clause.issuerCountry() != null) {
                    return named != null ? named : clause.issuerCountry();
                }
            }
            if (before.equals("our") && clause.issuerCountry() != null) {
                return clause.issuerCountry();
            }
            for (ActorResolver.Mention m : clause.actors()) {
                if (m.to() == hitFrom) {
                    return m.actor();
                }
            }
        }
        return null;
    }

    /**
     * "grateful to Qatar for its tireless efforts to facilitate", "its role in mediating": the possessive owns the
     * efforts or role whose object is the credited step. Index of "its"/"our" a few words before the phrase, with
     * "efforts"/"role" between and no punctuation, or -1.
     */
    private static int possessiveOfEffort(List<Token> tokens, int hitFrom) {
        boolean effort = false;
        for (int i = hitFrom - 1; i >= 0 && hitFrom - i <= MAX_EFFORT_SPAN; i--) {
            final String stem = tokens.get(i).stem();
            if (EFFORT_WORDS.contains(stem)) {
                effort = true;
            } else if (effort && (stem.equals("it") || stem.equals("its") || stem.equals("our"))) {
                return i;
            }
            if (tokens.get(i).breakBefore()) {
                return -1;
            }
        }
        return -1;
    }

    private static final int MAX_EFFORT_SPAN = 5;
    private static final Set<String> EFFORT_WORDS = Set.of("effort", "role");

    private static String lastActorBefore(Clause clause, int index) {
        String last = null;
        for (ActorResolver.Mention m : clause.actors()) {
            if (m.to() <= index && !ActorResolver.BOTH.equals(m.actor())) {
                last = m.actor();
            }
        }
        return last;
    }
}
