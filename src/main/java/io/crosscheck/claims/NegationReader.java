package io.crosscheck.claims;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;

/**
 * Decides whether a topic's claim is negated: a negation cue ("not", "no", "never", "did not
 * discuss", "there was no", "n't") shortly before the topic phrase, or right after it ("the deal
 * was not discussed"); or a denial ("denied reports that ..."). Fixed phrases that negate nothing
 * ("not only", "no doubt", "cannot", "no longer") are filtered by {@link Cues}. A negated status verb ("Poland
 * does not agree to take back migrants turned away at the border") negates what it governs however far the topic
 * phrase is: the rest of the clause up to a break, and a topic fronted with "On migration, ...". Stateless,
 * thread-safe.
 */
public final class NegationReader {

    private static final int MAX_BEFORE = 8;
    private static final int MAX_AFTER = 7;
    /** A negation after the topic must sit in its verb phrase: "X was not discussed", "X did not come up". */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("wa", "was", "were", "is", "ar", "are",
            "ha", "has", "have", "had", "did", "do", "doe", "does", "been", "be");

    public Polarity read(Clause clause, int hitFrom, int hitTo, ClaimStatus status) {
        if (status == ClaimStatus.DENIED) {
            final Cues.Cue refusal = passiveRefusal(clause);
            if (refusal == null) {
                return Polarity.NEGATED;
            }
            // "were denied access" withholds the access: negated; "at no time were they denied access" grants it.
            return negationBefore(clause, refusal.from()) ? Polarity.AFFIRMED : Polarity.NEGATED;
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
            if ((before && !breakBetween(clause, c.to(), hitFrom))
                    || (after && !breakBetween(clause, closingQuote(clause, hitTo) ? hitTo + 1 : hitTo, c.from())
                    && !relativeBetween(clause, hitTo, c.from()))) {
                return Polarity.NEGATED;
            }
        }
        return negatedVerbGoverns(clause, hitFrom, hitTo) ? Polarity.NEGATED : Polarity.AFFIRMED;
    }

    /** Auxiliaries of a passive: "were denied", "has been denied", "being denied". */
    private static final java.util.Set<String> PASSIVE_AUXILIARIES = java.util.Set.of("was", "were", "is", "are", "be",
            "been", "being");
    /** What a passive "denied" may be followed by when it denies a report rather than withholds a thing. */
    private static final java.util.Set<String> NOT_AN_OBJECT = java.util.Set.of("by", "that", "in", "as", "and", "or");

    /**
     * A passive "denied" with an object of its own ("observers were denied access", "the ship was denied entry",
     * "had been denied a visa") withholds a thing; it does not deny what another readout says. A report is denied
     * in the active voice ("denied reports that") or passively without an object ("the reports were denied by the
     * ministry"). Returns the refusal's cue, or null when the clause's denial is not a refusal.
     */
    private static Cues.Cue passiveRefusal(Clause clause) {
        final java.util.List<Token> tokens = clause.tokens();
        for (Cues.Cue c : clause.cues()) {
            if (c.category() != Cues.Category.DENIED || c.to() - c.from() != 1 || c.from() == 0 || c.to() >= tokens.size()) {
                continue;
            }
            final Token next = tokens.get(c.to());
            if (lower(tokens.get(c.from())).equals("denied") && passiveBefore(tokens, c.from()) && !next.breakBefore()
                    && !NOT_AN_OBJECT.contains(lower(next))) {
                return c;
            }
        }
        return null;
    }

    /** How far a passive auxiliary or a negation may stand before its participle: past an inserted "including ...". */
    private static final int MAX_TO_PARTICIPLE = 16;

