package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import io.crosscheck.claims.TextClaimExtractor;

/**
 * POLARITY: on the same topic one statement affirms ("discussed the minerals deal") and the other
 * negates or denies ("the minerals deal was not discussed"). A statement that in its own voice also
 * affirms the same thing is mixed and does not count; quoting the other side ("Canada said ... agreed")
 * does not make it mixed. One finding per topic.
 */
public final class PolarityRule implements ContradictionRule {

    private static final double MIN_SIMILARITY = 0.3;
    private static final double MIN_COVERAGE = 0.6;
    private static final double UNNAMED_CONFIDENCE = 0.6;
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|no|never|neither|nor)\\b|n't\\b");

    /** "rejected reports that ..." denies as much as "not": two denials of the same reports agree. */
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(reject|denie|deny|dismiss|refut)\\w*");

    private final SentenceAligner aligner;

    /** Compares lexicon topics only. */
    public PolarityRule() {
        this(null);
    }

    /** Also aligns negated points on subjects the lexicon does not name with the other text's sentences. */
    public PolarityRule(SentenceAligner aligner) {
        this.aligner = aligner;
    }

    @Override
    public AlertKind kind() {
        return AlertKind.POLARITY;
    }

    @Override
    public List<Finding> compare(Statement a, Statement b) {
        final List<Finding> out = new ArrayList<>(RuleSupport.perSharedTopic(a, b, (topic, xa, xb) -> {
            final Finding f = oneWay(a, xa, b, xb, topic, false);
            return f != null ? f : oneWay(b, xb, a, xa, topic, true);
        }));
        if (aligner != null) {
            out.addAll(unnamed(a, b, false));
            out.addAll(unnamed(b, a, true));
        }
        return out;
    }

    /**
     * "The question of X was not discussed" against a sentence of the other readout that affirms X: the
     * negated clause's content words must mostly recur in one sentence that carries no negation.
     */
    private List<Finding> unnamed(Statement neg, Statement aff, boolean swapped) {
        final List<Finding> out = new ArrayList<>();
        for (Claim c : neg.getClaims()) {
            if (!c.getTopic().startsWith(TextClaimExtractor.UNNAMED_PREFIX) || c.getPolarity() != Polarity.NEGATED) {
                continue;
            }
            final SentenceAligner.Alignment best = aligner.best(c.getEvidence(), aff.getText());
            final String sentence = best.sentence().text();
            if (best.similarity() < MIN_SIMILARITY || NEGATION.matcher(sentence).find() || DENIAL.matcher(sentence).find()
                    || coverage(aligner.terms(c.getEvidence()), aligner.terms(sentence)) < MIN_COVERAGE) {
                continue;
            }
            final double conf = RuleSupport.clamp(UNNAMED_CONFIDENCE - RuleSupport.reportedPenalty(c));
            final String explanation = Explanations.polarity(aff, neg, c.getTopic().substring(TextClaimExtractor.UNNAMED_PREFIX.length()));
            out.add(swapped
                    ? new Finding(AlertKind.POLARITY, c.getTopic(), aff, neg, sentence, c.getEvidence(), RuleSupport.severity(0.5), conf, explanation)
                    : new Finding(AlertKind.POLARITY, c.getTopic(), neg, aff, c.getEvidence(), sentence, RuleSupport.severity(0.5), conf, explanation));
            break;
        }
        return out;
    }

    private static double coverage(Set<String> needed, Set<String> present) {
        if (needed.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String t : needed) {
            if (present.contains(t)) {
                n++;
            }
        }
        return (double) n / needed.size();
    }

    private static Finding oneWay(Statement aff, List<Claim> affClaims, Statement neg, List<Claim> negClaims, String topic,
                                  boolean swapped) {
        if (affClaims.stream().anyMatch(c -> c.getPolarity() == Polarity.NEGATED)) {
            return null;
        }
        final Claim negated = negClaims.stream().filter(c -> c.getPolarity() == Polarity.NEGATED).findFirst().orElse(null);
        if (negated == null) {
            return null;
        }
        Claim affirmed = null;
        double conf = 0;
        for (Claim c : affClaims) {
            if (alsoAffirmedBy(negClaims, c.getStatus())) {
                continue;
            }
            final double k = strength(c, negated);
            if (k > conf) {
                conf = k;
                affirmed = c;
            }
        }
        if (affirmed == null) {
            return null;
        }
        conf = RuleSupport.clamp(conf - RuleSupport.reportedPenalty(affirmed, negated));
        final double salience = Math.max(affirmed.getSalience(), negated.getSalience());
        final String explanation = Explanations.polarity(aff, neg, topic);
        return swapped
                ? new Finding(AlertKind.POLARITY, topic, neg, aff, negated.getEvidence(), affirmed.getEvidence(),
                RuleSupport.severity(salience + 0.1), conf, explanation)
                : new Finding(AlertKind.POLARITY, topic, aff, neg, affirmed.getEvidence(), negated.getEvidence(),
                RuleSupport.severity(salience + 0.1), conf, explanation);
    }

    /** The negating side itself says the same thing in its own voice (not quoting the other side): mixed, not a denial. */
    private static boolean alsoAffirmedBy(List<Claim> claims, ClaimStatus status) {
        return claims.stream().anyMatch(c -> c.getPolarity() == Polarity.AFFIRMED && c.getStatus() == status
                && c.getAssertedBy() == null);
    }

    /** How clearly the negation answers the affirmation: same verb ("discussed" / "not discussed") is strongest. */
    private static double strength(Claim affirmed, Claim negated) {
        final ClaimStatus s = affirmed.getStatus();
        if (s == ClaimStatus.REJECTED || s == ClaimStatus.DENIED) {
            return 0;
        }
        if (negated.getStatus() == s) {
            return 0.8;
        }
        if (negated.getStatus() == ClaimStatus.DENIED) {
            return 0.75;
        }
        if (s == ClaimStatus.AGREED || s == ClaimStatus.DISCUSSED || s == ClaimStatus.ANNOUNCED) {
            return 0.65;
        }
        return 0.55;
    }
}
