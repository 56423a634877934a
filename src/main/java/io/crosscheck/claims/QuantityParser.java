package io.crosscheck.claims;

import io.crosscheck.avro.Approximation;
import io.crosscheck.avro.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quantities out of a sentence: money ("$2 billion", "500 million euros"), percentages and
 * percentage points, counts of things ("175 prisoners", "two hundred soldiers"), durations
 * ("30-day", "two hours"), clock times with zones ("10:00 Moscow time" → minutes after midnight UTC),
 * with approximations ("more than", "about", "up to", "at least"), ranges ("between 10 and 15")
 * and changes: "from 20% to 10%" gives CHANGE_TO 10 <em>and</em> CHANGE_BY -10 percentage points, and
 * "cut by 10 points from 20%" gives the same pair, so the numeric rule can see that two framings agree.
 * Offsets are relative to the given text. Thread-safe.
 */
public final class QuantityParser {

    /** A quantity and where its words are in the parsed text. */
    public record Parsed(Quantity quantity, int start, int end) { }

    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(US\\$|\\$|€|£|¥|₹|USD|EUR|GBP|RMB|Rs\\.?)\\s*$");
    private static final Pattern PERCENT_AFTER = Pattern.compile("^\\s*(%|percent\\b|per cent\\b)");
    private static final Pattern POINTS_AFTER = Pattern.compile("^\\s*(percentage points?|basis points?|points?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "^\\s*(?:US\\s+)?(dollars?|USD|euros?|EUR|yuan|renminbi|RMB|rubles?|roubles?|rupees?|pounds sterling|GBP)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_AFTER = Pattern.compile(
            "^\\s*-?\\s*(minutes?|hours?|days?|weeks?|months?|years?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)?\\s*\\(?(EST|EDT|ET|GMT|UTC|MSK|CET|CEST|IST|PST|PDT|BST"
                    + "|Moscow time|Beijing time|Washington time|Kyiv time|local time)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> ZONE_OFFSET_MINUTES = Map.ofEntries(
            Map.entry("est", -300), Map.entry("edt", -240), Map.entry("et", -240), Map.entry("gmt", 0), Map.entry("utc", 0),
            Map.entry("msk", 180), Map.entry("moscow time", 180), Map.entry("cet", 60), Map.entry("cest", 120),
            Map.entry("ist", 330), Map.entry("pst", -480), Map.entry("pdt", -420), Map.entry("bst", 60),
            Map.entry("beijing time", 480), Map.entry("washington time", -240), Map.entry("kyiv time", 180));
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)\\s*$");
    private static final Pattern MONTH_AFTER = Pattern.compile(
            "^\\s*(January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    private static final Pattern DECREASE = Pattern.compile(
            "\\b(cut|cuts|reduc\\w*|lower\\w*|decreas\\w*|slash\\w*|drop\\w*|fell|fall\\w*|bring\\w* down|brought down|roll\\w* back|suspend\\w*)\\b[^.;]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INCREASE = Pattern.compile(
            "\\b(rais\\w*|increas\\w*|hik\\w*|ris\\w*|rose|boost\\w*|expand\\w*|grow\\w*|grew)\\b[^.;]*$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PERSON_NOUNS = Set.of("person", "people", "prisoner", "soldier", "serviceman",
            "servicemen", "pow", "captive", "detainee", "hostage", "citizen", "individual", "civilian", "child",
            "children", "troop", "fighter", "military", "national", "man", "woman", "men", "women", "body");

    private enum Kind { MONEY, PERCENT, POINTS, DURATION, COUNT }

    /** A number with its unit, before approximation and change are read. */
    private record Unitised(double value, String unit, Kind kind, int start, int end) { }

    private final NumberScanner numbers = new NumberScanner();
    private final PosTagger tagger;

    public QuantityParser(PosTagger tagger) {
        this.tagger = tagger;
    }

