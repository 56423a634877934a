package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * POLARITY: on the same topic one statement affirms ("discussed the minerals deal") and the other
 * negates or denies ("the minerals deal was not discussed"). A statement that itself both affirms
 * and negates the topic is mixed and does not count. One finding per topic.
 */
public final class PolarityRule implements ContradictionRule {

    @Override
    public AlertKind kind() {
        return AlertKind.POLARITY;
    }

    @Override
    public List<Finding> compare(Statement a, Statement b) {
        final Map<String, List<Claim>> ta = RuleSupport.byTopic(a);
        final Map<String, List<Claim>> tb = RuleSupport.byTopic(b);
        final List<Finding> out = new ArrayList<>();
        for (String topic : RuleSupport.sharedTopics(ta, tb)) {
            Finding f = oneWay(a, ta.get(topic), b, tb.get(topic), topic, false);
            if (f == null) {
                f = oneWay(b, tb.get(topic), a, ta.get(topic), topic, true);
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private static Finding oneWay(Statement aff, List<Claim> affClaims, Statement neg, List<Claim> negClaims, String topic,
                                  boolean swapped) {
        if (affClaims.stream().anyMatch(c -> c.getPolarity() == Polarity.NEGATED)
                || negClaims.stream().anyMatch(c -> c.getPolarity() == Polarity.AFFIRMED)) {
            return null;
        }
        final Claim negated = negClaims.get(0);
        Claim affirmed = null;
        double conf = 0;
        for (Claim c : affClaims) {
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
