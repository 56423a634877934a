package io.crosscheck.config;

import java.time.Duration;

/**
 * What the topology detects and how long it remembers.
 *
 * @param eventRetention         how long an event's statements stay in state after its latest statement
 * @param compareSameIssuer      compare statements of the same issuer with each other (off by default)
 * @param minConfidence          alerts below this confidence are not emitted (newsrooms can raise it)
 * @param maxTextChars           statements with a longer text go to the dead-letter topic
 * @param maxClockSkew           statements published further than this into the future are rejected
 * @param eventGroupingWindow    how far apart in time statements without eventId may be and still join one event
 */
public record DetectionSettings(Duration eventRetention,
                                boolean compareSameIssuer,
                                double minConfidence,
                                int maxTextChars,
                                Duration maxClockSkew,
                                Duration eventGroupingWindow) {

    public static DetectionSettings defaults() {
        return new DetectionSettings(Duration.ofDays(14), false, 0.5, 100_000, Duration.ofDays(2), Duration.ofHours(72));
    }

    public DetectionSettings withMinConfidence(double value) {
        return new DetectionSettings(eventRetention, compareSameIssuer, value, maxTextChars, maxClockSkew, eventGroupingWindow);
    }

    public DetectionSettings withCompareSameIssuer(boolean value) {
        return new DetectionSettings(eventRetention, value, minConfidence, maxTextChars, maxClockSkew, eventGroupingWindow);
    }

    public DetectionSettings withEventRetention(Duration value) {
        return new DetectionSettings(value, compareSameIssuer, minConfidence, maxTextChars, maxClockSkew, eventGroupingWindow);
    }
}
