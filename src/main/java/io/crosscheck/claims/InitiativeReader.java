package io.crosscheck.claims;

import java.util.List;
import java.util.Locale;
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
    public static final Set<String> CREDITED_TOPICS = Set.of("initiative", "mediation", "incident-agent");
    /** Who rammed, struck or opened fire in an incident: the agent of the verb the lexicon names. */
    private static final String INCIDENT_AGENT = "incident-agent";
    private static final int MAX_AFTER = 5;
    private static final Set<String> LINKS = Set.of("of", "by", "from");

    public boolean reads(String topic) {
        return CREDITED_TOPICS.contains(topic);
    }

    /** The single actor credited, or null (also for joint subjects like "the parties", which credit no one). */
    public String actor(Clause clause, int hitFrom, int hitTo) {
        return actor(clause, hitFrom, hitTo, "initiative");
    }

    /** The single actor credited on {@code topic}, or null. */
    public String actor(Clause clause, int hitFrom, int hitTo, String topic) {
        final String actor = creditedActor(clause, hitFrom, hitTo, topic);
        return ActorResolver.BOTH.equals(actor) ? null : actor;
    }

    private static String creditedActor(Clause clause, int hitFrom, int hitTo, String topic) {
        final List<Token> tokens = clause.tokens();
        if (topic.equals(INCIDENT_AGENT)) {
            return incidentAgent(clause, hitFrom, hitTo);
        }
        // "helped bring the two sides together": the sides inside the phrase may be those brought together, so a joint
        // subject there is the answer only when the phrase names no one else ("at both sides' request").
        boolean jointInside = false;
        for (ActorResolver.Mention m : clause.actors()) {
            if (m.from() >= hitFrom && m.to() <= hitTo) {
                if (!ActorResolver.BOTH.equals(m.actor())) {
                    return m.actor();
                }
                jointInside = true;
            }
        }
        final String outside = outsideActor(clause, tokens, hitFrom, hitTo);
        return outside == null && jointInside ? ActorResolver.BOTH : outside;
    }

    /** The credited actor named around the phrase: behind its link word, as the holder of a role, or as a possessive. */
    private static String outsideActor(Clause clause, List<Token> tokens, int hitFrom, int hitTo) {
        // "received a telephone call from": the lexicon phrase ends in "from", the caller follows it.
        final int agentBy = participleBy(tokens, hitTo);
        final boolean linked = hitTo < tokens.size() && LINKS.contains(tokens.get(hitTo).stem())
                || hitTo > hitFrom && LINKS.contains(tokens.get(hitTo - 1).stem()) || agentBy > 0;
        final int after = agentBy > 0 ? agentBy : hitTo;
        if (jointly(tokens, hitFrom, hitTo)) {
            return ActorResolver.BOTH;
        }
        if (linked) {
            final String anaphor = latterOrFormer(clause, hitFrom, hitTo);
            if (anaphor != null) {
                return anaphor;
            }
            final List<ActorResolver.Mention> mentions = clause.actors();
            for (int k = 0; k < mentions.size(); k++) {
                final ActorResolver.Mention m = mentions.get(k);
                if (m.from() >= after && (m.from() - after <= MAX_AFTER || titleOf(tokens, after, m.from()))) {
                    return opensList(tokens, mentions, k) ? ActorResolver.BOTH : m.actor();
                }
            }
        }
        final String roleHolder = roleHolder(clause, hitFrom);
        if (roleHolder != null) {
            return roleHolder;
        }
        final String holder = personalPossessive(clause, hitFrom, hitTo);
        if (holder != null) {
            return holder;
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

    /** Words that stand for a participle between a credit noun and "by" when the suffix does not show it. */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("led", "made", "undertaken", "taken", "given", "done",
            "held", "brought", "put");

    /**
     * "the mediation undertaken by the President of Mauritania", "good offices extended by Qatar", "efforts led by": a
     * participle (and "out" of "carried out") between the credit noun and "by" leaves the agent behind "by". The index
     * of "by", or -1.
     */
    private static int participleBy(List<Token> tokens, int hitTo) {
        if (hitTo >= tokens.size() || tokens.get(hitTo).breakBefore()) {
            return -1;
        }
        final String word = tokens.get(hitTo).surface().toLowerCase(Locale.ROOT);
        if (!(word.endsWith("ed") || word.endsWith("en") || IRREGULAR_PARTICIPLES.contains(word))) {
            return -1;
        }
        int by = hitTo + 1;
        if (by < tokens.size() && tokens.get(by).stem().equals("out") && !tokens.get(by).breakBefore()) {
            by++;
        }
        return by < tokens.size() && tokens.get(by).stem().equals("by") && !tokens.get(by).breakBefore() ? by : -1;
    }

    /**
     * "the President of Mauritania, whose good offices made this possible", "the President, on his own initiative,
     * declared": a relative "whose" right before the phrase credits the actor it follows; "his"/"her" inside or right
     * before the phrase credit the actor last named before it. Null when neither is there or no single actor is named.
     */
    private static String personalPossessive(Clause clause, int hitFrom, int hitTo) {
        final List<Token> tokens = clause.tokens();
        for (int i = Math.max(0, hitFrom - 1); i < hitTo; i++) {
            final String word = tokens.get(i).surface().toLowerCase(Locale.ROOT);
            if (word.equals("whose") && i == hitFrom - 1) {
                for (ActorResolver.Mention m : clause.actors()) {
                    if (m.to() == i && !ActorResolver.BOTH.equals(m.actor())) {
                        return m.actor();
                    }
                }
                return null;
            }
            if (word.equals("his") || word.equals("her")) {
                return lastActorBefore(clause, i);
            }
        }
        return null;
    }

    /** Prepositions that make the actor after them an object or circumstance, not the subject of the verb. */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("from", "with", "at", "to", "into", "against", "on", "upon",
            "near", "toward", "towards");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    /**
     * "a Chinese vessel rammed", "was rammed by a Philippine ship", "border guards of the Tajik side opened fire", "the
     * Kyrgyz guards, who opened fire", "One of the Philippine vessels ignored warnings from the Chinese side and rammed":
     * the agent of an incident verb is behind "by" right after it (passive), else the actor named last before it that
     * no preposition makes an object ("from the Chinese side" is not who rammed). Null when none is named.
     */
    private static String incidentAgent(Clause clause, int hitFrom, int hitTo) {
        final List<Token> tokens = clause.tokens();
        if (hitTo < tokens.size() && tokens.get(hitTo).stem().equals("by") && !tokens.get(hitTo).breakBefore()) {
            for (ActorResolver.Mention m : clause.actors()) {
                if (m.from() > hitTo && m.from() - hitTo <= MAX_AFTER) {
                    return m.actor();
                }
            }
            return null;
        }
        String agent = null;
        for (ActorResolver.Mention m : clause.actors()) {
            if (m.to() > hitFrom) {
                break;
            }
            int i = m.from() - 1;
            while (i >= 0 && DETERMINERS.contains(tokens.get(i).stem())) {
                i--;
            }
            if (i < 0 || !OBJECT_PREPOSITIONS.contains(tokens.get(i).stem())) {
                agent = m.actor();
            }
        }
        return agent;
    }

    /** "the Foreign Minister of the People's Republic of": the words of an office and a state's formal name. */
    private static final Set<String> TITLE_GLUE = Set.of("the", "of", "for", "and", "s");
    private static final int MAX_TITLE_WORDS = 12;

    /**
     * "received a telephone call today from the Foreign Minister of the People's Republic of China": the credited
     * person holds an office of the state named after "of", however long the office's name. True when the words
     * between the phrase and the mention are only capitalised words and title glue, unbroken, with "of" among them.
     */
    private static boolean titleOf(List<Token> tokens, int from, int mention) {
        if (mention - from > MAX_TITLE_WORDS) {
            return false;
        }
        boolean of = false;
        for (int i = from; i < mention; i++) {
            final Token t = tokens.get(i);
            final String surface = t.surface();
            final boolean capital = !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
            if (t.breakBefore() && i > from || !capital && !TITLE_GLUE.contains(t.stem()) && !LINKS.contains(t.stem())) {
                return false;
            }
            of |= i > from && t.stem().equals("of");
        }
        return of;
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
    private static final Set<String> EFFORT_WORDS = Set.of("effort", "role", "engag");

    /** "at the joint initiative of", "jointly proposed by": a co-initiative credits no single party. */
    private static boolean jointly(List<Token> tokens, int hitFrom, int hitTo) {
        for (int i = Math.max(0, hitFrom - 1); i < hitTo; i++) {
            final String stem = tokens.get(i).stem();
            if (stem.equals("joint") || stem.equals("jointli")) {
                return true;
            }
        }
        return false;
    }

    /** Words that may join two names of one list: "proposed by the UAE, Saudi Arabia and the United States". */
    private static final Set<String> LIST_GLUE = Set.of("and", "the", "as", "well", "of", "republ", "arab", "feder",
            "democrat", "islam", "state", "kingdom", "sultan", "peopl");
    /** "and the Arab Republic of Egypt": glue and the words of a state's formal name before the name itself. */
    private static final int MAX_LIST_GLUE = 5;

    /**
     * Whether the mention at {@code k} opens a list of several actors ("by Egypt, Qatar and the United States"): the
     * next names follow with only list glue between them, and the list closes with "and". A comma alone is no list
     * ("at the request of Russia, Trump said"). A list of proposers is a co-initiative.
     */
    private static boolean opensList(List<Token> tokens, List<ActorResolver.Mention> mentions, int k) {
        ActorResolver.Mention previous = mentions.get(k);
        for (int j = k + 1; j < mentions.size(); j++) {
            final ActorResolver.Mention next = mentions.get(j);
            if (next.actor().equals(previous.actor()) && oneName(tokens, previous, next)) {
                // "the Kingdom of Saudi Arabia", "the United States of America": one name read as two mentions.
                previous = next;
                continue;
            }
            final Join join = join(tokens, previous, next);
            if (join == Join.NONE) {
                return false;
            }
            if (join == Join.AND) {
                return true;
            }
            previous = next;
        }
        return false;
    }

    /**
     * Whether two mentions of one actor are one name ("the Kingdom of Saudi Arabia"): only list glue between them and no
     * punctuation. "of Colombia, between the Foreign Ministers of Colombia and Ecuador" names Colombia twice in two
     * phrases; the second opens the list of those who talked, not of those who proposed.
     */
    private static boolean oneName(List<Token> tokens, ActorResolver.Mention first, ActorResolver.Mention next) {
        if (next.from() - first.to() > MAX_LIST_GLUE) {
            return false;
        }
        for (int i = first.to(); i <= next.from() && i < tokens.size(); i++) {
            if (tokens.get(i).breakBefore() || i < next.from() && !LIST_GLUE.contains(tokens.get(i).stem())) {
                return false;
            }
        }
        return true;
    }

    private enum Join { NONE, COMMA, AND }

    private static Join join(List<Token> tokens, ActorResolver.Mention first, ActorResolver.Mention next) {
        final int gap = next.from() - first.to();
        if (gap < 0 || gap > MAX_LIST_GLUE) {
            return Join.NONE;
        }
        boolean and = false;
        for (int i = first.to(); i < next.from(); i++) {
            final String stem = tokens.get(i).stem();
            if (!LIST_GLUE.contains(stem)) {
                return Join.NONE;
            }
            and |= stem.equals("and");
        }
        final boolean comma = first.to() < tokens.size() && tokens.get(first.to()).breakBefore();
        return and ? Join.AND : comma ? Join.COMMA : Join.NONE;
    }

    /**
     * "at the request of the latter": the anaphor right after the link is the actor last named before the phrase
     * ("the former", the one named before that). Null when the phrase is not followed by such an anaphor.
     */
    private static String latterOrFormer(Clause clause, int hitFrom, int hitTo) {
        final List<Token> tokens = clause.tokens();
        int i = hitTo < tokens.size() && LINKS.contains(tokens.get(hitTo).stem()) ? hitTo + 1 : hitTo;
        if (i < tokens.size() && tokens.get(i).stem().equals("the")) {
            i++;
        }
        if (i >= tokens.size() || !(tokens.get(i).stem().equals("latter") || tokens.get(i).stem().equals("former"))) {
            return null;
        }
        final List<String> before = new java.util.ArrayList<>();
        for (ActorResolver.Mention m : clause.actors()) {
            if (m.to() <= hitFrom && !ActorResolver.BOTH.equals(m.actor())
                    && (before.isEmpty() || !before.get(before.size() - 1).equals(m.actor()))) {
                before.add(m.actor());
            }
        }
        final int back = tokens.get(i).stem().equals("latter") ? 1 : 2;
        return before.size() >= back ? before.get(before.size() - back) : ActorResolver.BOTH;
    }

    /** Words that may stand between a role and "by": "the constructive role played by". */
    private static final Set<String> ROLE_VERBS = Set.of("plai", "made", "undertaken");

    /**
     * "the role played by the United States in facilitating", "efforts made by Qatar in mediating": the holder of the
     * role is named behind "by", right before "in"/"for" and the credited step. The holder's actor, or null.
     */
    private static String roleHolder(Clause clause, int hitFrom) {
        final List<Token> tokens = clause.tokens();
        if (hitFrom < 2 || !Set.of("in", "for").contains(tokens.get(hitFrom - 1).stem())) {
            return null;
        }
        for (ActorResolver.Mention m : clause.actors()) {
            if (m.to() != hitFrom - 1 || m.from() < 2 || !tokens.get(m.from() - 1).stem().equals("by")) {
                continue;
            }
            int i = m.from() - 2;
            if (ROLE_VERBS.contains(tokens.get(i).stem())) {
                i--;
            }
            return i >= 0 && EFFORT_WORDS.contains(tokens.get(i).stem()) ? m.actor() : null;
        }
        return null;
    }

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
