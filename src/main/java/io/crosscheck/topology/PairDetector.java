package io.crosscheck.topology;

import io.crosscheck.avro.Statement;
import io.crosscheck.detect.Finding;

import java.util.List;

/** Compares two statements of one event (claims filled in) and returns the contradictions found. */
@FunctionalInterface
public interface PairDetector {
    List<Finding> detect(Statement a, Statement b);
}
