package io.crosscheck.claims;

import io.crosscheck.avro.ClaimStatus;

import java.util.List;

/**
 * Reads the status of the action on a topic from the cue words of its clause: the first status cue
 * before the topic phrase governs ("Trump suggested that both sides agree to a halt" is PROPOSED);
 * without one, the nearest cue after it ("the minerals deal was discussed"). "Agreed to begin talks
 * on X" and "agreed that the movement to peace will begin with X" are NOT_IN_FORCE; a condition cue ("only after", "provided that") makes an agreement or plain
 * statement CONDITIONAL and its words become the claim's condition. Also picks the actor of the
 * governing cue: the nearest actor named before it, or after "of"/"by" ("at the initiative of the
 * Russian side"). Stateless, thread-safe.
 */
public final class StatusReader {

    private static final int MAX_AFTER = 6;
    private static final int MAX_SUBJECT_GAP = 3;

    /** What the reader found for one topic phrase. */
    public record Reading(ClaimStatus status, String cueText, String actor, String condition) {
        /** The normalised action: "undecided" for matters still open, else the cue's words. */
        public String action() {
            return cueText == null ? "mention" : cueText.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Action of a claim whose matter is explicitly still open (not merely in the future). */
    public static final String UNDECIDED = "undecided";

    public Reading read(Clause clause, int hitFrom, int hitTo) {
        final List<Cues.Cue> cues = clause.cues();
        // A cue in the same comma-free stretch as the topic governs it; a framing phrase like
        // "During their discussion," does not, unless nothing closer is there.
        Cues.Cue governing = null;
        Cues.Cue framing = null;
        Cues.Cue reporting = null;
        for (Cues.Cue c : cues) {
            // "have reached a staff-level agreement": a cue that starts before the topic and takes it in is before it too.
            if (c.category().isStatus() && c.category() != Cues.Category.CONDITIONAL && c.from() < hitFrom && c.to() <= hitTo) {
                if (reportingFrame(clause, c, hitTo + MAX_AFTER)) {
                    if (reporting == null) {
                        reporting = c;
                    }
                    continue;
                }
                if (!breakBetween(clause, c.to(), hitFrom)) {
                    governing = c;
                    break;
                }
                if (framing == null) {
                    framing = c;
                }
            }
        }
        if (governing == null && insideCondition(clause, hitFrom)) {
            // "subject to approval by the Executive Board, which is expected to consider the review": the cue
            // after a topic named in a condition speaks of the condition's own course, not of the topic.
            return new Reading(ClaimStatus.CONDITIONAL, null, null, condition(clause));
        }
        if (governing == null) {
            for (Cues.Cue c : cues) {
                if (governing != null) {
                    break;
                }
                if (c.category().isStatus() && c.category() != Cues.Category.CONDITIONAL
                        && c.from() >= hitTo && c.from() - hitTo <= MAX_AFTER) {
                    governing = c;
                }
            }
        }
        if (governing == null) {
            governing = passiveAfterSubject(clause, hitFrom, hitTo);
        }
        if (governing == null) {
            governing = framing;
        }
        if (governing == null) {
            governing = reporting;
        }
        if (governing != null) {
            governing = passiveVerdictOnProposal(clause, governing, hitFrom, hitTo);
        }
        if (governing != null && governing.category() == Cues.Category.AGREED && inPrinciple(clause.tokens(), governing)) {
            // "agreed in principle to restore relations; the modalities will be discussed": settled only as an intent.
            return new Reading(ClaimStatus.NOT_IN_FORCE, UNDECIDED, null, condition(clause));
        }
        if (governing != null && needOfPopulation(clause.tokens(), governing)) {
            // "9 million people require assistance" states a need; it asks nothing of anyone at the table.
            governing = null;
        }
        if (governing == null) {
            governing = openMatterLater(clause, cues, hitTo);
        }
        // "agreed to continue consultations on coordinated responses, including the possibility of further designations":
        // a bare possibility inside talks that go on is as open as the talks.
        // "welcomed the commitment of both parties to continue technical discussions on commercial access": the talks
        // that go on are the topic's only cue, and what they leave open is the topic.
        if ((governing == null || governing.category() == Cues.Category.NOT_IN_FORCE
                || governing.category() == Cues.Category.DISCUSSED) && continuedWorkOn(clause.tokens(), hitFrom)) {
            return new Reading(ClaimStatus.NOT_IN_FORCE, UNDECIDED, null, condition(clause));
        }
        if (governing != null && governing.category() == Cues.Category.UNSETTLED || openLater(clause, cues, governing)
                || governing != null && continuedWorkCovers(clause.tokens(), governing, hitFrom)) {
            return new Reading(ClaimStatus.NOT_IN_FORCE, UNDECIDED, null, condition(clause));
        }
        ClaimStatus status = governing == null ? ClaimStatus.STATED : ClaimStatus.valueOf(governing.category().name());
        if (status == ClaimStatus.AGREED && laterNotInForce(cues, governing, hitFrom)) {
            status = ClaimStatus.NOT_IN_FORCE;
        }
        if ((status == ClaimStatus.DISCUSSED || status == ClaimStatus.NOT_IN_FORCE) && draftBefore(clause, governing, hitFrom)
                || status == ClaimStatus.DISCUSSED && possibilityBefore(clause, governing, hitFrom)) {
            return new Reading(ClaimStatus.NOT_IN_FORCE, UNDECIDED, null, condition(clause));
        }
        final String condition = condition(clause);
        if (condition != null && (status == ClaimStatus.AGREED || status == ClaimStatus.STATED
                || status == ClaimStatus.ANNOUNCED || status == ClaimStatus.NOT_IN_FORCE)) {
            status = ClaimStatus.CONDITIONAL;
        }
        final String actor = governing == null ? null : actorOf(clause, governing);
        final String cueText = governing == null ? null : words(clause, governing.from(), governing.to());
        return new Reading(status, cueText, actor, condition);
    }

    /**
     * "The Minister informed that the Government would consider the release of the fishermen", "confirmed that the
     * sides had agreed to ...": a verb of announcing followed by "that" only frames what it reports; when the reported
     * clause carries a status cue of its own (before {@code limit}), that cue says where the matter stands.
     */
    static boolean reportingFrame(Clause clause, Cues.Cue cue, int limit) {
        final List<Token> tokens = clause.tokens();
        if (cue.category() != Cues.Category.ANNOUNCED || cue.to() >= tokens.size()
                || !tokens.get(cue.to()).surface().equalsIgnoreCase("that")) {
            return false;
        }
        return clause.cues().stream().anyMatch(c -> c != cue && c.from() > cue.to() && c.from() <= limit
                && c.category().isStatus() && c.category() != Cues.Category.CONDITIONAL);
    }

    /**
     * "The Memorandum of Understanding on the development of Trincomalee as an energy hub was initialled by officials":
     * a topic named in the clause's subject takes the status of the passive verb the subject governs, however long the
     * subject. The topic must stand early in the clause (at most {@link #MAX_SUBJECT_LEAD} words before it: "The
     * memorandum on the rail link"), the cue must directly follow "was", "were", "is", "are" or "been", and no break,
     * relative pronoun, conjunction or auxiliary stands anywhere before that auxiliary.
     */
    private static Cues.Cue passiveAfterSubject(Clause clause, int hitFrom, int hitTo) {
        final List<Token> tokens = clause.tokens();
        if (hitFrom > MAX_SUBJECT_LEAD) {
            return null;
        }
        for (Cues.Cue c : clause.cues()) {
            if (!c.category().isStatus() || c.category() == Cues.Category.CONDITIONAL || c.from() < hitTo + 1
                    || c.from() - hitTo > MAX_SUBJECT_WORDS) {
                continue;
            }
            if (!PASSIVE_AUXILIARIES.contains(tokens.get(c.from() - 1).surface().toLowerCase(java.util.Locale.ROOT))
                    || breakBetween(clause, hitTo, c.from())) {
                return null;
            }
            for (int i = 0; i < c.from() - 1; i++) {
                if (SUBJECT_ENDS.contains(tokens.get(i).surface().toLowerCase(java.util.Locale.ROOT))) {
                    return null;
                }
            }
            return c;
        }
        return null;
    }

    private static final int MAX_SUBJECT_LEAD = 6;
    private static final int MAX_SUBJECT_WORDS = 16;
    /** Words that end a subject noun phrase or open a clause inside it. */
    private static final java.util.Set<String> SUBJECT_ENDS = java.util.Set.of("was", "were", "is", "are", "been", "be",
            "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "which", "that",
            "who", "whose", "where", "when", "and", "or", "but");

    /**
     * "The proposal to extend the ceasefire by thirty days was rejected by our delegation": a proposal named as the
     * subject of a passive refusal is read as rejected, not as a proposal. The governing cue must be a proposal noun
     * before the topic, and the refusal (right after "was", "were", "is", "are" or "been") must follow the topic in the
     * same comma-free stretch. Returns the cue that
     * governs: the verdict, or {@code governing} unchanged.
     */
    private static Cues.Cue passiveVerdictOnProposal(Clause clause, Cues.Cue governing, int hitFrom, int hitTo) {
        final List<Token> tokens = clause.tokens();
        if (governing.from() >= hitFrom || governing.to() - governing.from() != 1
                || !PROPOSAL_NOUNS.contains(tokens.get(governing.from()).surface().toLowerCase(java.util.Locale.ROOT))) {
            return governing;
        }
        for (Cues.Cue c : clause.cues()) {
            if (c.from() < hitTo || c.from() == 0 || breakBetween(clause, hitTo, c.from())) {
                continue;
            }
            // Only a refusal: a proposal "accepted by the other side" stays read as a proposal, so that who made it
            // is still compared (the acceptance itself is read where the readout says it in the active).
            if (c.category() == Cues.Category.REJECTED
                    && PASSIVE_AUXILIARIES.contains(tokens.get(c.from() - 1).surface().toLowerCase(java.util.Locale.ROOT))) {
                return c;
            }
        }
        return governing;
    }

    /** Nouns naming a proposal that can stand as the subject of a verdict on it. */
    private static final java.util.Set<String> PROPOSAL_NOUNS = java.util.Set.of("proposal", "proposals", "idea", "ideas",
            "suggestion", "suggestions", "request", "requests", "offer", "offers", "initiative", "plan");
    private static final java.util.Set<String> PASSIVE_AUXILIARIES = java.util.Set.of("was", "were", "been", "is", "are");

    /**
     * "agreed in principle to restore diplomatic relations", "reached an agreement in principle on the debt treatment",
     * "an in-principle agreement": an agreement in principle leaves its terms open and is not a settlement. True when
     * "in principle" directly follows the agreement cue (a comma may stand between) or "in-principle" directly precedes it.
     */
    static boolean inPrinciple(List<Token> tokens, Cues.Cue cue) {
        final int after = cue.to();
        if (after + 1 < tokens.size() && tokens.get(after).surface().equalsIgnoreCase("in")
                && tokens.get(after + 1).surface().toLowerCase(java.util.Locale.ROOT).startsWith("principle")) {
            return true;
        }
        for (int i = Math.max(0, cue.from() - 3); i < cue.from(); i++) {
            final String w = tokens.get(i).surface().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("in-principle") || w.equals("principle") && i > 0 && tokens.get(i - 1).surface().equalsIgnoreCase("in")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "exchanged views on the draft agreement on railway communication", "agreed that experts would continue working
     * on the draft railway agreement": a text only talked about or still being worked on as a draft is not settled.
     * The word "draft" must stand between the governing cue and the topic, within a few words of the topic and in the
     * same comma-free stretch ("signed the draft" is read by its settled cue and never reaches here).
     */
    private static boolean draftBefore(Clause clause, Cues.Cue governing, int hitFrom) {
        final int from = Math.max(governing == null ? 0 : governing.to(), hitFrom - DRAFT_REACH);
        for (int i = hitFrom - 1; i >= from && i >= 0; i--) {
            if (clause.tokens().get(i).stem().equals("draft")) {
                return !breakBetween(clause, i + 1, hitFrom);
            }
        }
        return false;
    }

    private static final int DRAFT_REACH = 4;

    /**
     * "discussed the possibility of establishing border markets", "explored the feasibility of a joint venture": what
     * was talked about is only whether the step might be taken. A word of possibility must stand between the discussion
     * cue and the topic, within {@link #DRAFT_REACH} words of the topic and in the same comma-free stretch.
     */
    private static boolean possibilityBefore(Clause clause, Cues.Cue governing, int hitFrom) {
        final int from = Math.max(governing.to(), hitFrom - DRAFT_REACH);
        for (int i = hitFrom - 1; i >= from && i >= 0; i--) {
            if (POSSIBILITY.contains(clause.tokens().get(i).stem())) {
                return !breakBetween(clause, i + 1, hitFrom);
            }
        }
        return false;
    }

    /**
     * Porter stems of "possibility", "possible", "feasibility", "options". Not "prospects" or "potential": "discussed the
     * prospects for trade" is a readout's boilerplate about cooperation, not a step weighed.
     */
    private static final java.util.Set<String> POSSIBILITY = java.util.Set.of("possibl", "feasibl", "option");

    /** Whether a condition cue opens before the topic phrase, so that the topic is named inside the condition. */
    private static boolean insideCondition(Clause clause, int hitFrom) {
        return clause.cues().stream().anyMatch(c -> c.category() == Cues.Category.CONDITIONAL && c.from() < hitFrom
                && !needOfPopulation(clause.tokens(), c));
    }

    /**
     * "more than 60 percent of the population depends on irrigated farming", "9 million people require humanitarian
     * assistance", "thousands of households are dependent on remittances": a need or dependency whose subject is a
     * population, or a count or share of people, is a fact about those people, not a condition or demand laid on any
     * side. True when {@code cue} is such a verb ("depend", "require", "need", "rely") and the few words before it, back
     * to the clause's last break or "that", name people at large. A figure alone is not enough: "the 2026 budget
     * requires approval" is a condition.
     */
    static boolean needOfPopulation(List<Token> tokens, Cues.Cue cue) {
        if (cue.from() >= tokens.size() || !NEED_VERBS.contains(tokens.get(cue.from()).stem())) {
            return false;
        }
        for (int i = cue.from() - 1; i >= 0 && i >= cue.from() - NEED_SUBJECT_WORDS; i--) {
            final Token t = tokens.get(i);
            if (SUBJECT_STOPS.contains(t.stem())) {
                return false;
            }
            if (POPULATION.contains(t.stem())) {
                return true;
            }
            if (t.breakBefore()) {
                return false;
            }
        }
        return false;
    }

    private static final int NEED_SUBJECT_WORDS = 10;
    /** Porter stems of verbs of need or dependency (the surface may be "depends", "dependent", "required", "need"). */
    private static final java.util.Set<String> NEED_VERBS = java.util.Set.of("depend", "requir", "need", "reli", "rel");
    /** Porter stems of words for people at large. */
    private static final java.util.Set<String> POPULATION = java.util.Set.of("peopl", "popul", "person", "resid", "household",
            "famili", "farmer", "inhabit", "citizen", "civilian", "refuge", "children", "worker", "commun");
    /** Words that end the subject of the need verb: a conjunction or verb of saying before them opens another clause. */
    private static final java.util.Set<String> SUBJECT_STOPS = java.util.Set.of("that", "if", "whether", "and");

    /**
     * "On trans-border rivers, the Chinese side stated that, out of humanitarian considerations, it will consider
     * providing hydrological information": a topic named as the heading of a sentence whose only status is an open
     * one ("will consider", "will study") further on is that open matter. Only an open cue reaches that far: an
     * agreement or a proposal far from the topic may well be about something else.
     */
    private static Cues.Cue openMatterLater(Clause clause, List<Cues.Cue> cues, int hitTo) {
        for (Cues.Cue c : cues) {
            if (c.category().isStatus() && c.category() != Cues.Category.CONDITIONAL && c.from() >= hitTo) {
                if (c.category() == Cues.Category.UNSETTLED) {
                    return c;
                }
                // "Third, on the tariff suspension, the two sides held in-depth discussions on a possible extension
                // and agreed to continue consultations": talk about a matter, its mere possibility and an agreement
                // to keep talking all leave it as open as the cue that follows them.
                final boolean continued = continuesWork(clause.tokens(), c);
                // "Regarding reciprocal visits by the leaders, the two Ministers confirmed that they would continue to
                // communicate closely": a matter set as the sentence's heading is what the continued talks are about.
                if (continued && frontedHeading(clause, hitTo, c)) {
                    return c;
                }
                if (!(c.category() == Cues.Category.DISCUSSED || c.category() == Cues.Category.NOT_IN_FORCE || continued)) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * Whether the topic ending at {@code hitTo} is named in a heading that opens the clause ("Regarding X, ...", "On X,
     * ...", "As for X, ...", "With regard to X, ...") and closes with a break before {@code cue}.
     */
    private static boolean frontedHeading(Clause clause, int hitTo, Cues.Cue cue) {
        final List<Token> tokens = clause.tokens();
        if (tokens.size() < 2 || hitTo > MAX_HEADING_WORDS || !breakBetween(clause, hitTo, cue.from())) {
            return false;
        }
        final String first = tokens.get(0).surface().toLowerCase(java.util.Locale.ROOT);
        final String second = tokens.get(1).surface().toLowerCase(java.util.Locale.ROOT);
        return HEADING_WORDS.contains(first) || first.equals("as") && (second.equals("for") || second.equals("to"))
                || (first.equals("with") || first.equals("in")) && (second.equals("regard") || second.equals("respect"));
    }

    private static final int MAX_HEADING_WORDS = 8;
    private static final java.util.Set<String> HEADING_WORDS = java.util.Set.of("regarding", "concerning", "on");

    /**
     * "agreed to continue consultations", "agreed to continue technical work to identify options", "the sides will
     * continue to work on the text": what the sides settle on is to keep discussing or working on the matter, which
     * leaves the matter itself open. True when the cue is an agreement followed by "to"/"that … would" and then such a
     * continuation, or is itself the continuation. Working "with" someone or "together" is cooperation, not an open
     * matter ("will continue to work with ASEAN to ensure that the ceasefire holds").
     */
    static boolean continuesWork(List<Token> tokens, Cues.Cue cue) {
        return openWorkIndex(tokens, cue) >= 0;
    }

    /**
     * Whether the continued work of {@code cue} is about the topic at {@code hitFrom}: the topic is named before the
     * continuation ("On the tariff suspension, the sides agreed to continue consultations") or is its object ("continue
     * consultations on the tariff suspension"). A topic named as the means ("continue working on the settlement through
     * expert groups") is what was agreed, not what stays open.
     */
    private static boolean continuedWorkCovers(List<Token> tokens, Cues.Cue cue, int hitFrom) {
        return covers(tokens, openWorkIndex(tokens, cue), hitFrom);
    }

    /**
     * "The sides will continue their technical consultations on the tariffs": a continuation of talks or work in a
     * clause without any status cue, about the topic at {@code hitFrom}.
     */
    private static boolean continuedWorkOn(List<Token> tokens, int hitFrom) {
        // Only as the continuation's object: a topic named earlier in a clause without a status cue may be a step
        // already taken ("the tariffs were lowered, and the teams will continue consultations").
        for (int i = 0; i < hitFrom; i++) {
            final int work = openWorkFrom(tokens, i);
            if (work >= 0 && work < hitFrom && covers(tokens, work, hitFrom)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(List<Token> tokens, int work, int hitFrom) {
        if (work < 0) {
            return false;
        }
        if (hitFrom <= work) {
            return true;
        }
        if (namedInIncludedList(tokens, work, hitFrom)) {
            return true;
        }
        if (hitFrom - work > MAX_OBJECT_GAP) {
            return false;
        }
        for (int i = work + 1; i < hitFrom; i++) {
            if (MEANS.contains(tokens.get(i).stem()) || tokens.get(i).breakBefore()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "continue to communicate closely through diplomatic channels, including on the timing of the next visit",
     * "continue consultations on coordinated responses, including the possibility of additional designations": a matter
     * listed after "including" (or "in particular", "notably") that follows the continued talks is one of their
     * subjects, however long the stretch between. The list must open within {@link #MAX_LIST_REACH} words of the talks
     * and name the topic within {@link #MAX_LISTED_GAP} more words ("on the timing of the next"), with no further break.
     */
    private static boolean namedInIncludedList(List<Token> tokens, int work, int hitFrom) {
        for (int i = hitFrom - 1; i > work && i >= hitFrom - MAX_LISTED_GAP - 1; i--) {
            final String stem = tokens.get(i).stem();
            if (INCLUSION.contains(stem) && i - work <= MAX_LIST_REACH) {
                return true;
            }
            if (tokens.get(i).breakBefore()) {
                return false;
            }
        }
        return false;
    }

    private static final int MAX_LIST_REACH = 12;
    private static final int MAX_LISTED_GAP = 7;
    /** Porter stems that open a list of a talk's subjects: "including", "notably", "particularly", "especially". */
    private static final java.util.Set<String> INCLUSION = java.util.Set.of("includ", "notabl", "particularli", "especi");

    private static final int MAX_OBJECT_GAP = 4;
    private static final java.util.Set<String> MEANS = java.util.Set.of("through", "via", "by", "in", "at", "within", "with");

    /** Index of the open-work word ("consultations", "work") the cue continues, or -1. */
    private static int openWorkIndex(List<Token> tokens, Cues.Cue cue) {
        int i = cue.from();
        // "confirmed that they would continue to communicate closely" settles only that the talks go on, as "agreed to" does.
        if (cue.category() == Cues.Category.AGREED || cue.category() == Cues.Category.ANNOUNCED) {
            i = cue.to();
            for (int skipped = 0; i < tokens.size() && skipped < MAX_AGREEMENT_LINK && AGREEMENT_LINKS.contains(tokens.get(i).stem());
                 skipped++) {
                i++;
            }
        }
        if (i < tokens.size() && tokens.get(i).breakBefore() && i > cue.from()) {
            return -1;
        }
        final int work = openWorkFrom(tokens, i);
        if (work >= 0 || i == cue.from() || cue.to() >= tokens.size() || !"that".equals(tokens.get(cue.to()).stem())) {
            return work;
        }
        // "agreed that technical teams will continue to study a rail connection": the continuation has a subject of its own.
        for (int j = i; j < tokens.size() && j <= i + MAX_WORK_SUBJECT; j++) {
            if (tokens.get(j).breakBefore()) {
                return -1;
            }
            if (FUTURE.contains(tokens.get(j).stem())) {
                // "agreed that their teams will keep in close communication" settles contact, as "will stay in touch" does.
                final int continued = openWorkFrom(tokens, j + 1);
                return continued >= 0 && tokens.get(continued).surface().toLowerCase(java.util.Locale.ROOT).startsWith("communicat")
                        ? -1 : continued;
            }
        }
        return -1;
    }

    /** "technical teams", "the two ministries' experts": the few words of a continuation's own subject. */
    private static final int MAX_WORK_SUBJECT = 4;
    private static final java.util.Set<String> FUTURE = java.util.Set.of("will", "would");

    /** Index of the open-work word continued by the word at {@code i} ("continue … consultations"), or -1. */
    private static int openWorkFrom(List<Token> tokens, int i) {
        if (i >= tokens.size() || !CONTINUE_WORDS.contains(tokens.get(i).stem())) {
            return -1;
        }
        for (int j = i + 1; j < tokens.size() && j <= i + MAX_CONTINUE_GAP; j++) {
            final String stem = tokens.get(j).stem();
            if (tokens.get(j).breakBefore()) {
                return -1;
            }
            // "communicate" by its surface: its stem "commun" is also that of "community".
            if (OPEN_WORK.contains(stem) || tokens.get(j).surface().toLowerCase(java.util.Locale.ROOT).startsWith("communicat")) {
                final String next = j + 1 < tokens.size() ? tokens.get(j + 1).stem() : "";
                return stem.equals("work") && COOPERATION_AFTER_WORK.contains(next) ? -1 : j;
            }
        }
        return -1;
    }

    private static final int MAX_AGREEMENT_LINK = 3;
    /** Words (Porter stems) between an agreement and what was agreed: "agreed to continue", "agreed that they would continue". */
    private static final java.util.Set<String> AGREEMENT_LINKS = java.util.Set.of("to", "that", "thei", "we", "would", "will");
    private static final java.util.Set<String> CONTINUE_WORDS = java.util.Set.of("continu", "keep", "pursu");
    /** "continue to work", "continue technical work", "continue their consultations": at most two words between. */
    private static final int MAX_CONTINUE_GAP = 3;
    /** Porter stems of talking or working on something not yet settled. */
    private static final java.util.Set<String> OPEN_WORK = java.util.Set.of("discuss", "discussion", "consult",
            "consultation", "talk", "negoti", "negotiation", "work", "studi", "examin", "explor", "deliber");
    private static final java.util.Set<String> COOPERATION_AFTER_WORK = java.util.Set.of("with", "togeth", "close", "closer",
            "hand", "jointli", "for", "toward", "towards");

    /**
     * "discussed a possible initiative, which the governments will consider further": a matter only talked
     * about or proposed that the same clause says is still open, or will go on being talked about, is undecided, not
     * merely discussed.
     */
    private static boolean openLater(Clause clause, List<Cues.Cue> cues, Cues.Cue governing) {
        if (governing == null || !OPENABLE.contains(governing.category())) {
            return false;
        }
        // "discussed a possible expansion and agreed to continue consultations": keeping the talks going is as open.
        return cues.stream().anyMatch(c -> c.from() >= governing.to()
                && (c.category() == Cues.Category.UNSETTLED || continuesWork(clause.tokens(), c)));
    }

    private static final java.util.Set<Cues.Category> OPENABLE =
            java.util.EnumSet.of(Cues.Category.DISCUSSED, Cues.Category.PROPOSED, Cues.Category.REQUESTED,
                    // "the details of a possible exchange are still being worked out": a possibility left open is open.
                    Cues.Category.NOT_IN_FORCE);

    private static boolean laterNotInForce(List<Cues.Cue> cues, Cues.Cue governing, int hitFrom) {
        for (Cues.Cue c : cues) {
            if (c.from() >= governing.to() && c.to() <= hitFrom && c.category() == Cues.Category.NOT_IN_FORCE) {
                return true;
            }
        }
        return false;
    }

    /** The clause text from the condition cue on, verbatim, or null. */
    private static String condition(Clause clause) {
        for (Cues.Cue c : clause.cues()) {
            if (c.category() == Cues.Category.CONDITIONAL && !needOfPopulation(clause.tokens(), c)) {
                final int from = clause.tokens().get(c.from()).start();
                return clause.text().substring(from, clause.end()).strip();
            }
        }
        return null;
    }

    private static String actorOf(Clause clause, Cues.Cue cue) {
        final List<Token> tokens = clause.tokens();
        if (cue.to() < tokens.size()) {
            final String next = tokens.get(cue.to()).stem();
            if (next.equals("of") || next.equals("by") || next.equals("from")) {
                for (ActorResolver.Mention m : clause.actors()) {
                    if (m.from() > cue.to() && m.from() - cue.to() <= 5) {
                        return m.actor();
                    }
                }
            }
        }
        // The subject stands right before its verb or noun ("Trump suggested", "the Russian side's initiative",
        // "Putin categorically demanded"); an actor further away is usually an object ("providing Kyiv with ...").
        ActorResolver.Mention before = null;
        ActorResolver.Mention previous = null;
        for (ActorResolver.Mention m : clause.actors()) {
            if (m.to() <= cue.from()) {
                previous = before;
                before = m;
            }
        }
        if (before == null || cue.from() - before.to() > MAX_SUBJECT_GAP || breakBetween(clause, before.to(), cue.from())
                || prepositionBetween(tokens, before.to(), cue.from())) {
            return null;
        }
        if (previous != null && !previous.actor().equals(before.actor()) && before.from() - previous.to() <= 2
                && joinedByAnd(tokens, previous.to(), before.from())) {
            return ActorResolver.BOTH;
        }
        return before.actor();
    }

    /** "providing Kyiv with military aid must ...": an actor followed by a preposition is an object, not the subject. */
    private static boolean prepositionBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (PREPOSITIONS.contains(tokens.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("with", "to", "for", "from", "of", "on", "in",
            "against", "at", "into", "over");

    private static boolean joinedByAnd(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).stem().equals("and")) {
                return true;
            }
        }
        return false;
    }

    private static boolean breakBetween(Clause clause, int from, int to) {
        for (int i = from; i <= to && i < clause.tokens().size(); i++) {
            if (clause.tokens().get(i).breakBefore()) {
                return true;
            }
        }
        return false;
    }

    private static String words(Clause clause, int from, int to) {
        return clause.text().substring(clause.tokens().get(from).start(), clause.tokens().get(to - 1).end());
    }
}
