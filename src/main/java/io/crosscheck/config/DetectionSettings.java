package io.crosscheck.config;

import java.nio.file.Path;
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
 * @param calibrationTable       a confidence calibration table to use instead of the built-in one; null: built-in
 */
public record DetectionSettings(Duration eventRetention,
                                boolean compareSameIssuer,
                                double minConfidence,
                                int maxTextChars,
                                Duration maxClockSkew,
                                Duration eventGroupingWindow,
                                Path calibrationTable) {

    public static DetectionSettings defaults() {
        return new DetectionSettings(Duration.ofDays(14), false, 0.5, 100_000, Duration.ofDays(2), Duration.ofHours(72), null);
    }

    public DetectionSettings withMinConfidence(double value) {
        return new DetectionSettings(eventRetention, compareSameIssuer, value, maxTextChars, maxClockSkew, eventGroupingWindow, calibrationTable);
    }

    public DetectionSettings withCompareSameIssuer(boolean value) {
        return new DetectionSettings(eventRetention, value, minConfidence, maxTextChars, maxClockSkew, eventGroupingWindow, calibrationTable);
    }

    public DetectionSettings withEventRetention(Duration value) {
        return new DetectionSettings(value, compareSameIssuer, minConfidence, maxTextChars, maxClockSkew, eventGroupingWindow, calibrationTable);
    }

    public DetectionSettings withCalibrationTable(Path value) {
        return new DetectionSettings(eventRetention, compareSameIssuer, minConfidence, maxTextChars, maxClockSkew, eventGroupingWindow, value);
    }
}
