package io.crosscheck.claims;

/**
 * One word of a statement text as the extractor sees it.
 *
 * @param surface     the word as written (possessive "'s" removed)
 * @param stem        lower-cased Porter stem, used for all lexicon matching
 * @param start       offset of the first character in the statement text
 * @param end         offset after the last character in the statement text
 * @param breakBefore whether punctuation (comma, semicolon, colon, bracket, dash, quote) separates it from the previous word
 */
public record Token(String surface, String stem, int start, int end, boolean breakBefore) {
}
