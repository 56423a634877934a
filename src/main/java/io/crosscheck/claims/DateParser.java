package io.crosscheck.claims;

import io.crosscheck.avro.Approximation;
import io.crosscheck.avro.Quantity;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar dates out of a clause as quantities in unit {@value #UNIT}, valued in days since 1970-01-01, so
 * that the numeric rules can see that "the first round will be held in March 2027" disputes "negotiators would
 * meet in January 2027", or that "from June 1" disputes "from 15 May". A full date ("15 May 2026", "June 1") is
 * one day; a month ("in October", "January 2027") is the range of its days. A date without a year takes the year
 * the statement was published. Years alone ("by 2030", "since 2017") are not read: readouts use them for
 * background and targets far more than for dates of the event. "May" counts as a month only next to a day or a
 * year or after a preposition of time, since it is also a verb. Thread-safe.
 */
public final class DateParser {

    public static final String UNIT = "date";

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\s+(?:of\\s+)?(\\d{4})\\b");
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(?:in|by|until|till|since|from|before|after|during|early|late|mid-|end of|beginning of|start of)\\s*("
                    + MONTHS + ")\\b(?!\\s+\\d)");

    public List<QuantityParser.Parsed> parse(String text, int defaultYear) {
        final List<QuantityParser.Parsed> out = new ArrayList<>();
        final List<int[]> taken = new ArrayList<>();
        final Matcher dm = DAY_MONTH.matcher(text);
        while (dm.find()) {
            day(text, dm.start(), dm.end(), dm.group(1), dm.group(2), dm.group(3), defaultYear, out, taken);
        }
        final Matcher md = MONTH_DAY.matcher(text);
        while (md.find()) {
            if (!overlaps(taken, md.start(), md.end())) {
                day(text, md.start(), md.end(), md.group(2), md.group(1), md.group(3), defaultYear, out, taken);
            }
        }
        final Matcher my = MONTH_YEAR.matcher(text);
        while (my.find()) {
            if (!overlaps(taken, my.start(), my.end())) {
                month(text, my.start(1), my.end(), my.group(1), Integer.parseInt(my.group(2)), out, taken);
            }
        }
        final Matcher ma = MONTH_ALONE.matcher(text);
        while (ma.find()) {
            if (!overlaps(taken, ma.start(1), ma.end())) {
                month(text, ma.start(1), ma.end(), ma.group(1), defaultYear, out, taken);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Whether the text names a month at all: the cheap test before parsing. */
    public static boolean mentionsMonth(String text) {
        return MONTH_WORD.matcher(text).find();
    }

    private static final Pattern MONTH_WORD = Pattern.compile("\\b(?:" + MONTHS + ")");

    private static void day(String text, int start, int end, String dayText, String monthText, String yearText, int defaultYear,
                            List<QuantityParser.Parsed> out, List<int[]> taken) {
        if (isDateline(text, start, end)) {
            // Taken all the same, so that its month and year are not read again as "October 2026".
            taken.add(new int[]{start, end});
            return;
        }
        final Month month = month(monthText);
        final int day = Integer.parseInt(dayText);
        final int year = yearText == null ? defaultYear : Integer.parseInt(yearText);
        if (month == null || day < 1 || day > month.length(YearMonth.of(year, month).isLeapYear())) {
            return;
        }
        final long epochDay = LocalDate.of(year, month, day).toEpochDay();
        out.add(new QuantityParser.Parsed(quantity(epochDay, null, Approximation.EXACT, text.substring(start, end)), start, end));
        taken.add(new int[]{start, end});
    }

    private static void month(String text, int start, int end, String monthText, int year,
                              List<QuantityParser.Parsed> out, List<int[]> taken) {
        final Month month = month(monthText);
        if (month == null) {
            return;
        }
        final YearMonth ym = YearMonth.of(year, month);
        out.add(new QuantityParser.Parsed(quantity(ym.atDay(1).toEpochDay(), (double) ym.atEndOfMonth().toEpochDay(),
                Approximation.RANGE, text.substring(start, end)), start, end));
        taken.add(new int[]{start, end});
    }

    /**
     * "ABU DHABI, 15th April, 2026 (WAM) --", "Rawalpindi, 04 February 2026", "GENEVA, April 16. /TASS/.",
     * "Nouakchott, Wednesday 24 June 2026.": a place, perhaps a weekday, a date, then an agency, a dash or the end of
     * the sentence.
     */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("^\\s*\\p{Lu}[\\p{L} .'’-]{1,40},\\s*"
            + "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?$");
    private static final Pattern DATELINE_AFTER = Pattern.compile(
            "^(?:\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:--|—|–|-\\s|$)|\\.\\s*/[^/]{1,40}/|\\.\\s*$)");

    /** The dateline dates the readout, not anything the readout reports, so it is no figure to dispute. */
    private static boolean isDateline(String text, int start, int end) {
        return DATELINE_BEFORE.matcher(text.substring(0, start)).matches() && DATELINE_AFTER.matcher(text.substring(end)).find();
    }

    private static Quantity quantity(double epochDay, Double high, Approximation approximation, String words) {
        return Quantity.newBuilder().setValue(epochDay).setValueHigh(high).setUnit(UNIT).setApproximation(approximation)
                .setText(words).setSubject(null).build();
    }

    private static Month month(String text) {
        final String key = text.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            final String name = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (name.equals(key) || key.length() >= 3 && name.startsWith(key)) {
                return m;
            }
        }
        return null;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (start < t[1] && t[0] < end) {
                return true;
            }
        }
        return false;
    }
}