    /** "were denied", and the inverted "at no time were observers, including ..., denied". */
    private static boolean passiveBefore(java.util.List<Token> tokens, int participle) {
        for (int i = participle - 1; i >= 0 && participle - i <= MAX_TO_PARTICIPLE; i--) {
            if (PASSIVE_AUXILIARIES.contains(lower(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** A negation before {@code at} in the clause, inserted phrases allowed between: "at no time were ... denied". */
    private static boolean negationBefore(Clause clause, int at) {
        return clause.cues().stream().anyMatch(n -> n.category() == Cues.Category.NEGATION && n.to() <= at
                && at - n.to() <= MAX_TO_PARTICIPLE);
    }

    private static String lower(Token t) {
        return t.surface().toLowerCase(java.util.Locale.ROOT);
    }

    /** Tokens between a negation and the status verb it negates: "not agree", "does not really agree". */
    private static final int MAX_NEGATION_TO_VERB = 1;
    /** Words that front the subject of a clause: "On migration, ...", "Regarding the border, ...". */
    private static final java.util.Set<String> FRONTING = java.util.Set.of("on", "regard", "concern", "as", "in");
    /** Tokens a fronted subject may take: "On migration", "In the field of migration". */
    private static final int MAX_FRONTED = 6;

    /** The topic phrase is in the complement of a negated status verb, or fronts the clause whose verb is negated. */
    private static boolean negatedVerbGoverns(Clause clause, int hitFrom, int hitTo) {
        for (Cues.Cue verb : clause.cues()) {
            if (!verb.category().isStatus() || !negated(clause, verb)) {
                continue;
            }
            final boolean complement = hitFrom >= verb.to() && !breakBetween(clause, verb.to(), hitFrom);
            final boolean fronted = hitTo <= verb.from() && hitTo <= MAX_FRONTED
                    && FRONTING.contains(clause.tokens().get(0).stem()) && hitTo < clause.tokens().size()
                    && clause.tokens().get(hitTo).breakBefore() && !breakBetween(clause, hitTo + 1, verb.from());
            if (complement || fronted) {
                return true;
            }
        }
        return false;
    }

    /**
     * A negation right before the status verb, or one that begins before it and takes in its first word: in "No
     * agreement was reached on the access of inspectors" the negation "no agreement" and the verb "agreement was
     * reached" share "agreement", and the negation still governs the complement.
     */
    private static boolean negated(Clause clause, Cues.Cue verb) {
        return clause.cues().stream().anyMatch(n -> n.category() == Cues.Category.NEGATION && n.from() < verb.from()
                && n.to() <= verb.to() && (verb.from() - n.to() <= MAX_NEGATION_TO_VERB
                || lightVerbBetween(clause, n.to(), verb.from())));
    }

    /** Stems of the verbs that only carry a status noun: "adopted a decision", "reached an agreement". */
    private static final java.util.Set<String> LIGHT_VERBS = java.util.Set.of("adopt", "take", "taken", "took", "make",
            "made", "reach", "give", "given", "gave", "enter", "conclud", "issu", "offer");
    /** Determiners and adjectives a light verb may put before its noun: "any", "a formal", "such a", "new". */
    private static final java.util.Set<String> NOUN_OPENERS = java.util.Set.of("ani", "a", "an", "the", "such", "new", "into",
            "formal", "firm", "final", "specif", "concret", "binding", "bind");
    /** Tokens a light verb and its noun's openers may take between a negation and a status noun. */
    private static final int MAX_LIGHT_GAP = 4;

    /**
     * A negation of the light verb that carries a status noun negates the noun: "has not adopted any decision to lift
     * the state of emergency", "did not reach a formal agreement on", "have not entered into any agreement". Only a light
     * verb followed by determiners or adjectives may stand between: in "did not object, and the decision to ..." the
     * decision is affirmed.
     */
    private static boolean lightVerbBetween(Clause clause, int from, int to) {
        if (to - from > MAX_LIGHT_GAP || to <= from || !LIGHT_VERBS.contains(clause.tokens().get(from).stem())) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            final Token t = clause.tokens().get(i);
            if (t.breakBefore() || !NOUN_OPENERS.contains(t.stem())) {
                return false;
            }
        }
        return !clause.tokens().get(to).breakBefore();
    }

    /**
     * Words that open a relative clause. A negation after one belongs to the relative clause and says something
     * about the noun it modifies: in "inspections at the power plant and at the facilities that were not damaged"
     * the plant is not negated.
     */
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("that", "which", "who", "whom", "whose",
            "where");

    private static boolean relativeBetween(Clause clause, int from, int to) {
        for (int i = from; i < to && i < clause.tokens().size(); i++) {
            if (RELATIVES.contains(clause.tokens().get(i).surface().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Quotation marks, straight and curly, single and double. */
    private static final String QUOTES = "\"'\u2018\u2019\u201C\u201D\u00AB\u00BB";

    /**
     * Only a closing quotation mark stands between the topic phrase and the next word: in "the question of the
     * so-called \"detained citizens\" was not raised" the quote ends the phrase, it does not end the clause.
     */
    private static boolean closingQuote(Clause clause, int next) {
        if (next <= 0 || next >= clause.tokens().size() || !clause.tokens().get(next).breakBefore()) {
            return false;
        }
        final String gap = clause.text().substring(clause.tokens().get(next - 1).end(), clause.tokens().get(next).start());
        return !gap.isBlank() && gap.chars().allMatch(ch -> Character.isWhitespace(ch) || QUOTES.indexOf(ch) >= 0)
                && gap.chars().anyMatch(ch -> QUOTES.indexOf(ch) >= 0);
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
