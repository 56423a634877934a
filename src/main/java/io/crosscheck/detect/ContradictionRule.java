package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Statement;

import java.util.List;

/**
 * A detection rule for one kind of contradiction. Rules are pure: they see two statements of the
 * same event from different issuers (with their claims already filled in) and nothing else.
 * The detector calls {@code compare(a, b)} once per unordered pair, with {@code a} the statement
 * whose id sorts first, so results never depend on arrival order. A rule for a directional kind
 * (OMISSION) checks both directions itself.
 */
public interface ContradictionRule {

    AlertKind kind();

    List<Finding> compare(Statement a, Statement b);
}
