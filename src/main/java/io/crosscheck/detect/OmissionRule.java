package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OMISSION: a salient point of one readout (a demand, condition, rejection, emphasised commitment,
 * figure) whose topic the other readout does not touch at all — neither by topic slug nor in other
 * words (Lucene-stemmed cosine of the point's sentence against every sentence of the other text
 * stays below a threshold, and the other text shares few of its content words). Checked in both
 * directions; {@code first} is the statement making the point. Only points at or above the salience
 * threshold are reported; one finding per topic and per evidence sentence.
 */
public final class OmissionRule implements ContradictionRule {

    public static final double DEFAULT_MIN_SALIENCE = 0.8;
    private static final double MAX_SIMILARITY = 0.3;
    private static final double MAX_SHARED_TERMS = 0.5;

    private final SentenceAligner aligner;
    private final double minSalience;

    public OmissionRule(SentenceAligner aligner, double minSalience) {
        this.aligner = aligner;
        this.minSalience = minSalience;
    }

    public OmissionRule(SentenceAligner aligner) {
        this(aligner, DEFAULT_MIN_SALIENCE);
    }

    @Override
    public AlertKind kind() {
        return AlertKind.OMISSION;
    }

    @Override
    public List<Finding> compare(Statement a, Statement b) {
        final List<Finding> out = new ArrayList<>(oneWay(a, b));
        out.addAll(oneWay(b, a));
        return out;
    }

    private List<Finding> oneWay(Statement making, Statement omitting) {
        final Map<String, List<Claim>> made = RuleSupport.byTopic(making);
        final Set<String> touched = RuleSupport.byTopic(omitting).keySet();
        final Set<String> omittingTerms = aligner.terms(omitting.getText());
        final Set<String> usedEvidence = new HashSet<>();
        final List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> e : made.entrySet()) {
            final String topic = e.getKey();
            if (touched.contains(topic)) {
                continue;
            }
            final Claim point = e.getValue().stream()
                    .filter(c -> c.getSalience() >= minSalience && c.getAssertedBy() == null)
                    .max((x, y) -> Double.compare(x.getSalience(), y.getSalience()))
                    .orElse(null);
            if (point == null || usedEvidence.contains(point.getEvidence())) {
                continue;
            }
            final SentenceAligner.Alignment closest = aligner.best(point.getEvidence(), omitting.getText());
            if (closest.similarity() >= MAX_SIMILARITY || sharedTermShare(point.getEvidence(), omittingTerms) > MAX_SHARED_TERMS) {
                continue;
            }
            usedEvidence.add(point.getEvidence());
            final double conf = RuleSupport.clamp(0.55 + (point.getSalience() - minSalience) * 1.5 - closest.similarity());
            out.add(new Finding(AlertKind.OMISSION, topic, making, omitting, point.getEvidence(), closest.sentence().text(),
                    RuleSupport.severity(point.getSalience()), conf,
                    Explanations.omission(making, omitting, topic, describe(point))));
        }
        return out;
    }

    private double sharedTermShare(String evidence, Set<String> otherTerms) {
        final Set<String> terms = aligner.terms(evidence);
        if (terms.isEmpty()) {
            return 1.0;
        }
        int shared = 0;
        for (String t : terms) {
            if (otherTerms.contains(t)) {
                shared++;
            }
        }
        return (double) shared / terms.size();
    }

    private static String describe(Claim c) {
        final String base = switch (c.getStatus()) {
            case DEMANDED -> "demand";
            case CONDITIONAL -> "condition";
            case REJECTED -> "rejection";
            case DENIED -> "denial";
            case AGREED -> "commitment";
            case REQUESTED -> "request";
            case PROPOSED -> "proposal";
            case ANNOUNCED -> "announcement";
            default -> "point";
        };
        return c.getPolarity() == Polarity.NEGATED ? "negative " + base : base;
    }
}
