package io.crosscheck.topology;

import io.crosscheck.claims.ClaimExtractor;
import io.crosscheck.claims.TextClaimExtractor;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.detect.ConfidenceCalibration;
import io.crosscheck.detect.Detector;
import io.crosscheck.grouping.ContentTerms;
import io.crosscheck.grouping.Participants;

import java.util.Objects;

/**
 * The text-understanding parts the topology uses: claim extraction, pairwise detection and the
 * gazetteer and term analysis behind event grouping. All thread-safe and shared by every task;
 * built once per process because loading language models is slow.
 */
public record DetectionEngine(ClaimExtractor extractor, PairDetector detector,
                              Participants participants, ContentTerms contentTerms) {
    public DetectionEngine {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(contentTerms, "contentTerms");
    }

    /** The production engine: OpenNLP/Lucene claim extraction and the six contradiction rules. Loads models: build once. */
    public static DetectionEngine standard(DetectionSettings settings) {
        return standard(settings, ConfidenceCalibration.forSettings(settings));
    }

    /** The production engine under another confidence calibration ({@link ConfidenceCalibration#none()}: the rules' own). */
    public static DetectionEngine standard(DetectionSettings settings, ConfidenceCalibration calibration) {
        TextClaimExtractor extractor = TextClaimExtractor.createDefault();
        Detector detector = Detector.withDefaultRules(settings, extractor.analyzer(), extractor.tagger(), calibration);
        Participants participants = Participants.load();
        return new DetectionEngine(extractor, detector::detect, participants, new ContentTerms(participants.aliases()));
    }
}
