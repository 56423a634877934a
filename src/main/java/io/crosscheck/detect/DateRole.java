package io.crosscheck.detect;

import io.crosscheck.avro.Quantity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which moment a date marks, read from the nearest cue before it in its clause: the START of something ("from 1 May",
 * "takes effect on", "was launched on 30 July", "since"), its END or deadline ("until", "to 15 October", "by",
 * "before", "no later than", "expires on"), or PLAIN (when something happens: "election day on 13 August", "will
 * meet in June"). A start date and any other date name different moments (a mission launched on one day, the vote
 * on another), so they dispute only another start date; a deadline and a plain date ahead may be the same moment
 * ("to finalise by the end of September" against "will finalise in October"). Stateless.
 */
enum DateRole {
    START, END, PLAIN;

    /** How far before the date a cue is looked for: a clock time and a zone may stand between ("from 00:00 Kyiv time on"). */
    private static final int BEFORE = 45;

    /** Start cues in group 1, end cues in group 2; "to" marks an end only right before the date, not in "agreed to meet on". */
    private static final Pattern CUE = Pattern.compile("\\b(?:(from|since|starting|beginning|as of|effective|takes? effect"
            + "|took effect|taking effect|enters? into force|entered into force|entry into force|launch(?:ed|es)?|begins?|began|begun"
            + "|start(?:s|ed)?|commenc(?:e|es|ed|ing)|open(?:s|ed)?)"
            + "|(until|till|through|to(?=\\s*$)|by|before|no later than|deadline|expires?|expired|ends?|ended|conclude[sd]?|closes?|closed))\\b");

    /** Punctuation that closes the clause a cue must share with the date. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]\\s|[()]");

    static DateRole of(String evidence, Quantity q) {
        final int at = evidence.indexOf(q.getText());
        if (at < 0) {
            return PLAIN;
        }
        String before = evidence.substring(Math.max(0, at - BEFORE), at).toLowerCase(Locale.ROOT);
        final Matcher brk = CLAUSE_BREAK.matcher(before);
        int cut = -1;
        while (brk.find()) {
            cut = brk.end();
        }
        if (cut >= 0) {
            before = before.substring(cut);
        }
        // "for the end of May", "at the end of September": the end of a month is a plain time, not an end point.
        before = before.replaceAll("\\b(?:the|an?) end of\\s*$", "");
        final Matcher m = CUE.matcher(before);
        DateRole role = PLAIN;
        while (m.find()) {
            role = m.group(1) != null ? START : END;
        }
        return role;
    }

    /**
     * Whether two dates of these roles can be readings of one moment, each date ahead of its readout or not: the same
     * role always, except that a plain date already past (the day the meeting took place) and one ahead (the month a
     * visit will be paid) mark a happening and a plan, which no readout confuses; a deadline and a plain date only
     * when both lie ahead (a plan can be given either way, a past happening cannot).
     */
    static boolean comparable(DateRole a, boolean aheadA, DateRole b, boolean aheadB) {
        if (a == PLAIN && b == PLAIN) {
            return aheadA == aheadB;
        }
        return a == b || aheadA && aheadB && a != START && b != START;
    }
}
