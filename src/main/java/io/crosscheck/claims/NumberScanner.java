package io.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers in text, written as digits ("175", "1,120", "2.5") or words ("two hundred",
 * "twenty-three", "a dozen", "half an [hour]"), with a following scale word ("2 billion", "500 mln", "2bn").
 * Ordinals ("1,120th") are skipped. Stateless, thread-safe.
 */
public final class NumberScanner {

    /** A number in the text: characters {@code [start, end)}. */
    public record NumberSpan(double value, int start, int end) { }

    private static final Pattern ORDINAL = Pattern.compile("\\d(st|nd|rd|th)$");
    private static final Pattern WORD = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?(?:st|nd|rd|th|bn|mn|m|k)?|[A-Za-z]+");
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12));
    private static final Map<String, Double> SCALES = Map.of(
            "hundred", 1e2, "thousand", 1e3, "million", 1e6, "mln", 1e6, "billion", 1e9, "bln", 1e9, "trillion", 1e12);

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an");
    private static final java.util.Set<String> INCREMENT_WORDS = java.util.Set.of("additional", "further", "extra", "another");
    private static final java.util.Set<String> HALVED_UNITS = java.util.Set.of("hour", "day", "year", "month");

    /**
     * Whether a word (any case) can begin or carry a number the scanner reads: a cheap gate that lets callers skip
     * clauses without figures. "Fourteen", "nineteen" and "half" count as much as "two".
     */
    public static boolean isNumberWord(String word) {
        final String w = word.toLowerCase(java.util.Locale.ROOT);
        return UNITS.containsKey(w) || SCALES.containsKey(w) || w.equals("half");
    }

    public List<NumberSpan> scan(String text) {
        final List<NumberSpan> out = new ArrayList<>();
        final Matcher m = WORD.matcher(text);
        final List<int[]> words = new ArrayList<>();
        while (m.find()) {
            words.add(new int[]{m.start(), m.end()});
        }
        int i = 0;
        while (i < words.size()) {
            final int consumed = readNumber(text, words, i, out);
            i += Math.max(consumed, 1);
        }
        return out;
    }

    /** Reads one number starting at word {@code i}; returns how many words it used (0 if none). */
    private static int readNumber(String text, List<int[]> words, int i, List<NumberSpan> out) {
        final String w = word(text, words, i);
        if (Character.isDigit(w.charAt(0)) && partOfName(text, words.get(i))) {
            return 1;
        }
        if (Character.isDigit(w.charAt(0))) {
            return readDigits(text, words, i, w, out);
        }
        final String lw = w.toLowerCase(Locale.ROOT);
        if (lw.equals("half") && i + 2 < words.size() && ARTICLES.contains(lower(text, words, i + 1))
                && HALVED_UNITS.contains(lower(text, words, i + 2))) {
            // "half an hour", "half a day": the number is "half a", the unit follows as for "two hours".
            out.add(new NumberSpan(0.5, words.get(i)[0], words.get(i + 1)[1]));
            return 2;
        }
        if (lw.equals("half") && i + 2 < words.size() && ARTICLES.contains(lower(text, words, i + 1))
                && SCALES.containsKey(lower(text, words, i + 2)) && adjacent(text, words, i, i + 1) && adjacent(text, words, i + 1, i + 2)) {
            // "half a billion US dollars": half the scale, not "a billion".
            out.add(new NumberSpan(0.5 * SCALES.get(lower(text, words, i + 2)), words.get(i)[0], words.get(i + 2)[1]));
            return 3;
        }
        if (ARTICLES.contains(lw) && i + 4 < words.size() && HALVED_UNITS.contains(lower(text, words, i + 1))
                && lower(text, words, i + 2).equals("and") && ARTICLES.contains(lower(text, words, i + 3))
                && lower(text, words, i + 4).equals("half")) {
            // "a month and a half": the number is "a", worth one and a half, and its unit follows as for "two months".
            out.add(new NumberSpan(1.5, words.get(i)[0], words.get(i)[1]));
            return 1;
        }
        if (INCREMENT_WORDS.contains(lw) && i + 1 < words.size() && SCALES.containsKey(lower(text, words, i + 1))
                && adjacent(text, words, i, i + 1)) {
            // "an additional billion cubic metres": the scale word alone is the number.
            out.add(new NumberSpan(SCALES.get(lower(text, words, i + 1)), words.get(i + 1)[0], words.get(i + 1)[1]));
            return 2;
        }
        final boolean article = (lw.equals("a") || lw.equals("an")) && i + 1 < words.size()
                && (SCALES.containsKey(lower(text, words, i + 1)) || "dozen".equals(lower(text, words, i + 1)));
        if (!UNITS.containsKey(lw) && !article) {
            return 0;
        }
        double total = 0;
        double current = article ? 1 : 0;
        int j = article ? i + 1 : i;
        int last = i;
        boolean any = article;
        while (j < words.size()) {
            final String x = lower(text, words, j);
            if (j > i && !adjacent(text, words, j - 1, j)) {
                break;
            }
            if (x.equals("dozen")) {
                // "a dozen" is twelve and "two dozen" twenty-four: a multiplier, not a unit added to the article.
                current = Math.max(current, 1) * 12;
            } else if (UNITS.containsKey(x)) {
                current += UNITS.get(x);
            } else if (x.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (SCALES.containsKey(x)) {
                total += Math.max(current, 1) * SCALES.get(x);
                current = 0;
            } else if (x.equals("and") && any && j + 1 < words.size() && UNITS.containsKey(lower(text, words, j + 1))) {
                j++;
                continue;
            } else {
                break;
            }
            any = true;
            last = j;
            j++;
        }
        if (!any) {
            return 0;
        }
        // "one" alone is too often a pronoun ("the one who", "one of"); keep it only before a noun-like word.
        if (last == i && lw.equals("one") && i + 1 < words.size() && lower(text, words, i + 1).equals("of")) {
            return 1;
        }
        out.add(new NumberSpan(total + current, words.get(i)[0], words.get(last)[1]));
        return last - i + 1;
    }

    private static int readDigits(String text, List<int[]> words, int i, String w, List<NumberSpan> out) {
        String digits = w;
        double scale = 1;
        if (ORDINAL.matcher(digits).find()) {
            return 1;
        }
        if (digits.endsWith("bn")) {
            scale = 1e9;
            digits = digits.substring(0, digits.length() - 2);
        } else if (digits.endsWith("mn")) {
            scale = 1e6;
            digits = digits.substring(0, digits.length() - 2);
        } else if (digits.endsWith("m")) {
            scale = 1e6;
            digits = digits.substring(0, digits.length() - 1);
        } else if (digits.endsWith("k")) {
            scale = 1e3;
            digits = digits.substring(0, digits.length() - 1);
        }
        double base;
        try {
            base = Double.parseDouble(digits.replace(",", ""));
        } catch (NumberFormatException e) {
            return 1;
        }
        int end = words.get(i)[1];
        int grouped = 0;
        if (scale == 1 && SPACE_GROUP_HEAD.matcher(digits).matches()) {
            // "16 000 tonnes", "2 740 tonnes": thousands grouped by a space, as Nordic, French and SI style write them.
            while (i + grouped + 1 < words.size() && SPACE_GROUP.matcher(word(text, words, i + grouped + 1)).matches()
                    && SPACE_GAP.matcher(text.substring(words.get(i + grouped)[1], words.get(i + grouped + 1)[0])).matches()) {
                grouped++;
                base = base * 1000 + Double.parseDouble(word(text, words, i + grouped).substring(0, 3));
                end = words.get(i + grouped)[0] + 3;
                if (word(text, words, i + grouped).endsWith(",")) {
                    break;
                }
            }
            if (grouped > 0) {
                return grouped + readScale(text, words, i + grouped, base, words.get(i)[0], end, out);
            }
        }
        // "1,000 for 1,000, which": the comma after the digits ends the phrase, it is not a thousands separator.
        while (text.charAt(end - 1) == ',') {
            end--;
        }
        int used = 1;
        if (scale == 1 && i + 1 < words.size() && adjacent(text, words, i, i + 1)) {
            final Double s = SCALES.get(lower(text, words, i + 1));
            if (s != null) {
                scale = s;
                end = words.get(i + 1)[1];
                used = 2;
            }
        }
        out.add(new NumberSpan(base * scale, words.get(i)[0], end));
        return used;
    }

    private static final Pattern SPACE_GROUP_HEAD = Pattern.compile("[1-9]\\d{0,2}");
    private static final Pattern SPACE_GROUP = Pattern.compile("\\d{3},?");
    private static final Pattern SPACE_GAP = Pattern.compile("[ \u00a0\u202f\u2009]");

    /** A number read whole from word {@code last}'s end, with an adjacent scale word; returns how many more words it used (0 or 1). */
    private static int readScale(String text, List<int[]> words, int last, double base, int start, int end, List<NumberSpan> out) {
        if (last + 1 < words.size() && adjacent(text, words, last, last + 1)) {
            final Double s = SCALES.get(lower(text, words, last + 1));
            if (s != null) {
                out.add(new NumberSpan(base * s, start, words.get(last + 1)[1]));
                return 2;
            }
        }
        out.add(new NumberSpan(base, start, end));
        return 1;
    }

    /** Digits glued to letters are part of a name ("K9PL", "F-16" stays a number only after a hyphen), not a figure. */
    private static boolean partOfName(String text, int[] span) {
        final boolean letterBefore = span[0] > 0 && Character.isLetter(text.charAt(span[0] - 1))
                && !CURRENCY_CODE_BEFORE.matcher(text.substring(Math.max(0, span[0] - 4), span[0])).find();
        final boolean letterAfter = span[1] < text.length() && Character.isLetter(text.charAt(span[1]));
        return letterBefore || letterAfter && !text.substring(span[0], span[1]).matches(".*(st|nd|rd|th|bn|mn|m|k)$");
    }

    /** "USD27 billion": a currency code written against its amount. */
    private static final Pattern CURRENCY_CODE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:USD|EUR|GBP|RMB|INR|Rs)$");

    private static String word(String text, List<int[]> words, int i) {
        return text.substring(words.get(i)[0], words.get(i)[1]);
    }

    private static String lower(String text, List<int[]> words, int i) {
        return word(text, words, i).toLowerCase(Locale.ROOT);
    }

    /** Words separated only by spaces or a hyphen belong to one number ("twenty-three", "two hundred"). */
    private static boolean adjacent(String text, List<int[]> words, int a, int b) {
        final String gap = text.substring(words.get(a)[1], words.get(b)[0]);
        return gap.length() <= 2 && gap.chars().allMatch(c -> c == ' ' || c == '-');
    }
}
