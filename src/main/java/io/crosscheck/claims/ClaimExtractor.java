package io.crosscheck.claims;

import io.crosscheck.avro.Claim;
import io.crosscheck.avro.Statement;

import java.util.List;

/**
 * Reads claims out of a statement's text. Implementations are thread-safe and deterministic:
 * the same statement always yields the same claims, and every claim's evidence is a verbatim
 * substring of the statement text.
 */
public interface ClaimExtractor {

    List<Claim> extract(Statement statement);

    /** Whether this extractor understands the statement's language (BCP 47 tag, e.g. "en", "en-GB"). */
    boolean supportsLanguage(String languageTag);
}
