package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.NlpModels;
import io.crosscheck.claims.Paraphrases;
import io.crosscheck.claims.PosTagger;
import io.crosscheck.claims.TermAnalyzer;
import io.crosscheck.config.DetectionSettings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs the contradiction rules over a pair of statements of one event whose claims are already
 * filled in. The pair is ordered by statementId first, so the result never depends on arrival
 * order. Statements of the same issuer are skipped unless the settings say otherwise; findings
 * under the minimum confidence (after calibration, see {@link ConfidenceCalibration}) are dropped; at most one finding per (kind, topic) is kept (the most
 * confident); a difference reported as POLARITY is not reported again as STATUS on the same
 * topic, nor one reported as ATTRIBUTION again as POLARITY. Output is sorted by kind, then topic. Thread-safe if the rules are (the built-in ones are).
 */
public final class Detector {

    private final DetectionSettings settings;
    private final List<ContradictionRule> rules;
    private final ClaimAligner claimAligner;
    private final ConfidenceCalibration calibration;

    public Detector(DetectionSettings settings, List<ContradictionRule> rules) {
        this(settings, rules, null, ConfidenceCalibration.none());
    }

    /**
     * With a claim aligner, claims on subjects the lexicon does not name are compared with their aligned counterparts;
     * the calibration replaces a rule's confidence where it was measured to mislead, before the minimum applies.
     */
    public Detector(DetectionSettings settings, List<ContradictionRule> rules, ClaimAligner claimAligner,
                    ConfidenceCalibration calibration) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rules = List.copyOf(rules);
        this.claimAligner = claimAligner;
        this.calibration = Objects.requireNonNull(calibration, "calibration");
    }

    /** A detector with the built-in rules; loads the English POS models (about a second): prefer the tagger overload. */
    public static Detector withDefaultRules(DetectionSettings settings, TermAnalyzer analyzer) {
        return withDefaultRules(settings, analyzer, new PosTagger(NlpModels.loadEnglish()));
    }

    /** A detector with the built-in rules and the measured calibration, tagging with the extractor's already loaded models. */
    public static Detector withDefaultRules(DetectionSettings settings, TermAnalyzer analyzer, PosTagger tagger) {
        return withDefaultRules(settings, analyzer, tagger, ConfidenceCalibration.forSettings(settings));
    }

    /** The built-in rules under a given calibration ({@link ConfidenceCalibration#none()}: the rules' own confidences). */
    public static Detector withDefaultRules(DetectionSettings settings, TermAnalyzer analyzer, PosTagger tagger,
                                            ConfidenceCalibration calibration) {
        // One aligner, so that the rules and the claim aligner reuse its analyses of the same texts.
        final SentenceAligner aligner = new SentenceAligner(analyzer);
        return new Detector(settings, List.of(new ScopeRule(), new PolarityRule(aligner, new DenialMatcher(aligner, Paraphrases.loadDefault(analyzer))), new NumericRule(), new FigureAlignmentRule(aligner), new StatusRule(analyzer),
                new AttributionRule(), new OmissionRule(aligner), new ExclusionScopeRule(aligner),
                new CoverageRule(aligner, analyzer, tagger)), new ClaimAligner(aligner), calibration);
    }

    public List<Finding> detect(Statement x, Statement y) {
        Objects.requireNonNull(x.getClaims(), "claims of " + x.getStatementId());
        Objects.requireNonNull(y.getClaims(), "claims of " + y.getStatementId());
        if (x.getStatementId().equals(y.getStatementId())) {
            return List.of();
        }
        final boolean ordered = x.getStatementId().compareTo(y.getStatementId()) < 0;
        Statement a = ordered ? x : y;
        Statement b = ordered ? y : x;
        if (!settings.compareSameIssuer() && sameIssuer(a, b)) {
            return List.of();
        }
        if (claimAligner != null) {
            final Statement[] aligned = claimAligner.align(a, b);
            a = aligned[0];
            b = aligned[1];
        }
        final double penalty = RuleSupport.sameIssuerCountry(a, b) ? SAME_GOVERNMENT_PENALTY : 0.0;
        final Map<String, Finding> best = new LinkedHashMap<>();
        for (ContradictionRule rule : rules) {
            for (Finding raw : rule.compare(a, b)) {
                final Finding found = calibration.apply(raw);
                final Finding f = penalty == 0.0 ? found : found.withConfidence(RuleSupport.clamp(found.confidence() - penalty));
                if (f.confidence() < settings.minConfidence()) {
                    continue;
                }
                best.merge(f.kind() + "|" + f.topic(), f, (old, nu) -> nu.confidence() > old.confidence() ? nu : old);
            }
        }
        final List<Finding> polarity = best.values().stream().filter(f -> f.kind() == AlertKind.POLARITY).toList();
        final Set<String> attributionTopics = new HashSet<>();
        for (Finding f : best.values()) {
            if (f.kind() == AlertKind.ATTRIBUTION) {
                attributionTopics.add(f.topic());
            }
        }
        final List<Finding> out = new ArrayList<>();
        for (Finding f : best.values()) {
            if (f.kind() == AlertKind.STATUS && polarity.stream().anyMatch(p -> sameDifference(p, f))) {
                continue;
            }
            // "No third party had any role" against "our engagement helped bring the sides together" denies a credit:
            // who mediated is the difference, reported once, as ATTRIBUTION.
            if (f.kind() == AlertKind.POLARITY && attributionTopics.contains(f.topic())) {
                continue;
            }
            out.add(f);
        }
        out.sort(Comparator.comparing((Finding f) -> f.kind().ordinal()).thenComparing(Finding::topic));
        return out;
    }

    /**
     * A state agency's write-up (TASS, Xinhua, IRNA, Anadolu) paraphrases its own government's readout, and a
     * ministry and a presidency of one state rarely contradict each other; between them a difference in
     * wording is far likelier than a contradiction. On the six development sets 1 of 250 expected items
     * was between issuers of one country, and 9 of the false alarms were. So such pairs need stronger evidence.
     */
    static final double SAME_GOVERNMENT_PENALTY = 0.35;

    /** Whether a pair's findings carry {@link #SAME_GOVERNMENT_PENALTY}: both statements name the same issuing state. */
    public static boolean sameGovernment(Statement a, Statement b) {
        return RuleSupport.sameIssuerCountry(a, b);
    }


    /**
     * A POLARITY finding and a STATUS finding on one topic that quote a same excerpt report one difference twice
     * ("agreed to X" against "X was never agreed"); on different excerpts they are two differences (transit
     * "will resume", against "no decision on resumption"; and Russian gas "included", against "not allowed").
     */
    private static boolean sameDifference(Finding polarity, Finding status) {
        return polarity.topic().equals(status.topic())
                && (polarity.excerptFirst().equals(status.excerptFirst()) || polarity.excerptSecond().equals(status.excerptSecond())
                || polarity.excerptFirst().equals(status.excerptSecond()) || polarity.excerptSecond().equals(status.excerptFirst()));
    }

    private static boolean sameIssuer(Statement a, Statement b) {
        return a.getIssuer().trim().toLowerCase(Locale.ROOT).equals(b.getIssuer().trim().toLowerCase(Locale.ROOT));
    }
}