    public List<Parsed> parse(String text) {
        final List<Parsed> out = new ArrayList<>();
        final List<int[]> clockSpans = clocks(text, out);
        final List<Unitised> units = new ArrayList<>();
        for (NumberScanner.NumberSpan n : numbers.scan(text)) {
            if (insideAny(clockSpans, n.start()) || isDate(text, n)) {
                continue;
            }
            final Unitised u = unitise(text, n);
            if (u != null) {
                units.add(u);
            }
        }
        int i = 0;
        while (i < units.size()) {
            final Unitised u = units.get(i);
            final Unitised next = i + 1 < units.size() ? units.get(i + 1) : null;
            final String before = text.substring(Math.max(0, u.start() - 60), u.start());
            if (next != null && sameScale(u, next) && isPair(text, u, next)) {
                final boolean from = before.matches("(?s).*\\bfrom\\s*(US\\$|\\$|€|£)?\\s*$");
                if (from && (u.kind() != Kind.COUNT || changeVerb(before) != 0)) {
                    addChange(out, text, u, next);
                } else {
                    out.add(parsed(text, u.value(), next.value(), unit(u, next), Approximation.RANGE, u.start(), next.end(), u));
                }
                i += 2;
                continue;
            }
            out.addAll(single(text, u, before));
            i++;
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private List<Parsed> single(String text, Unitised u, String before) {
        final List<Parsed> out = new ArrayList<>();
        final String lower = before.toLowerCase(Locale.ROOT);
        final int sign = changeVerb(before);
        if (sign != 0 && lower.matches("(?s).*\\bby\\s*(us\\$|\\$|€|£)?\\s*$")) {
            final String unit = u.kind() == Kind.PERCENT || u.kind() == Kind.POINTS ? "percentage-point" : u.unit();
            out.add(parsed(text, sign * u.value(), null, unit, Approximation.CHANGE_BY, u.start(), u.end(), u));
            final Matcher from = Pattern.compile("\\bfrom\\s+(\\d[\\d,.]*)\\s*(%|percent)").matcher(text.substring(u.end()));
            if (from.find() && from.start() < 30) {
                final double base = Double.parseDouble(from.group(1).replace(",", ""));
                out.add(parsed(text, base + sign * u.value(), null, "percent", Approximation.CHANGE_TO, u.start(),
                        u.end() + from.end(), u));
            }
            return out;
        }
        if (sign != 0 && lower.matches("(?s).*\\bto\\s*(us\\$|\\$|€|£)?\\s*$")) {
            out.add(parsed(text, u.value(), null, u.unit(), Approximation.CHANGE_TO, u.start(), u.end(), u));
            return out;
        }
        final Approximation approx = approximation(lower);
        out.add(parsed(text, u.value(), null, u.unit(), approx, u.start(), u.end(), u));
        return out;
    }

    private void addChange(List<Parsed> out, String text, Unitised from, Unitised to) {
        final String unit = unit(from, to);
        out.add(parsed(text, to.value(), null, unit, Approximation.CHANGE_TO, from.start(), to.end(), to));
        final String byUnit = "percent".equals(unit) ? "percentage-point" : unit;
        out.add(parsed(text, to.value() - from.value(), null, byUnit, Approximation.CHANGE_BY, from.start(), to.end(), to));
    }

    private Parsed parsed(String text, double value, Double high, String unit, Approximation approx, int start, int end,
                          Unitised u) {
        String subject = null;
        if (u.kind() == Kind.COUNT) {
            subject = unitSubject(u.unit());
        }
        final Quantity q = Quantity.newBuilder()
                .setValue(value).setValueHigh(high).setUnit(unit).setApproximation(approx)
                .setText(text.substring(start, end)).setSubject(subject).build();
        return new Parsed(q, start, end);
    }

    /** For counts the unit is the counted noun; subject says the same, in the schema's words. */
    private static String unitSubject(String unit) {
        return "person".equals(unit) ? "people" : unit;
    }

    private Unitised unitise(String text, NumberScanner.NumberSpan n) {
        final String after = text.substring(n.end(), Math.min(text.length(), n.end() + 40));
        final String before = text.substring(Math.max(0, n.start() - 6), n.start());
        final Matcher cb = CURRENCY_BEFORE.matcher(before);
        if (cb.find()) {
            final int scaledEnd = n.end() + scaleSuffix(after);
            return new Unitised(n.value() * scaleFactor(after), currency(cb.group(1)), Kind.MONEY,
                    n.start() - (before.length() - cb.start()), scaledEnd);
        }
        Matcher m = PERCENT_AFTER.matcher(after);
        if (m.find()) {
            return new Unitised(n.value(), "percent", Kind.PERCENT, n.start(), n.end() + m.end());
        }
        m = POINTS_AFTER.matcher(after);
        if (m.find()) {
            return new Unitised(n.value(), "percentage-point", Kind.POINTS, n.start(), n.end() + m.end());
        }
        m = CURRENCY_AFTER.matcher(after);
        if (m.find()) {
            return new Unitised(n.value(), currency(m.group(1)), Kind.MONEY, n.start(), n.end() + m.end());
        }
        m = DURATION_AFTER.matcher(after);
        if (m.find()) {
            String unit = m.group(1).toLowerCase(Locale.ROOT);
            unit = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
            return new Unitised(n.value(), unit, Kind.DURATION, n.start(), n.end() + m.end());
        }
        if (n.value() >= 1900 && n.value() <= 2100 && n.value() == Math.rint(n.value())) {
            return null;
        }
        final String noun = tagger.headNounAfter(text, n.end());
        if (noun == null || noun.length() < 2 || !Character.isLetter(noun.charAt(0))) {
            return null;
        }
        final String unit = PERSON_NOUNS.contains(noun) ? "person" : noun;
        return new Unitised(n.value(), unit, Kind.COUNT, n.start(), n.end());
    }

    /** Money written "$2 bn" has its scale after the number; the scanner already folds "2 billion". */
    private static double scaleFactor(String after) {
        final String a = after.toLowerCase(Locale.ROOT).stripLeading();
        if (a.startsWith("bn")) {
            return 1e9;
        }
        if (a.startsWith("mn") || a.startsWith("mln")) {
            return 1e6;
        }
        return 1;
    }

    private static int scaleSuffix(String after) {
        final Matcher m = Pattern.compile("^\\s*(bn|mn|mln)\\b").matcher(after.toLowerCase(Locale.ROOT));
        return m.find() ? m.end() : 0;
    }

    private static String currency(String symbol) {
        final String s = symbol.toLowerCase(Locale.ROOT);
        if (s.contains("$") || s.startsWith("dollar") || s.equals("usd")) {
            return "USD";
        }
        if (s.equals("€") || s.startsWith("euro") || s.equals("eur")) {
            return "EUR";
        }
        if (s.equals("£") || s.startsWith("pound") || s.equals("gbp")) {
            return "GBP";
        }
        if (s.equals("¥") || s.equals("yuan") || s.equals("renminbi") || s.equals("rmb")) {
            return "CNY";
        }
        if (s.equals("₹") || s.startsWith("rupee") || s.startsWith("rs")) {
            return "INR";
        }
        return "RUB";
    }

    private static Approximation approximation(String lowerBefore) {
        final String b = lowerBefore.replaceAll("(us\\$|\\$|€|£|¥|₹)\\s*$", "");
        if (b.matches("(?s).*\\b(more than|over|above|in excess of|upwards of|exceeding|greater than)\\s*$")) {
            return Approximation.MORE_THAN;
        }
        if (b.matches("(?s).*\\b(less than|fewer than|under|below)\\s*$")) {
            return Approximation.LESS_THAN;
        }
        if (b.matches("(?s).*\\b(about|around|approximately|roughly|some|nearly|almost|close to|an estimated|estimated|circa)\\s*$")
                || b.endsWith("~")) {
            return Approximation.ABOUT;
        }
        if (b.matches("(?s).*\\b(up to|as many as|as much as|a maximum of)\\s*$")) {
            return Approximation.UP_TO;
        }
        if (b.matches("(?s).*\\b(at least|no fewer than|no less than|a minimum of)\\s*$")) {
            return Approximation.AT_LEAST;
        }
        return Approximation.EXACT;
    }

    /** -1 for a decrease verb shortly before, +1 for an increase verb, 0 for neither. */
    private static int changeVerb(String before) {
        final String near = before.length() > 50 ? before.substring(before.length() - 50) : before;
        if (DECREASE.matcher(near).find()) {
            return -1;
        }
        if (INCREASE.matcher(near).find()) {
            return 1;
        }
        return 0;
    }

    private static boolean sameScale(Unitised a, Unitised b) {
        return a.kind() == b.kind() || (a.kind() == Kind.COUNT && b.kind() != Kind.COUNT);
    }

    /** "10 to 15", "10-15", "between 10 and 15", "from 20% to 10%". */
    private static boolean isPair(String text, Unitised a, Unitised b) {
        final String gap = text.substring(a.end(), b.start()).toLowerCase(Locale.ROOT);
        if (gap.matches("\\s*(-|–|to)\\s*(us\\$|\\$|€|£)?\\s*")) {
            return true;
        }
        final String before = text.substring(Math.max(0, a.start() - 10), a.start()).toLowerCase(Locale.ROOT);
        return gap.matches("\\s*and\\s*(us\\$|\\$|€|£)?\\s*") && before.matches("(?s).*\\bbetween\\s*$");
    }

    private static String unit(Unitised a, Unitised b) {
        return a.kind() == Kind.COUNT ? b.unit() : a.unit();
    }

    private static boolean isDate(String text, NumberScanner.NumberSpan n) {
        final String before = text.substring(Math.max(0, n.start() - 12), n.start());
        final String after = text.substring(n.end(), Math.min(text.length(), n.end() + 12));
        return MONTH_BEFORE.matcher(before).find() || MONTH_AFTER.matcher(after).find();
    }

    private static boolean insideAny(List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (offset >= s[0] && offset < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** Clock times need minutes or am/pm; with a known zone they are normalised to UTC minutes after midnight. */
    private static List<int[]> clocks(String text, List<Parsed> out) {
        final List<int[]> spans = new ArrayList<>();
        final Matcher m = CLOCK.matcher(text);
        while (m.find()) {
            final boolean hasMinutes = m.group(2) != null;
            final String ampm = m.group(3);
            if (!hasMinutes && ampm == null) {
                continue;
            }
            int hour = Integer.parseInt(m.group(1));
            final int minute = hasMinutes ? Integer.parseInt(m.group(2)) : 0;
            if (hour > 23 || minute > 59) {
                continue;
            }
            if (ampm != null) {
                final boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            int value = hour * 60 + minute;
            String unit = "clock-local";
            if (m.group(4) != null) {
                final Integer offset = ZONE_OFFSET_MINUTES.get(m.group(4).toLowerCase(Locale.ROOT));
                if (offset != null) {
                    value = Math.floorMod(value - offset, 24 * 60);
                    unit = "clock";
                }
            }
            final Quantity q = Quantity.newBuilder().setValue(value).setValueHigh(null).setUnit(unit)
                    .setApproximation(Approximation.EXACT).setText(m.group().trim()).setSubject(null).build();
            out.add(new Parsed(q, m.start(), m.start() + m.group().trim().length()));
            spans.add(new int[]{m.start(), m.end()});
        }
        return spans;
    }
}
