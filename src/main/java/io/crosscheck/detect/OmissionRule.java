package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TextClaimExtractor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * OMISSION: a salient point of one readout (a demand, condition, rejection, emphasised commitment,
 * figure) whose topic the other readout does not touch at all — neither by topic slug nor in other
 * words (Lucene-stemmed cosine of the point's sentence against every sentence of the other text
 * stays below a threshold, and the other text shares few of its content words). Checked in both
 * directions; {@code first} is the statement making the point. Only points at or above the salience
 * threshold are reported; one finding per topic and per evidence sentence. Statements of two offices of
 * the same country (issuerCountry equal) are not checked for omissions.
 */
public final class OmissionRule implements ContradictionRule {

    public static final double DEFAULT_MIN_SALIENCE = 0.8;
    private static final double MAX_SIMILARITY = 0.3;
    private static final double MAX_SHARED_TERMS = 0.5;

    /**
     * A point on a subject no lexicon names has no slug to look for in the other text, so it only counts as
     * left out when no sentence there comes even loosely close to it.
     */
    static final double UNNAMED_MAX_SIMILARITY = 0.2;

    /**
     * Unnamed subjects are reported only for what readouts single out: demands and refusals. Other unnamed
     * clauses (agreements, announcements) are too often the same matter in words the aligner misses, and an
     * unnamed condition ("subject to approval by the Council") usually qualifies an outcome both readouts
     * report, which is a STATUS difference, not an omission.
     */
    private static final Set<ClaimStatus> UNNAMED_POINTS = EnumSet.of(ClaimStatus.DEMANDED, ClaimStatus.REJECTED);

    /** First-person clauses ("disagree where we must") are the issuer's own rhetoric, not a point of the meeting. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|us)\\b");

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
        if (sameCountry(a, b)) {
            return List.of();
        }
        final List<Finding> out = new ArrayList<>(oneWay(a, b));
        out.addAll(oneWay(b, a));
        return out;
    }

    /** Two offices of one government (White House, State Department) summarise differently without contradicting. */
    private static boolean sameCountry(Statement a, Statement b) {
        final String ca = a.getIssuerCountry();
        final String cb = b.getIssuerCountry();
        return ca != null && !ca.isBlank() && ca.trim().equalsIgnoreCase(cb == null ? "" : cb.trim());
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
            final boolean unnamed = topic.startsWith(TextClaimExtractor.UNNAMED_PREFIX);
            final Claim point = e.getValue().stream()
                    .filter(c -> c.getSalience() >= minSalience && c.getAssertedBy() == null)
                    .filter(c -> !unnamed || unnamedPoint(c))
                    .max((x, y) -> Double.compare(x.getSalience(), y.getSalience()))
                    .orElse(null);
            if (point == null || usedEvidence.contains(point.getEvidence())) {
                continue;
            }
            final SentenceAligner.Alignment closest = aligner.best(point.getEvidence(), omitting.getText());
            final double maxSimilarity = unnamed ? UNNAMED_MAX_SIMILARITY : MAX_SIMILARITY;
            if (closest.similarity() >= maxSimilarity || sharedTermShare(point.getEvidence(), omittingTerms) > MAX_SHARED_TERMS) {
                continue;
            }
            usedEvidence.add(point.getEvidence());
            final double conf = RuleSupport.clamp(0.55 + (point.getSalience() - minSalience) * 1.5
                    + (MAX_SIMILARITY - closest.similarity()) * 0.5);
            out.add(new Finding(AlertKind.OMISSION, topic, making, omitting, point.getEvidence(), closest.sentence().text(),
                    RuleSupport.severity(point.getSalience()), conf,
                    Explanations.omission(making, omitting, topic, describe(point))));
        }
        return out;
    }

    private static boolean unnamedPoint(Claim c) {
        return UNNAMED_POINTS.contains(c.getStatus()) && !FIRST_PERSON.matcher(c.getEvidence()).find();
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
