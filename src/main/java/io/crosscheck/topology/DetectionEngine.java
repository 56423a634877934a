package io.crosscheck.topology;

import io.crosscheck.claims.ClaimExtractor;
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
}
