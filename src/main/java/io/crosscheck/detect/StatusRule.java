package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.StatusReader;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * STATUS: one statement says the action on a topic was agreed (or announced as done) while the other
 * presents it only as rejected, conditional, proposed or still undecided ("remains under discussion"), and
 * never as agreed. "Discussed" against "agreed" is
 * left alone: readouts routinely say "discussed" of what the other side lists as agreed. Statuses
 * that fit together (discussed/discussed, agreed/announced) do not fire. A standing commitment ("remains committed to")
 * is not a settlement, and a condition on how a side will judge the outcome ("will only be credible if") is not a
 * condition on the action. One finding per topic.
 */
public final class StatusRule implements ContradictionRule {

    private static final Set<ClaimStatus> SETTLED = EnumSet.of(ClaimStatus.AGREED, ClaimStatus.ANNOUNCED);

    @Override
    public AlertKind kind() {
        return AlertKind.STATUS;
    }

    @Override
    public List<Finding> compare(Statement a, Statement b) {
        final List<Finding> out = RuleSupport.perSharedTopic(a, b, (topic, xa, xb) -> {
            final Finding f = oneWay(a, xa, b, xb, topic, false);
            return f != null ? f : oneWay(b, xb, a, xa, topic, true);
        });
        if (out.isEmpty()) {
            Finding f = acrossTopics(a, b, false);
            if (f == null) {
                f = acrossTopics(b, a, true);
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * "agreed to launch a circular migration programme under which 500 workers will take up seasonal jobs" against
     * "a proposal for a seasonal work programme for workers, which the two parties agreed to study": when the topic
     * lexicon files neither clause under a known topic (a {@code text.} fallback on one side at least), the two readouts
     * may name the same matter under different topics. An agreement on one side and an explicitly open matter on the
     * other are paired when their clauses share at least {@link #MIN_SHARED_WORDS} content words that are neither names
     * nor the vocabulary of every readout, unless the other readout also reports a clause with those words as agreed. The
     * same holds inside one broad topic ("migration"): "signed a memorandum on migration" on both sides does not make
     * the seasonal work programme agreed on the side that only agreed to study it, so a settled claim of the other
     * readout blocks the pairing only when it shares those words. Two different lexicon topics are never paired.
     * Bounded: claims of one statement times claims of the other.
     */
    private static Finding acrossTopics(Statement settledSide, Statement otherSide, boolean swapped) {
        if (settledSide.getClaims() == null || otherSide.getClaims() == null) {
            return null;
        }
        for (Claim settled : settledSide.getClaims()) {
            if (settled.getStatus() != ClaimStatus.AGREED || settled.getPolarity() != Polarity.AFFIRMED
                    || STANDING_COMMITMENT.matcher(settled.getEvidence()).find() || negatedCue(settled)) {
                continue;
            }
            final Set<String> settledWords = contentWords(settled.getEvidence());
            // Depends on the settled claim only: read once, and only if some open claim could pair with it.
            Boolean blocked = null;
            for (Claim other : otherSide.getClaims()) {
                if (other.getStatus() != ClaimStatus.NOT_IN_FORCE || !StatusReader.UNDECIDED.equals(other.getAction())
                        || other.getPolarity() != Polarity.AFFIRMED
                        || !(other.getTopic().equals(settled.getTopic()) || isFallbackTopic(settled.getTopic())
                        || isFallbackTopic(other.getTopic()))) {
                    continue;
                }
                if (blocked == null) {
                    blocked = reportsAsSettled(otherSide, settledWords);
                }
                if (blocked) {
                    break;
                }
                final Set<String> shared = new java.util.TreeSet<>(contentWords(other.getEvidence()));
                shared.retainAll(settledWords);
                if (shared.size() >= MIN_SHARED_WORDS) {
                    final Finding f = oneWay(settledSide, List.of(settled), otherSide, List.of(other), settled.getTopic(), swapped);
                    return f == null ? null : lowered(f);
                }
            }
        }
        return null;
    }

    private static Finding lowered(Finding f) {
        // Matched by wording rather than by topic: a little less sure than a shared topic.
        return new Finding(f.kind(), f.topic(), f.first(), f.second(), f.excerptFirst(), f.excerptSecond(), f.severity(),
                RuleSupport.clamp(f.confidence() - CROSS_TOPIC_PENALTY), f.explanation());
    }

    private static final int MIN_SHARED_WORDS = 3;
    private static final double CROSS_TOPIC_PENALTY = 0.05;

    private static boolean isFallbackTopic(String topic) {
        return topic != null && topic.startsWith("text.");
    }

    /** Whether the other readout also reports as agreed or announced a clause that shares the settled clause's words. */
    private static boolean reportsAsSettled(Statement s, Set<String> settledWords) {
        return s.getClaims().stream().anyMatch(c -> SETTLED.contains(c.getStatus()) && c.getPolarity() == Polarity.AFFIRMED
                && contentWords(c.getEvidence()).stream().filter(settledWords::contains).count() >= MIN_SHARED_WORDS);
    }

    /**
     * Lower-case five-letter prefixes of the clause's words of four letters or more, leaving out capitalised words
     * (names, nationalities, sentence starts) and words every readout uses.
     */
    static Set<String> contentWords(String text) {
        final Set<String> out = new java.util.HashSet<>();
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() < 4 || Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            final String key = w.toLowerCase(java.util.Locale.ROOT).substring(0, Math.min(5, w.length()));
            if (!COMMON_WORDS.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    /** Five-letter prefixes of readout vocabulary that names no matter: verbs of agreeing and talking, function words. */
    private static final Set<String> COMMON_WORDS = Set.of("agree", "their", "which", "betwe", "parti", "sides", "side",
            "would", "will", "shall", "also", "with", "from", "that", "this", "these", "those", "into", "under", "other",
            "conti", "discu", "propo", "study", "studi", "consu", "negot", "talks", "meeti", "coope", "relat", "bilat",
            "count", "gover", "minis", "deleg", "presi", "leade", "offic", "furth", "withi", "about",
            "after", "befor", "durin", "were", "been", "have", "they", "both", "each", "joint", "mutua", "suppo",
            "frame", "impor", "matte", "issue", "posit", "place", "level", "expre", "state", "said", "welco", "inclu");

    private static Finding oneWay(Statement settledSide, List<Claim> settledClaims, Statement otherSide,
                                  List<Claim> otherClaims, String topic, boolean swapped) {
        final Claim settled = settledClaims.stream()
                .filter(c -> SETTLED.contains(c.getStatus()) && c.getPolarity() == Polarity.AFFIRMED
                        && !STANDING_COMMITMENT.matcher(c.getEvidence()).find() && !negatedCue(c))
                .findFirst().orElse(null);
        if (settled == null || otherClaims.stream().anyMatch(c -> SETTLED.contains(c.getStatus()))) {
            return null;
        }
        Claim other = null;
        double conf = 0;
        for (Claim c : otherClaims) {
            if (c.getPolarity() != Polarity.AFFIRMED || OmissionRule.EVALUATIVE_CONDITION.matcher(c.getEvidence()).find()) {
                continue;
            }
            final double k = incompatibility(settled.getStatus(), c);
            if (k > conf) {
                conf = k;
                other = c;
            }
        }
        if (other == null) {
            return null;
        }
        conf = RuleSupport.clamp(conf - RuleSupport.reportedPenalty(settled, other));
        final double salience = Math.max(settled.getSalience(), other.getSalience());
        if (swapped) {
            return new Finding(AlertKind.STATUS, topic, otherSide, settledSide, other.getEvidence(), settled.getEvidence(),
                    RuleSupport.severity(salience), conf,
                    Explanations.status(otherSide, other.getStatus(), settledSide, settled.getStatus(), topic));
        }
        return new Finding(AlertKind.STATUS, topic, settledSide, otherSide, settled.getEvidence(), other.getEvidence(),
                RuleSupport.severity(salience), conf,
                Explanations.status(settledSide, settled.getStatus(), otherSide, other.getStatus(), topic));
    }

    /**
     * "His Government remained committed to holding elections on schedule", "the parties reaffirmed their commitment to
     * the Concept of Operations": a side restating where it stands settles nothing at the meeting, so it cannot dispute
     * another readout's condition or proposal on the matter.
     */
    private static final Pattern STANDING_COMMITMENT = Pattern.compile(
            "\\b(?:remains?|remained|stays?|stayed) (?:firmly |fully |strongly |deeply )?committed\\b"
                    + "|\\b(?:reaffirm|reiterat|restat|renew)\\w* (?:\\w+ ){0,3}?(?:commitment|adherence|attachment)s? to\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Mexico will not accept any unilateral intervention", "the sides have not yet signed the text", "never agreed to
     * a buffer zone": a settlement cue under a negation within a few words before it settles nothing, whatever polarity
     * the claim was given. True when every occurrence of the claim's cue words in its evidence is so negated.
     */
    static boolean negatedCue(Claim claim) {
        final String action = claim.getAction();
        if (action == null || action.isBlank() || claim.getEvidence() == null) {
            return false;
        }
        final Matcher m = Pattern.compile("\\b" + Pattern.quote(action) + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(claim.getEvidence());
        boolean found = false;
        while (m.find()) {
            found = true;
            final String before = claim.getEvidence().substring(Math.max(0, m.start() - NEGATION_REACH_CHARS), m.start());
            if (!NEGATION_BEFORE.matcher(before).find()) {
                return false;
            }
        }
        return found;
    }

    private static final int NEGATION_REACH_CHARS = 40;
    /**
     * A negation at most two words before the cue ("will not accept", "has not yet formally signed"), in the same clause;
     * "not only agreed" is an emphasis, not a negation.
     */
    private static final Pattern NEGATION_BEFORE = Pattern.compile(
            "(?:\\b(?:not(?!\\s+only\\b)|never|no longer)\\b|n't)(?:\\s+[\\w-]+){0,2}\\s+$",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> PRE_SIGNATURE = Set.of("initialled", "initialed");

    static double incompatibility(ClaimStatus settled, Claim other) {
        if (other.getStatus() == ClaimStatus.NOT_IN_FORCE && StatusReader.UNDECIDED.equals(other.getAction())) {
            return 0.7;
        }
        if (other.getStatus() == ClaimStatus.NOT_IN_FORCE && PRE_SIGNATURE.contains(other.getAction())) {
            // An initialled text is agreed by negotiators but not yet signed: "signed today" disputes it.
            return 0.65;
        }
        return switch (other.getStatus()) {
            case REJECTED, DENIED -> 0.8;
            case CONDITIONAL -> 0.6;
            // A proposal is often accepted in the next sentence without naming the subject again
            // ("Putin reacted positively to this idea"), so this alone stays under the default threshold.
            case PROPOSED, REQUESTED -> settled == ClaimStatus.AGREED ? 0.45 : 0;
            default -> 0;
        };
    }
}
