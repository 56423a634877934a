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
        for (Cues.Cue c : cues) {
            // "have reached a staff-level agreement": a cue that starts before the topic and takes it in is before it too.
            if (c.category().isStatus() && c.category() != Cues.Category.CONDITIONAL && c.from() < hitFrom && c.to() <= hitTo) {
                if (!breakBetween(clause, c.to(), hitFrom)) {
                    governing = c;
                    break;
                }
                if (framing == null) {
                    framing = c;
                }
            }
        }
        if (governing == null && insideCondition(cues, hitFrom)) {
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
            governing = framing;
        }
        if (governing == null) {
            governing = openMatterLater(cues, hitTo);
        }
        if (governing != null && governing.category() == Cues.Category.UNSETTLED || openLater(cues, governing)) {
            return new Reading(ClaimStatus.NOT_IN_FORCE, UNDECIDED, null, condition(clause));
        }
        ClaimStatus status = governing == null ? ClaimStatus.STATED : ClaimStatus.valueOf(governing.category().name());
        if (status == ClaimStatus.AGREED && laterNotInForce(cues, governing, hitFrom)) {
            status = ClaimStatus.NOT_IN_FORCE;
        }
        if ((status == ClaimStatus.DISCUSSED || status == ClaimStatus.NOT_IN_FORCE) && draftBefore(clause, governing, hitFrom)) {
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

    /** Whether a condition cue opens before the topic phrase, so that the topic is named inside the condition. */
    private static boolean insideCondition(List<Cues.Cue> cues, int hitFrom) {
        return cues.stream().anyMatch(c -> c.category() == Cues.Category.CONDITIONAL && c.from() < hitFrom);
    }

    /**
     * "On trans-border rivers, the Chinese side stated that, out of humanitarian considerations, it will consider
     * providing hydrological information": a topic named as the heading of a sentence whose only status is an open
     * one ("will consider", "will study") further on is that open matter. Only an open cue reaches that far: an
     * agreement or a proposal far from the topic may well be about something else.
     */
    private static Cues.Cue openMatterLater(List<Cues.Cue> cues, int hitTo) {
        for (Cues.Cue c : cues) {
            if (c.category().isStatus() && c.category() != Cues.Category.CONDITIONAL && c.from() >= hitTo) {
                return c.category() == Cues.Category.UNSETTLED ? c : null;
            }
        }
        return null;
    }

    /**
     * "discussed a possible initiative, which the governments will consider further": a matter only talked
     * about or proposed that the same clause says is still open is undecided, not merely discussed.
     */
    private static boolean openLater(List<Cues.Cue> cues, Cues.Cue governing) {
        if (governing == null || !OPENABLE.contains(governing.category())) {
            return false;
        }
        return cues.stream().anyMatch(c -> c.category() == Cues.Category.UNSETTLED && c.from() >= governing.to());
    }

    private static final java.util.Set<Cues.Category> OPENABLE =
            java.util.EnumSet.of(Cues.Category.DISCUSSED, Cues.Category.PROPOSED, Cues.Category.REQUESTED);

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
            if (c.category() == Cues.Category.CONDITIONAL) {
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
