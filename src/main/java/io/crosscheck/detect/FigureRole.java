package io.crosscheck.detect;

import io.crosscheck.avro.Quantity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a figure is for in its readout, read from the words around it: a RECORD of the past ("trade amounted to
 * USD 2.3 billion last year", "more than 1,400 trucks have used the crossing so far", "since March 2025, 500,000 have
 * returned"), a STANDING stock of how things are ("Lebanon, which hosts some 1.5 million refugees"), a TARGET ("to
 * raise trade to 5 billion dollars by 2028"), or PLAIN (what the meeting did or decided). A record, a stock and a
 * target or plain figure measure different things, however alike their units and topics, so the numeric rules only
 * dispute figures of compatible roles. Stateless.
 */
enum FigureRole {
    RECORD, STANDING, TARGET, PLAIN;

    private static final int BEFORE = 60;
    private static final int AFTER = 40;
    private static final Pattern RECORD_WORDS = Pattern.compile(
            "\\b(?:last year|past year|previous year|so far|to date|since (?:19|20)\\d\\d|since (?:it|they|the)|already|amounted to"
                    + "|since (?:early |late |mid-)?(?:january|february|march|april|may|june|july|august|september|october|november"
                    + "|december) (?:19|20)\\d\\d"
                    + "|stood at|totall?ed|exceeded|has (?:grown|reached|risen|doubled)|have (?:grown|reached|risen|doubled)|grew|in the past)\\b");
    /** How things stand in a country, said as a present state: a stock, not a flow the meeting decided or recorded. */
    private static final Pattern STANDING_WORDS = Pattern.compile("\\b(?:hosts|continues to host|is home to|are home to)\\b");
    private static final Pattern TARGET_WORDS = Pattern.compile(
            "\\b(?:target|goal|aim|ambition|objective|by (?:19|20)\\d\\d|by the end of|within the next|to raise|to increase|to bring|to double)\\b");

    /** "13 billion this year, up from 12 billion in 2025": the figure after "up from" is the earlier level. */
    private static final Pattern BASE_BEFORE = Pattern.compile("\\b(?:up|down) from\\s*(?:us\\$|\\$|€|£)?\\s*$");
    private static final int BASE_REACH = 15;

    static FigureRole of(String evidence, Quantity q) {
        final int at = evidence.indexOf(q.getText());
        if (at < 0) {
            return PLAIN;
        }
        if (BASE_BEFORE.matcher(evidence.substring(Math.max(0, at - BASE_REACH), at).toLowerCase(Locale.ROOT)).find()) {
            return RECORD;
        }
        final String around = evidence.substring(Math.max(0, at - BEFORE), Math.min(evidence.length(), at + q.getText().length() + AFTER))
                .toLowerCase(Locale.ROOT);
        if (STANDING_WORDS.matcher(around).find()) {
            return STANDING;
        }
        if (RECORD_WORDS.matcher(around).find()) {
            return RECORD;
        }
        return TARGET_WORDS.matcher(around).find() ? TARGET : PLAIN;
    }

    /**
     * Whether figures of these roles can dispute each other: a record only another record, a standing figure only
     * another ("hosts 1.5 million refugees" and "500,000 have returned since March 2025" count different things).
     */
    static boolean comparable(FigureRole a, FigureRole b) {
        return a == b || !a.background() && !b.background();
    }

    /** A total over everything so far: "since the start of operations", "to date", "in total". */
    private static final Pattern CUMULATIVE_WORDS = Pattern.compile(
            "\\b(?:since|so far|to date|in total|cumulative(?:ly)?|altogether|all told)\\b");
    /** A figure of one period: "in 2025", "last year", "annually", "in the first quarter". */
    private static final Pattern PERIOD_WORDS = Pattern.compile(
            "\\b(?:in (?:19|20)\\d\\d|(?:last|this|next|each|every|per|a) year|annually|per annum|yearly"
                    + "|in the (?:first|second|third|fourth|last) (?:half|quarter))\\b");

    /**
     * Whether one figure is a total so far and the other the figure of a single period ("12.8 billion cubic metres
     * in 2025" against "more than 50 billion cubic metres since the start of operations"): they measure different
     * spans, whatever their units and topics. Reads the figure's clause up to the figure and a few words after.
     */
    static boolean differentSpans(String evidenceA, Quantity qa, String evidenceB, Quantity qb) {
        final String a = span(evidenceA, qa);
        final String b = span(evidenceB, qb);
        final boolean totalA = CUMULATIVE_WORDS.matcher(a).find() && !onePeriod(a);
        final boolean totalB = CUMULATIVE_WORDS.matcher(b).find() && !onePeriod(b);
        return totalA && !totalB && onePeriod(b) || totalB && !totalA && onePeriod(a);
    }

    /** "Since its opening in 2019": the year dates the start of a total, not the period of a figure. */
    private static final Pattern SINCE_PHRASE = Pattern.compile("\\bsince\\b[^,;]*");

    private static boolean onePeriod(String span) {
        return PERIOD_WORDS.matcher(SINCE_PHRASE.matcher(span).replaceAll(" ")).find();
    }

    private static String span(String evidence, Quantity q) {
        final int at = evidence.indexOf(q.getText());
        if (at < 0) {
            return "";
        }
        return evidence.substring(0, Math.min(evidence.length(), at + q.getText().length() + AFTER)).toLowerCase(Locale.ROOT);
    }

    private boolean background() {
        return this == RECORD || this == STANDING;
    }
}
