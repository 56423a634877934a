package io.crosscheck.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads who placed a call when a readout says so with a verb rather than a phrase like "at the request
 * of": "Trump called President Putin", "the Russian President telephoned Prime Minister Modi",
 * "Washington reached out to Beijing", "Modi was phoned by Putin". Input: a clause with its actor
 * mentions. Output: the caller (a single country, never a joint subject) and the verb's tokens, or null.
 * The verb must have a named actor as its object, so "called for a ceasefire", "called on all parties"
 * and a noun "call" are not read. ("Received a telephone call from X" and "at X's invitation" are
 * initiative phrases of the topic lexicon, read by {@link InitiativeReader}.) Stateless, thread-safe.
 */
public final class CallInitiatorReader {

    /** Who called, and the verb tokens {@code [from, to)}. */
    public record Caller(String actor, int from, int to) { }

    /** Past forms only: "call"/"calls" are mostly nouns or appeals in readouts. */
    private static final Set<String> CALL_VERBS = Set.of("called", "phoned", "telephoned", "rang");
    private static final Set<String> REACH_VERBS = Set.of("reached", "reaches");
    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "is", "be");
    /** "called for a ceasefire by Russia", "called on Israel to": an appeal, not a call placed to someone. */
    private static final Set<String> NOT_AN_OBJECT = Set.of("for", "on", "upon", "off", "in", "to", "out", "back", "up",
            "into", "at", "as", "it", "this", "that", "them");
    /** "Trump today called", "the Russian President telephoned": a subject stands at most this far before its verb. */
    private static final int MAX_SUBJECT_GAP = 2;
    /** "called Indian Prime Minister Narendra Modi": an object is named within this many words after the verb. */
    private static final int MAX_OBJECT_GAP = 4;

    public Caller read(Clause clause) {
        final List<Token> tokens = clause.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            final String word = tokens.get(i).surface().toLowerCase(Locale.ROOT);
            int objectFrom = -1;
            int verbTo = i + 1;
            if (CALL_VERBS.contains(word)) {
                objectFrom = i + 1;
            } else if (REACH_VERBS.contains(word) && stemAt(tokens, i + 1, "out") && stemAt(tokens, i + 2, "to")) {
                objectFrom = i + 3;
                verbTo = i + 2;
            }
            if (objectFrom < 0 && CONVENE_VERBS.contains(word)) {
                final Caller convener = convener(clause, i);
                if (convener != null) {
                    return convener;
                }
                continue;
            }
            if (objectFrom < 0) {
                Caller seeker = CONTACT_NOUNS.contains(word) ? soughtBy(clause, i)
                        : SEEK_VERBS.contains(word) ? seekerOfContact(clause, i) : null;
                if (seeker == null && word.equals("call")) {
                    seeker = callFrom(clause, i);
                }
                if (seeker != null) {
                    return seeker;
                }
                continue;
            }
            Caller caller = i > 0 && PASSIVE_AUX.contains(tokens.get(i - 1).surface().toLowerCase(Locale.ROOT))
                    ? passive(clause, i, verbTo) : active(clause, i, verbTo, objectFrom);
            if (caller == null && objectFrom == i + 1) {
                caller = relativeCaller(clause, i);
            }
            if (caller != null) {
                return caller;
            }
        }
        return null;
    }

    /** "X called Y": X right before the verb, an actor right after it. */
    private static Caller active(Clause clause, int verb, int verbTo, int objectFrom) {
        if (objectFrom < clause.tokens().size() && NOT_AN_OBJECT.contains(clause.tokens().get(objectFrom).stem())
                || actorStartingWithin(clause, objectFrom, MAX_OBJECT_GAP) == null) {
            return null;
        }
        ActorResolver.Mention subject = null;
        for (ActorResolver.Mention m : clause.actors()) {
            if (m.to() <= verb) {
                subject = m;
            }
        }
        if (subject == null || verb - subject.to() > MAX_SUBJECT_GAP || breakBetween(clause.tokens(), subject.to(), verb)) {
            return null;
        }
        return single(subject.actor(), verb, verbTo);
    }

    /** Words that make a text speak of a telephone contact, so that a bare "who called" or "a call from" is one. */
    private static final Set<String> CONTACT_CONTEXT = Set.of("telephon", "phone", "convers", "spoke", "exchang");
    /** "a call from", "the telephone call from": what may stand right before the noun of a call placed. */
    private static final Set<String> CALL_DETERMINERS = Set.of("a", "the", "telephon", "phone", "hi", "her", "their");

    /**
     * "held a telephone conversation with the President of the United States, Donald Trump, who called to follow up
     * on …": the relative clause says the antecedent placed the call. The antecedent is the actor named right before
     * ", who"; the verb has no object, or an infinitive of purpose ("called to congratulate"), never "for"/"on" (an
     * appeal). Read only where the clause speaks of a telephone contact. Null otherwise.
     */
    private static Caller relativeCaller(Clause clause, int verb) {
        final List<Token> tokens = clause.tokens();
        int who = verb - 1;
        while (who >= 0 && verb - who <= MAX_AUXILIARIES && !tokens.get(who).surface().equalsIgnoreCase("who")
                && SEEKER_GLUE.contains(tokens.get(who).surface().toLowerCase(Locale.ROOT))) {
            who--;
        }
        if (who < 1 || !tokens.get(who).surface().equalsIgnoreCase("who") || !tokens.get(who).breakBefore()
                || breakBetween(tokens, who, verb) || !purposeOrNothing(tokens, verb + 1) || !speaksOfContact(tokens, verb)) {
            return null;
        }
        for (ActorResolver.Mention m : clause.actors()) {
            if (m.to() == who) {
                return single(m.actor(), verb, verb + 1);
            }
        }
        return null;
    }

    /** After a verb of calling: the clause's end, a break, or "to" and a verb ("called to discuss"), not an appeal. */
    private static boolean purposeOrNothing(List<Token> tokens, int after) {
        if (after >= tokens.size() || tokens.get(after).breakBefore()) {
            return true;
        }
        if (!tokens.get(after).stem().equals("to") || after + 1 >= tokens.size()) {
            return false;
        }
        final Token next = tokens.get(after + 1);
        final String surface = next.surface();
        return !next.breakBefore() && !surface.isEmpty() && Character.isLowerCase(surface.charAt(0))
                && !Set.of("the", "a", "an", "all", "both", "their", "its").contains(next.stem());
    }

    private static boolean speaksOfContact(List<Token> tokens, int except) {
        for (int i = 0; i < tokens.size(); i++) {
            if (i != except && (CONTACT_CONTEXT.contains(tokens.get(i).stem())
                    || tokens.get(i).surface().equalsIgnoreCase("call") && i > 0 && CALL_DETERMINERS.contains(tokens.get(i - 1).stem()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The conversation took place following a call from the Rwandan Minister": the noun of a call placed, with whoever
     * placed it behind "from". The noun must be a call's ("a"/"the"/"telephone" before it) in a clause speaking of a
     * telephone contact; "a call from the Secretary-General for restraint" is an appeal and is not read.
     */
    private static Caller callFrom(Clause clause, int noun) {
        final List<Token> tokens = clause.tokens();
        if (noun == 0 || !CALL_DETERMINERS.contains(tokens.get(noun - 1).stem()) || !stemAt(tokens, noun + 1, "from")
                || !speaksOfContact(tokens, noun)) {
            return null;
        }
        final ActorResolver.Mention caller = actorStartingWithin(clause, noun + 2, MAX_OBJECT_GAP);
        if (caller == null || appealFollows(tokens, caller.to())) {
            return null;
        }
        return single(caller.actor(), noun, noun + 2);
    }

    /** "a call from X for calm", "a call from X to stop the strikes": what follows the caller makes the call an appeal. */
    private static boolean appealFollows(List<Token> tokens, int after) {
        if (after >= tokens.size() || tokens.get(after).breakBefore()) {
            return false;
        }
        final String stem = tokens.get(after).stem();
        return stem.equals("for") || stem.equals("to") && purposeOrNothing(tokens, after);
    }

    /** "Y was called by X". */
    private static Caller passive(Clause clause, int verb, int verbTo) {
        if (!stemAt(clause.tokens(), verbTo, "by")) {
            return null;
        }
        final ActorResolver.Mention agent = actorStartingWithin(clause, verbTo + 1, MAX_OBJECT_GAP);
        return agent == null ? null : single(agent.actor(), verb, verbTo);
    }

    /** Verbs by which someone brings a call or meeting about: who convenes it took the initiative of it. */
    private static final Set<String> CONVENE_VERBS = Set.of("convened", "convenes", "convoked");
    /** "convened a trilateral call", "convened an emergency virtual meeting": words before the contact noun. */
    private static final int MAX_CONTACT_MODIFIERS = 4;

    /**
     * "Secretary Rubio convened a trilateral call with …", "the meeting was convened by Japan", "the talks, convened by
     * Qatar": the subject of the active verb (its object a contact noun a few unbroken words later) or the agent of the
     * passive one (the contact noun before it) convened the contact. Null otherwise ("convened at the request of" is
     * a lexicon phrase crediting the requester, read as an initiative claim before this reader is asked).
     */
    private static Caller convener(Clause clause, int verb) {
        final List<Token> tokens = clause.tokens();
        if (stemAt(tokens, verb + 1, "by")) {
            return contactBefore(tokens, verb) ? passive(clause, verb, verb + 1) : null;
        }
        boolean contact = false;
        for (int i = verb + 1; i < tokens.size() && i - verb <= MAX_CONTACT_MODIFIERS + 1 && !tokens.get(i).breakBefore(); i++) {
            if (CONTACT_NOUNS.contains(tokens.get(i).surface().toLowerCase(Locale.ROOT))) {
                contact = true;
                break;
            }
        }
        if (!contact) {
            return null;
        }
        ActorResolver.Mention subject = null;
        for (ActorResolver.Mention m : clause.actors()) {
            if (m.to() <= verb) {
                subject = m;
            }
        }
        if (subject == null || verb - subject.to() > MAX_SUBJECT_GAP || breakBetween(tokens, subject.to(), verb)
                || complement(tokens, subject.from())) {
            return null;
        }
        return single(subject.actor(), verb, verb + 1);
    }

    /** "The meeting was convened by", "the talks, convened by": a contact noun a few words before the verb. */
    private static boolean contactBefore(List<Token> tokens, int verb) {
        for (int i = verb - 1; i >= 0 && verb - i <= MAX_AUXILIARIES + 1; i--) {
            if (CONTACT_NOUNS.contains(tokens.get(i).surface().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "The call, which the Russian side had been seeking": the contact noun, then a relative clause naming who wanted it. */
    private static final Set<String> CONTACT_NOUNS = Set.of("call", "conversation", "meeting", "talks");
    private static final Set<String> SEEK_VERBS = Set.of("requested", "sought", "seeking", "asked", "proposed", "initiated", "wanted",
            "placed");
    /** "which the Russian side": the actor follows the relative pronoun within a few words. */
    private static final int MAX_RELATIVE_GAP = 3;
    /** "the Russian side had been seeking": a head noun and auxiliaries between the actor's name and the verb. */
    private static final int MAX_AUXILIARIES = 3;

    private static Caller soughtBy(Clause clause, int noun) {
        final List<Token> tokens = clause.tokens();
        final int which = noun + 1;
        if (which >= tokens.size() || !RELATIVE_PRONOUNS.contains(tokens.get(which).surface().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (ActorResolver.Mention m : clause.actors()) {
            if (m.from() > which && m.from() - which <= MAX_RELATIVE_GAP && !breakBetween(tokens, which, m.from())) {
                for (int v = m.to(); v < tokens.size() && v <= m.to() + MAX_AUXILIARIES; v++) {
                    if (SEEK_VERBS.contains(tokens.get(v).surface().toLowerCase(Locale.ROOT))) {
                        return breakBetween(tokens, m.to(), v) ? null : single(m.actor(), v, v + 1);
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** "the call, which…", "a call that President Xi had requested". */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that");
    /** Words between a seeking verb and the contact it sought: "asked for the call", "requested this phone conversation". */
    private static final Set<String> CONTACT_OBJECT_GLUE = Set.of("for", "the", "a", "an", "this", "phone", "telephone");
    /** "Trump, who had asked for the call": a relative pronoun and auxiliaries between the seeker and the verb. */
    private static final Set<String> SEEKER_GLUE = Set.of("who", "had", "has", "have", "been", "himself", "herself",
            "personally", "first", "earlier", "originally");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no");

    /**
     * "Donald Trump, who had asked for the call", "the Chinese side had requested the conversation": the seeking verb
     * has a contact noun as its object and a single named actor as its subject, with only a relative pronoun and
     * auxiliaries between (a comma only before "who"). "asked the U.S. side to…" has no contact object and is not read.
     */
    private static Caller seekerOfContact(Clause clause, int verb) {
        final List<Token> tokens = clause.tokens();
        int object = verb + 1;
        while (object < tokens.size() && object - verb <= MAX_AUXILIARIES && !tokens.get(object).breakBefore()
                && CONTACT_OBJECT_GLUE.contains(tokens.get(object).surface().toLowerCase(Locale.ROOT))) {
            object++;
        }
        if (object >= tokens.size() || object == verb + 1 || tokens.get(object).breakBefore()
                || !CONTACT_NOUNS.contains(tokens.get(object).surface().toLowerCase(Locale.ROOT))) {
            return null;
        }
        ActorResolver.Mention subject = null;
        for (ActorResolver.Mention m : clause.actors()) {
            if (m.to() <= verb) {
                subject = m;
            }
        }
        if (subject == null || verb - subject.to() > MAX_AUXILIARIES || complement(tokens, subject.from())) {
            return null;
        }
        for (int i = subject.to(); i < verb; i++) {
            final String word = tokens.get(i).surface().toLowerCase(Locale.ROOT);
            if (NEGATIONS.contains(word) || word.endsWith("n't") || !SEEKER_GLUE.contains(word)
                    || tokens.get(i).breakBefore() && !word.equals("who")) {
                return null;
            }
        }
        return tokens.get(verb).breakBefore() ? null : single(subject.actor(), verb, verb + 1);
    }

    /** "Asked about the statement that Moscow had sought the call", "whether Paris requested the call": another's account. */
    private static final Set<String> COMPLEMENTISERS = Set.of("that", "whether", "if");

    /**
     * Whether the subject opens a complement clause: the claim or question of someone the readout answers, not its own
     * account (a relative "that" after a contact noun is read by {@link #soughtBy} instead).
     */
    private static boolean complement(List<Token> tokens, int subjectFrom) {
        int i = subjectFrom - 1;
        if (i >= 0 && tokens.get(i).stem().equals("the")) {
            i--;
        }
        return i >= 0 && COMPLEMENTISERS.contains(tokens.get(i).surface().toLowerCase(Locale.ROOT));
    }

    private static Caller single(String actor, int from, int to) {
        return ActorResolver.BOTH.equals(actor) ? null : new Caller(actor, from, to);
    }

    /** The first actor named from token {@code from} on, at most {@code gap} words later and with no punctuation before it. */
    private static ActorResolver.Mention actorStartingWithin(Clause clause, int from, int gap) {
        if (from >= clause.tokens().size() || clause.tokens().get(from).breakBefore()) {
            return null;
        }
        for (ActorResolver.Mention m : clause.actors()) {
            if (m.from() >= from && m.from() - from <= gap && !breakBetween(clause.tokens(), from, m.from())) {
                return m;
            }
        }
        return null;
    }

    private static boolean stemAt(List<Token> tokens, int i, String stem) {
        return i < tokens.size() && tokens.get(i).stem().equals(stem) && !tokens.get(i).breakBefore();
    }

    private static boolean breakBetween(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i <= to && i < tokens.size(); i++) {
            if (tokens.get(i).breakBefore()) {
                return true;
            }
        }
        return false;
    }
}
