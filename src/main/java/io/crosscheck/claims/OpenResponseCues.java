package io.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the constructions by which a readout leaves a matter open for later, whatever the verb's adverbs or voice:
 * a side that will deliberate on it ("Seoul will positively review the proposal", "China would carefully study it",
 * "the request will be duly considered", "the Chinese side is currently looking into it", "ready to study the
 * concerns", "took the draft for study"), and a decision put off to later ("the timelines will be finalised by the
 * Mechanism", "a date yet to be agreed"). The cue lexicon lists a few fixed phrasings of these; readouts vary the
 * adverb, the tense and the voice, so the construction is read from the words' roles instead. Also a gap only partly
 * closed ("narrowed their differences on", "reduced the gaps over") and the leftovers of a negotiation ("the remaining
 * technical issues", "outstanding questions", "pending points"): both say the matter is not settled yet.
 * Input: a clause's tokens. Output: {@link Cues.Category#UNSETTLED} cues, in text order. Stateless, thread-safe.
 */
public final class OpenResponseCues {

    private OpenResponseCues() {
    }

    /** The cues of {@code found} plus the open responses in {@code tokens}; a status cue inside an open response gives way to it. */
    public static List<Cues.Cue> merge(List<Cues.Cue> found, List<Token> tokens) {
        final List<Cues.Cue> open = find(tokens);
        if (open.isEmpty()) {
            return found;
        }
        final List<Cues.Cue> out = new ArrayList<>(open);
        for (Cues.Cue c : found) {
            if (!(c.category().isStatus() && open.stream().anyMatch(o -> o.from() < c.to() && c.from() < o.to()))) {
                out.add(c);
            }
        }
        out.sort((x, y) -> Integer.compare(x.from(), y.from()));
        return List.copyOf(out);
    }

    /** Every open response in the clause, in text order. */
    public static List<Cues.Cue> find(List<Token> tokens) {
        final List<Cues.Cue> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            final int end = openResponseAt(tokens, i);
            if (end > i) {
                out.add(new Cues.Cue(Cues.Category.UNSETTLED, i, end));
                i = end - 1;
            }
        }
        return out;
    }

    /** End (exclusive) of an open response starting at {@code i}, or -1. */
    private static int openResponseAt(List<Token> tokens, int i) {
        final String word = surface(tokens, i);
        final int partial = partlyClosedGapEnd(tokens, i);
        if (partial > i) {
            return partial;
        }
        if (MODALS.contains(word) || READINESS.contains(word) && "to".equals(surface(tokens, i + 1))) {
            int j = skipAdverbs(tokens, READINESS.contains(word) ? i + 2 : i + 1);
            if (MODALS.contains(word) && "be".equals(surface(tokens, j)) && !tokens.get(j).breakBefore()) {
                // "will be duly considered", "would be finalised by the joint commission": a passive deliberation or a
                // decision still to be taken.
                final int k = skipAdverbs(tokens, j + 1);
                if (k < tokens.size() && !tokens.get(k).breakBefore() && CONCLUDING.contains(tokens.get(k).stem())
                        && talksBefore(tokens, i)) {
                    // "negotiations on UK participation would be concluded in the coming weeks": talks still to be
                    // concluded are going on, whatever they are about.
                    return k + 1;
                }
                return deliberationOrDecisionEnd(tokens, k);
            }
            return activeDeliberationEnd(tokens, j);
        }
        if (word.equals("to") && "be".equals(surface(tokens, i + 1))) {
            // "a date yet to be agreed", "modalities are to be determined": only a decision, since "to be studied" after
            // a noun may name a purpose ("topics to be studied by the working group").
            final int k = skipAdverbs(tokens, i + 2);
            return decisionEnd(tokens, k);
        }
        if (BE_FORMS.contains(word)) {
            // "the Chinese side is studying it", "are currently looking into the concerns".
            final int j = skipAdverbs(tokens, i + 1);
            if (j < tokens.size() && surface(tokens, j).endsWith("ing") && !tokens.get(j).breakBefore()) {
                return activeDeliberationEnd(tokens, j);
            }
            return -1;
        }
        if ((word.equals("for") || word.equals("pending")) && i + 1 < tokens.size() && !tokens.get(i + 1).breakBefore()
                && PENDING_STEP.contains(tokens.get(i + 1).stem()) && (word.equals("pending") || submittedBefore(tokens, i))) {
            // "will be submitted to the Council of Ministers for approval", "signed, pending ratification": the text
            // waits for another body's decision, which is not an approval given.
            return i + 2;
        }
        if ((word.equals("for") || word.equals("under")) && i + 1 < tokens.size()) {
            // "took the draft for study", "referred it for careful consideration", "the request is under review".
            final int j = i + 1 < tokens.size() && STUDY_ADJECTIVES.contains(surface(tokens, i + 1)) ? i + 2 : i + 1;
            if (j < tokens.size() && DELIBERATION.contains(tokens.get(j).stem()) && !tokens.get(j).breakBefore()
                    && !"of".equals(surface(tokens, j + 1))) {
                return j + 1;
            }
        }
        return -1;
    }

    /**
     * "narrowed their differences on", "a narrowing of the gaps over", "reduced the remaining disagreements": a gap that
     * was made smaller is still there. "the remaining technical issues", "outstanding questions", "unresolved points":
     * what is left over is not settled. End (exclusive) of the construction at {@code i}, or -1.
     */
    private static int partlyClosedGapEnd(List<Token> tokens, int i) {
        final String word = surface(tokens, i);
        final boolean narrowing = NARROWING.stream().anyMatch(word::startsWith);
        if (!narrowing && (!LEFTOVER.contains(word) || objectOfSettling(tokens, i))) {
            return -1;
        }
        final int reach = narrowing ? MAX_GAP_MODIFIERS + 1 : MAX_LEFTOVER_MODIFIERS + 1;
        for (int j = i + 1; j < tokens.size() && j <= i + reach; j++) {
            if (tokens.get(j).breakBefore()) {
                return -1;
            }
            final String stem = tokens.get(j).stem();
            if (narrowing ? GAP.contains(stem) : LEFTOVER_MATTER.contains(stem)) {
                return j + 1;
            }
            if (narrowing ? !GAP_MODIFIERS.contains(surface(tokens, j)) : !isLeftoverModifier(surface(tokens, j))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "in order to resolve the outstanding trade issues", "agreed to address all remaining concerns": leftovers named as
     * what an action is to settle; whether it settled them is for that action's own cue to say.
     */
    private static boolean objectOfSettling(List<Token> tokens, int i) {
        int j = i - 1;
        while (j >= 0 && j >= i - 3 && DETERMINERS.contains(surface(tokens, j))) {
            j--;
        }
        return j >= 0 && SETTLING.contains(tokens.get(j).stem());
    }

    private static final Set<String> DETERMINERS = Set.of("the", "all", "any", "these", "those", "its", "their", "some");
    /** Porter stems of verbs of settling or removing something. */
    private static final Set<String> SETTLING = Set.of("resolv", "settl", "address", "solv", "tackl", "clear", "overcom",
            "remov", "close", "finalis", "finaliz", "iron");

    /** Whether talks ("negotiations", "consultations", "talks") are named in the few words before the modal at {@code i}. */
    private static boolean talksBefore(List<Token> tokens, int i) {
        return stemBefore(tokens, i, TALKS, TALKS_REACH);
    }

    private static final int TALKS_REACH = 12;
    /** Porter stems of talks, as the subject of a conclusion still to come. */
    private static final Set<String> TALKS = Set.of("negoti", "negotiation", "talk", "consult", "consultation");
    /** Porter stems of bringing talks to an end: "concluded", "completed". */
    private static final Set<String> CONCLUDING = Set.of("conclud", "complet");

    /** Whether a verb of handing a text on ("submitted", "referred", "sent") stands a few words before {@code i}. */
    private static boolean submittedBefore(List<Token> tokens, int i) {
        return stemBefore(tokens, i, SUBMITTING, SUBMIT_REACH);
    }

    /** Whether one of {@code stems} stands within {@code reach} words before {@code i}, in the same clause. */
    private static boolean stemBefore(List<Token> tokens, int i, Set<String> stems, int reach) {
        for (int j = i - 1; j >= 0 && j >= i - reach; j--) {
            if (stems.contains(tokens.get(j).stem())) {
                return true;
            }
            if (tokens.get(j + 1).breakBefore()) {
                return false;
            }
        }
        return false;
    }

    private static final int SUBMIT_REACH = 8;
    private static final Set<String> SUBMITTING = Set.of("submit", "refer", "sent", "send", "forward", "transmit", "put");
    /** Porter stems of a decision another body still has to take on a text. */
    private static final Set<String> PENDING_STEP = Set.of("approv", "approval", "ratif", "ratifi", "endors", "adopt",
            "validat", "signatur");

    /** "technical", "legal and", but not "approval of the": only describing words stand inside a leftover phrase. */
    private static boolean isLeftoverModifier(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isLetter) && !LEFTOVER_STOPS.contains(word);
    }

    private static final Set<String> LEFTOVER_STOPS = Set.of("of", "the", "a", "an", "to", "for", "by", "on", "in", "at",
            "with", "from", "over", "that", "which", "its", "their", "his", "her", "this", "these", "those", "is", "are",
            "was", "were", "be", "will", "would");

    /**
     * "review" is also what sides do with progress already made ("will review the implementation of the ceasefire"), so
     * in the active it counts only with something offered as its object; the other verbs of deliberation say on their
     * own that the matter waits for an answer.
     */
    private static int activeDeliberationEnd(List<Token> tokens, int j) {
        if (j >= tokens.size() || tokens.get(j).breakBefore()) {
            return -1;
        }
        final String stem = tokens.get(j).stem();
        if (stem.equals("look")) {
            return "into".equals(surface(tokens, j + 1)) ? j + 2 : -1;
        }
        if (!DELIBERATION.contains(stem)) {
            return -1;
        }
        if (REVIEW_LIKE.contains(stem)) {
            for (int k = j + 1; k < tokens.size() && k <= j + OFFER_REACH; k++) {
                if (tokens.get(k).breakBefore()) {
                    return -1;
                }
                if (OFFERED.contains(tokens.get(k).stem())) {
                    return j + 1;
                }
            }
            return -1;
        }
        return j + 1;
    }

    private static int deliberationOrDecisionEnd(List<Token> tokens, int k) {
        if (k < tokens.size() && !tokens.get(k).breakBefore() && tokens.get(k).stem().equals("look")) {
            return "into".equals(surface(tokens, k + 1)) ? k + 2 : -1;
        }
        if (k < tokens.size() && !tokens.get(k).breakBefore() && DELIBERATION.contains(tokens.get(k).stem())) {
            return k + 1;
        }
        return decisionEnd(tokens, k);
    }

    private static int decisionEnd(List<Token> tokens, int k) {
        if (k >= tokens.size() || tokens.get(k).breakBefore() || !DECISION.contains(tokens.get(k).stem())) {
            return -1;
        }
        final String next = surface(tokens, k + 1);
        if (tokens.get(k).stem().equals("work")) {
            return "out".equals(next) ? k + 2 : -1;
        }
        // "will be set up" founds a body; it decides nothing still open.
        return "up".equals(next) ? -1 : k + 1;
    }

    private static int skipAdverbs(List<Token> tokens, int from) {
        int j = from;
        while (j < tokens.size() && j < from + MAX_ADVERBS && !tokens.get(j).breakBefore() && isAdverb(surface(tokens, j))) {
            j++;
        }
        return j;
    }

    private static boolean isAdverb(String word) {
        return word.length() > 3 && word.endsWith("ly") && !word.equals("only") || ADVERBS.contains(word);
    }

    private static String surface(List<Token> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).surface().toLowerCase(Locale.ROOT) : "";
    }

    private static final int MAX_ADVERBS = 2;
    /** Word beginnings of making a gap smaller: "narrowed", "narrowing", "reduced", "reduction". */
    private static final Set<String> NARROWING = Set.of("narrow", "reduc");
    /** Porter stems of a gap between the sides' positions. */
    private static final Set<String> GAP = Set.of("differ", "differenc", "gap", "disagr", "disagre", "disagreement",
            "diverg", "divergenc");
    /** "narrowed their differences", "a narrowing of the remaining gaps", "reduced some of the divergences". */
    private static final Set<String> GAP_MODIFIERS = Set.of("their", "the", "of", "some", "remaining", "existing", "many",
            "most", "several", "significantly", "considerably", "further", "substantially");
    private static final int MAX_GAP_MODIFIERS = 3;
    /** Leftovers of a negotiation: "remaining issues", "outstanding technical questions". */
    private static final Set<String> LEFTOVER = Set.of("remaining", "outstanding", "pending", "unresolved");
    private static final Set<String> LEFTOVER_MATTER = Set.of("issu", "question", "point", "matter", "differ", "gap",
            "detail", "aspect", "disagr", "item", "element", "concern");
    /** "the remaining technical issues", "outstanding legal and technical questions". */
    private static final int MAX_LEFTOVER_MODIFIERS = 3;
    private static final int OFFER_REACH = 4;
    private static final Set<String> MODALS = Set.of("will", "would", "shall");
    /** "ready to study", "willing to look into", "expressed readiness to consider". */
    private static final Set<String> READINESS = Set.of("willing", "ready", "prepared", "willingness", "readiness");
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "am", "be", "been");
    private static final Set<String> ADVERBS = Set.of("further", "also", "now", "then", "first", "still", "soon", "duly", "very", "most");
    private static final Set<String> STUDY_ADJECTIVES = Set.of("further", "careful", "detailed", "closer", "thorough", "its",
            "their", "expert", "technical");
    /** Porter stems of verbs (and their nouns) of weighing a matter before answering it. */
    private static final Set<String> DELIBERATION = Set.of("studi", "consid", "consider", "review", "examin", "assess",
            "evalu", "weigh", "analys", "analyz", "analysi", "look");
    /** Verbs also used for checking on what is already under way. */
    private static final Set<String> REVIEW_LIKE = Set.of("review");
    /** Porter stems of what one side puts to the other, or a pronoun standing for it. */
    private static final Set<String> OFFERED = Set.of("propos", "request", "offer", "idea", "suggest", "initi", "draft", "it",
            "them", "concern", "plan", "document", "text", "option", "matter", "question", "issu");
    /** Porter stems of participles of settling a matter: "will be finalised", "to be agreed", "to be worked out". */
    private static final Set<String> DECISION = Set.of("finalis", "final", "decid", "determin", "fix", "settl", "agre", "set",
            "defin", "work", "clarifi", "confirm", "resolv", "specifi");
}
