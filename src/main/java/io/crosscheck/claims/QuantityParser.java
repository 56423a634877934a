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

    // Context patterns, compiled once: String.matches would compile them on every number.
    /**
     * A word that softens or stresses a figure without changing what it is ("from around 40 days", "to just
     * eight days", "by some 10 percent"); it may stand between the change word and the figure.
     */
    private static final String SOFTENER = "(?:(?:around|about|roughly|approximately|some|nearly|almost|just|only|over|"
            + "more than|less than|at least|up to|an estimated|a mere)\\s+)?";
    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom\\s*" + SOFTENER + "(US\\$|\\$|€|£)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_BEFORE = Pattern.compile("\\bby\\s*" + SOFTENER + "(us\\$|\\$|€|£)?\\s*$");
    private static final Pattern TO_BEFORE = Pattern.compile("\\bto\\s*" + SOFTENER + "(us\\$|\\$|€|£)?\\s*$");
    private static final Pattern MORE_THAN_BEFORE = Pattern.compile("\\b(more than|over|above|in excess of|upwards of|exceeding|greater than)\\s*$");
    /** "Hand over 15 servicemen": "over" the particle of a verb, not "more than". */
    private static final Pattern PARTICLE_OVER_BEFORE = Pattern.compile(
            "\\b(?:hand|hands|handed|handing|turn|turns|turned|turning|take|takes|took|taken|taking|pass|passes|passed|passing)\\s+over\\s*$");
    private static final Pattern LESS_THAN_BEFORE = Pattern.compile("\\b(less than|fewer than|under|below)\\s*$");
    private static final Pattern ABOUT_BEFORE = Pattern.compile("\\b(about|around|approximately|roughly|some|nearly|almost|close to|an estimated|estimated|circa)\\s*$");
    private static final Pattern UP_TO_BEFORE = Pattern.compile("\\b(up to|as many as|as much as|a maximum of)\\s*$");
    private static final Pattern AT_LEAST_BEFORE = Pattern.compile("\\b(at least|no fewer than|no less than|a minimum of)\\s*$");
    private static final Pattern DASH_OR_TO_GAP = Pattern.compile("^\\s*(-|–|to)\\s*(us\\$|\\$|€|£)?\\s*$");
    private static final Pattern AND_GAP = Pattern.compile("^\\s*and\\s*(us\\$|\\$|€|£)?\\s*$");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("\\bbetween\\s*$");
    /** "by 10 points from 20%", "by 10 percentage points, from the current rate of 20 percent": the level changed from. */
    private static final Pattern FROM_BASE_AFTER = Pattern.compile("\\bfrom\\s+(?:(?:the|its|a)\\s+)?"
            + "(?:(?:current|present|existing|previous|former|old|applicable)\\s+)?(?:(?:rate|level)\\s+)?(?:of\\s+)?"
            + "(\\d[\\d,.]*)\\s*(%|percent|per cent)");
    private static final Pattern SCALE_AFTER = Pattern.compile("^\\s*(bn|mn|mln)\\b");
    private static final Pattern RANGE_JOINT = Pattern.compile("\\s*(and|to|-|–)\\s*");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(US\\$|\\$|€|£|¥|₹|USD|EUR|GBP|RMB|Rs\\.?)\\s*$");
    private static final Pattern PERCENT_AFTER = Pattern.compile("^\\s*(%|percent\\b|per cent\\b)");
    private static final Pattern POINTS_AFTER = Pattern.compile("^\\s*(percentage points?|basis points?|points?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "^\\s*(?:US\\s+|U\\.S\\.\\s*)?(dollars?|USD|euros?|EUR|yuan|renminbi|RMB|rubles?|roubles?|rupees?|pounds sterling|GBP)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_AFTER = Pattern.compile(
            "^\\s*-?\\s*(?:(?:working|business|calendar|consecutive|full)\\s+)?(minutes?|hours?|days?|weeks?|months?|years?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)?\\s*\\(?(EST|EDT|ET|GMT|UTC|MSK|CET|CEST|IST|PKT|PST|PDT|BST"
                    + "|Moscow time|Beijing time|Washington time|Kyiv time|local time)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> ZONE_OFFSET_MINUTES = Map.ofEntries(
            Map.entry("est", -300), Map.entry("edt", -240), Map.entry("et", -240), Map.entry("gmt", 0), Map.entry("utc", 0),
            Map.entry("msk", 180), Map.entry("moscow time", 180), Map.entry("cet", 60), Map.entry("cest", 120),
            Map.entry("ist", 330), Map.entry("pkt", 300), Map.entry("pdt", -420), Map.entry("bst", 60),
            Map.entry("beijing time", 480), Map.entry("washington time", -240), Map.entry("kyiv time", 180));
    /**
     * Military clock readings, "1410 hours", "2130 hrs PKT". "PST" stays without a zone: Pacific or Pakistan
     * Standard Time, and readouts of either use it.
     */
    private static final Pattern MILITARY_CLOCK = Pattern.compile(
            "\\b([01]\\d|2[0-3])([0-5]\\d)\\s*(?:hours|hrs|hr)\\b(?:\\s*\\(?(EST|EDT|GMT|UTC|MSK|CET|CEST|IST|PKT|PST|PDT|BST)\\b)?");
    /** Units written as abbreviations: the scale they carry and the unit spelled out ("13 bcm" is 13 billion cubic metres). */
    /**
     * "A 14-kilometre section", "a 300-tonne cargo": a measure written as a compound modifier is the figure's unit,
     * not the noun it qualifies (the section is counted once; its length is what readouts dispute).
     */
    private static final Pattern HYPHENATED_MEASURE_AFTER = Pattern.compile(
            "^-(kilomet(?:re|er)s?|km|metres?|meters?|miles?|tonnes?|tons?|hectares?|litres?|liters?|megawatts?|gigawatts?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> MEASURE_SPELLING = Map.of("km", "kilometre", "kilometer", "kilometre",
            "meter", "metre", "ton", "tonne", "liter", "litre");
    /** "2.4 gigawatts" and "2 GW" are one measure, in megawatts; the tagger would read "GW." as a noun of its own. */
    private static final Pattern POWER_AFTER = Pattern.compile("^\\s*(gw|gigawatts?|mw|megawatts?|kw|kilowatts?)(?![\\p{L}/])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABBREVIATED_UNIT_AFTER = Pattern.compile("^\\s*(bcm|mcm|tcm|b/d|bpd|mb/d|kb/d|mmtpa|mtpa)(?![\\p{L}/])",
            Pattern.CASE_INSENSITIVE);
    /** "1 MTPA" (and the LNG trade's "MMTPA") is a million tonnes a year, as "1 million metric tonnes per annum" is. */
    private static final Map<String, Double> ABBREVIATED_SCALE = Map.of("bcm", 1e9, "mcm", 1e6, "tcm", 1e12, "b/d", 1.0,
            "bpd", 1.0, "mb/d", 1e6, "kb/d", 1e3, "mtpa", 1e6, "mmtpa", 1e6);
    /** "An additional billion cubic metres", "a further 500 troops": the figure is an increment, not a total. */
    private static final Pattern ADDITIONAL_BEFORE = Pattern.compile("\\b(?:additional|further|extra|another)\\s*(us\\$|\\$|€|£)?\\s*$");
    /**
     * "Additional deliveries of 6 billion cubic metres", "additional gas supplies via the pipeline would amount to 4
     * billion cubic meters": the increment is named by the noun phrase the figure measures, a few words back, and
     * is linked to it by "of" or a verb of amount. No clause break between them.
     */
    private static final Pattern ADDITIONAL_NOUN_BEFORE = Pattern.compile(
            "\\b(?:additional|further|extra|incremental)\\s+(?:(?:[\\p{L}-]+\\s+){1,3}(?:of|amounting to|totall?ing)"
                    + "|[^,.;:()]{1,90}?\\b(?:will|would|shall|is to|are to)\\s+(?:amount to|total|reach))\\s*(?:us\\$|\\$|€|£)?\\s*$");
    private static final int ADDITIONAL_LOOKBACK = 120;

    /** "On the formula of 300 for 300": an exchange of equal numbers, counted once per side. */
    private static final Pattern FOR_GAP = Pattern.compile("^\\s+for\\s+$");
    private static final Pattern PEOPLE_BEFORE = Pattern.compile(
            "\\b(?:prisoners?|captives?|detainees?|hostages?|servicemen|soldiers?|POWs?|people|persons)\\b", Pattern.CASE_INSENSITIVE);
    /** A bare rate, "to 70 per week", whose counted noun is named earlier: "the number of regular flights". */
    private static final Pattern BARE_RATE_AFTER = Pattern.compile("^\\s*(?:per|a|an|each)\\s+(?:week|day|month|year)\\b");
    private static final Pattern NUMBER_OF = Pattern.compile("\\bnumber of\\b");
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)\\s*$");
    private static final Pattern MONTH_AFTER = Pattern.compile(
            "^\\s*(January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    private static final Pattern DECREASE = Pattern.compile(
            "\\b(cut|cuts|reduc\\w*|lower\\w*|decreas\\w*|slash\\w*|drop\\w*|fell|fall\\w*|bring\\w* down|brought down|roll\\w* back|suspend\\w*|halv\\w*|shorten\\w*)\\b[^.;]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INCREASE = Pattern.compile(
            "\\b(rais\\w*|increas\\w*|hik\\w*|ris\\w*|rose|boost\\w*|expand\\w*|grow\\w*|grew|doubl\\w*|tripl\\w*)\\b[^.;]*$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PERSON_NOUNS = Set.of("person", "people", "prisoner", "soldier", "serviceman",
            "servicemen", "pow", "captive", "detainee", "hostage", "citizen", "individual", "civilian", "child",
            "children", "troop", "fighter", "military", "national", "man", "woman", "men", "women", "body", "convict",
            "inmate", "refugee", "migrant", "returnee", "evacuee",
            // "Defenders" is how Kyiv names its servicemen, "combatants" how agencies name either side's.
            "defender", "combatant",
            // Crews and teams: "12 fishermen" and "11 nationals" of one boat, "24 members" and "30 observers" of one team.
            "fisherman", "fishermen", "crew", "sailor", "seafarer", "observer", "monitor", "member");
    /** "200,000 displaced Syrians", "500 Pakistanis": a capitalised plural of a nationality counts people. */
    private static final Pattern DEMONYM_PLURAL = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ians|ans|anis|is)\\b");

    /** "the two sides", "both countries", "two leaders": numbers that name the parties, not figures of the event. */
    private static final Set<String> NOT_FIGURES = Set.of("side", "party", "leader", "minister", "official", "country",
            "head", "president", "delegation", "government", "nation", "state", "time", "way", "point", "sides", "countries",
            "leaders", "ministers", "officials", "counterpart", "foreign", "term", "round", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december");

    private static final Pattern PLAIN_YEAR = Pattern.compile("\\d{4}");

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
        final List<NumberScanner.NumberSpan> spans = numbers.scan(text);
        for (int k = 0; k < spans.size(); k++) {
            final NumberScanner.NumberSpan n = spans.get(k);
            if (insideAny(clockSpans, n.start()) || isDate(text, n)) {
                continue;
            }
            if (k + 1 < spans.size() && exchangeFormula(text, n, spans.get(k + 1))) {
                if (PEOPLE_BEFORE.matcher(text.substring(Math.max(0, n.start() - FORMULA_LOOKBACK), n.start())).find()) {
                    units.add(new Unitised(n.value(), "person", Kind.COUNT, n.start(), spans.get(k + 1).end()));
                }
                k++;
                continue;
            }
            Unitised u = unitise(text, n);
            if (u == null && k + 1 < spans.size() && RANGE_JOINT.matcher(text.substring(n.end(), spans.get(k + 1).start())).matches()) {
                // "between 10 and 15 percent": the first number borrows the unit written after the second.
                final Unitised next = unitise(text, spans.get(k + 1));
                if (next != null) {
                    u = new Unitised(n.value(), next.unit(), next.kind(), n.start(), n.end());
                }
            }
            if (u == null && !units.isEmpty()) {
                u = endOfChange(text, units.get(units.size() - 1), n);
            }
            if (u != null) {
                units.add(u);
            }
        }
        int i = 0;
        while (i < units.size()) {
            final Unitised u = units.get(i);
            final Unitised next = i + 1 < units.size() ? units.get(i + 1) : null;
            final String before = text.substring(Math.max(0, u.start() - BEFORE_WINDOW), u.start());
            if (next != null && sameScale(u, next) && isPair(text, u, next)) {
                final boolean from = FROM_BEFORE.matcher(before).find();
                // "Cut the transit time 40 days to 8 days": a range runs upward, so a falling pair is a change.
                final boolean falling = next.value() < u.value() && changeVerb(before) != 0;
                if (from && (u.kind() != Kind.COUNT || changeVerb(before) != 0) || falling) {
                    addChange(out, text, u, next);
                } else {
                    out.add(parsed(text, u.value(), next.value(), unit(u, next), Approximation.RANGE, u.start(), next.end(), u));
                }
                i += 2;
                continue;
            }
            final List<Parsed> read = single(text, u, before);
            out.addAll(read);
            i++;
            // The level a change started from ("by 10 points, from 20%") is read with the change, not as a figure of its own.
            final int readTo = read.stream().mapToInt(Parsed::end).max().orElse(u.end());
            while (i < units.size() && units.get(i).start() < readTo) {
                i++;
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static final int FORMULA_LOOKBACK = 80;
    private static final int BEFORE_WINDOW = 100;
    /**
     * How far back a change verb reaches its "by" or "to": past the object it changes ("reduce the transit time for
     * Zambian copper to the Atlantic by 32 days").
     */
    private static final int VERB_WINDOW = 90;
    /** "By 32 days, to just eight days": a change and then its end, the second figure the level reached. */
    private static final Pattern BY_THEN_TO = Pattern.compile("\\bby\\s+[^,;.()]{1,40},?\\s+to\\s*" + SOFTENER + "(us\\$|\\$|€|£)?\\s*$");

    /**
     * "From 20 working days to 10", "from 30% to 25": the end of a change written without its unit takes the
     * unit of its start (durations and percentages only: "from $5 million to 8" has lost its scale). Only after "from", so a bare number after an unrelated figure ("90 days to 2026") stays bare.
     */
    private static Unitised endOfChange(String text, Unitised start, NumberScanner.NumberSpan n) {
        if ((start.kind() != Kind.DURATION && start.kind() != Kind.PERCENT) || start.end() > n.start() || !DASH_OR_TO_GAP.matcher(text.substring(start.end(), n.start()).toLowerCase(Locale.ROOT)).find()
                || !FROM_BEFORE.matcher(text.substring(Math.max(0, start.start() - 60), start.start())).find()
                || PLAIN_YEAR.matcher(text.substring(n.start(), n.end())).matches()) {
            return null;
        }
        return new Unitised(n.value(), start.unit(), start.kind(), n.start(), n.end());
    }

    private static boolean exchangeFormula(String text, NumberScanner.NumberSpan a, NumberScanner.NumberSpan b) {
        return a.value() == b.value() && FOR_GAP.matcher(text.substring(a.end(), b.start())).matches();
    }

    private List<Parsed> single(String text, Unitised u, String before) {
        final List<Parsed> out = new ArrayList<>();
        final String lower = before.toLowerCase(Locale.ROOT);
        // "Extend for a further three months" gives the length of the extension, as "extend for 90 days" does.
        if (u.kind() != Kind.DURATION && (ADDITIONAL_BEFORE.matcher(lower).find() || additionalNoun(text, u))) {
            final String unit = u.kind() == Kind.PERCENT ? "percentage-point" : u.unit();
            out.add(parsed(text, u.value(), null, unit, Approximation.CHANGE_BY, u.start(), u.end(), u));
            return out;
        }
        final Matcher changeOf = CHANGE_NOUN_OF_BEFORE.matcher(lower);
        if (u.kind() != Kind.DURATION && changeOf.find()) {
            // "an upward production adjustment of 206 thousand barrels", "a cut of 10 percent": the change itself.
            final int changeSign = changeOf.group(1) != null || changeOf.group(2) != null ? -1 : 1;
            final String unit = u.kind() == Kind.PERCENT || u.kind() == Kind.POINTS ? "percentage-point" : u.unit();
            out.add(parsed(text, changeSign * u.value(), null, unit, Approximation.CHANGE_BY, u.start(), u.end(), u));
            return out;
        }
        final int nounSign = changeNounAfter(text, u);
        if (nounSign != 0) {
            out.add(parsed(text, nounSign * u.value(), null, "percentage-point", Approximation.CHANGE_BY, u.start(), u.end(), u));
            return out;
        }
        final int sign = changeVerb(before);
        if (sign != 0 && BY_BEFORE.matcher(lower).find()) {
            final String unit = u.kind() == Kind.PERCENT || u.kind() == Kind.POINTS ? "percentage-point" : u.unit();
            out.add(parsed(text, sign * u.value(), null, unit, Approximation.CHANGE_BY, u.start(), u.end(), u));
            final Matcher from = FROM_BASE_AFTER.matcher(text.substring(u.end()));
            if (from.find() && from.start() < 30) {
                final double base = Double.parseDouble(from.group(1).replace(",", ""));
                out.add(parsed(text, base + sign * u.value(), null, "percent", Approximation.CHANGE_TO, u.start(),
                        u.end() + from.end(), u));
            }
            return out;
        }
        if ((sign != 0 || BY_THEN_TO.matcher(lower).find()) && TO_BEFORE.matcher(lower).find()) {
            out.add(parsed(text, u.value(), null, u.unit(), Approximation.CHANGE_TO, u.start(), u.end(), u));
            return out;
        }
        final Approximation approx = u.kind() == Kind.DURATION && PERIOD_OVER_BEFORE.matcher(lower).find()
                ? Approximation.EXACT : approximation(lower);
        out.add(parsed(text, u.value(), null, u.unit(), approx, u.start(), u.end(), u));
        return out;
    }

    /**
     * "$190 million over four years", "disbursed over five years": after an amount or a verb of spending, "over" spans
     * the period the amount is spread on; it does not say "more than four years".
     */
    private static final Pattern PERIOD_OVER_BEFORE = Pattern.compile(
            "(?:\\d|\\b(?:thousand|million|billion|trillion|dollars?|euros?|pounds?|spread|disbursed|paid|provided|delivered|phased|implemented|invested))"
                    + "\\s+over\\s*(?:a period of\\s*|the (?:next|coming)\\s*)?$");

    /**
     * "a 10 percent reduction in port tariffs": a share written before a noun of change is the change itself, as "reduce
     * by 10 percent" is. The sign is the noun's direction; 0 when no such noun follows.
     */
    private static int changeNounAfter(String text, Unitised u) {
        if (u.kind() != Kind.PERCENT && u.kind() != Kind.POINTS) {
            return 0;
        }
        final Matcher m = CHANGE_NOUN_AFTER.matcher(text.substring(u.end()));
        if (!m.lookingAt()) {
            return 0;
        }
        return m.group(1) != null ? -1 : 1;
    }

    /**
     * A noun of change right before the figure, its direction in group 1 (down) or not (up); an "adjustment" only with
     * its direction said, since one readout's "adjustment" may be the other's cut.
     */
    private static final Pattern CHANGE_NOUN_OF_BEFORE = Pattern.compile("\\b(?:(?:(downward)|upward)\\s+(?:[\\p{L}-]+\\s+)?adjustments?"
            + "|(reduction|cut|decrease|drop|decline)s?|(?:increase|rise|hike)s?)\\s+of\\s*" + SOFTENER + "(?:us\\$|\\$|€|£)?\\s*$");

    private static final Pattern CHANGE_NOUN_AFTER = Pattern.compile(
            "\\s*-?\\s*(?:(reduction|cut|decrease|drop|fall|decline)|(?:increase|rise|hike))s?\\b", Pattern.CASE_INSENSITIVE);

    private static boolean additionalNoun(String text, Unitised u) {
        final String before = text.substring(Math.max(0, u.start() - ADDITIONAL_LOOKBACK), u.start()).toLowerCase(Locale.ROOT);
        return ADDITIONAL_NOUN_BEFORE.matcher(before).find();
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
        Matcher m = HYPHENATED_MEASURE_AFTER.matcher(after);
        if (m.find()) {
            String unit = m.group(1).toLowerCase(Locale.ROOT);
            unit = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
            return new Unitised(n.value(), MEASURE_SPELLING.getOrDefault(unit, unit), Kind.COUNT, n.start(), n.end() + m.end());
        }
        m = POWER_AFTER.matcher(after);
        if (m.find()) {
            final String power = m.group(1).toLowerCase(Locale.ROOT);
            final double scale = power.startsWith("g") ? 1e3 : power.startsWith("k") ? 1e-3 : 1.0;
            return new Unitised(n.value() * scale, "megawatt", Kind.COUNT, n.start(), n.end() + m.end());
        }
        m = ABBREVIATED_UNIT_AFTER.matcher(after);
        if (m.find()) {
            final String abbreviation = m.group(1).toLowerCase(Locale.ROOT);
            final String unit = abbreviation.endsWith("cm") ? "metre" : abbreviation.endsWith("tpa") ? "tonne" : "barrel";
            return new Unitised(n.value() * ABBREVIATED_SCALE.get(abbreviation), unit, Kind.COUNT, n.start(), n.end() + m.end());
        }
        m = PERCENT_AFTER.matcher(after);
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
        // "in 2027" is a year; "2,000 tonnes" and "two thousand workers" are counts, whatever their value.
        if (n.value() >= 1900 && n.value() <= 2100 && PLAIN_YEAR.matcher(text.substring(n.start(), n.end())).matches()) {
            return null;
        }
        final Matcher partitive = PARTITIVE_PEOPLE_AFTER.matcher(after);
        if (partitive.find() && PERSON_NOUNS.contains(singular(partitive.group(1).toLowerCase(Locale.ROOT)))) {
            // "185 of our people are home", "40 of the detainees": a count of the people named after "of".
            return new Unitised(n.value(), "person", Kind.COUNT, n.start(), n.end());
        }
        final String noun = tagger.headNounAfter(text, n.end());
        if (noun == null || noun.length() < 2 || !Character.isLetter(noun.charAt(0))) {
            return bareRate(text, n, after);
        }
        if (NOT_FIGURES.contains(noun)) {
            return null;
        }
        final String unit = PERSON_NOUNS.contains(noun) || demonym(after, noun) ? "person" : noun;
        return new Unitised(n.value(), unit, Kind.COUNT, n.start(), n.end());
    }

    private static final Pattern PARTITIVE_PEOPLE_AFTER = Pattern.compile(
            "^\\s+of\\s+(?:our|their|its|his|her|the|these|those)\\s+(\\p{L}+)\\b", Pattern.CASE_INSENSITIVE);

    private static String singular(String noun) {
        if (PERSON_NOUNS.contains(noun)) {
            return noun;
        }
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }

    /** Whether the counted noun is written in the text as the capitalised plural of a nationality. */
    private static boolean demonym(String after, String noun) {
        final Matcher m = DEMONYM_PLURAL.matcher(after);
        while (m.find()) {
            if (m.group().toLowerCase(Locale.ROOT).startsWith(noun)) {
                return true;
            }
        }
        return false;
    }

    private static final int RATE_LOOKBACK = 120;

    /** "The number of direct flights … will be increased to 70 per week": 70 flights, the noun taken from "number of". */
    private Unitised bareRate(String text, NumberScanner.NumberSpan n, String after) {
        if (!BARE_RATE_AFTER.matcher(after).find()) {
            return null;
        }
        final int from = Math.max(0, n.start() - RATE_LOOKBACK);
        final Matcher m = NUMBER_OF.matcher(text.substring(from, n.start()));
        int last = -1;
        while (m.find()) {
            last = from + m.end();
        }
        if (last < 0) {
            return null;
        }
        final String noun = tagger.headNounAfter(text, last);
        if (noun == null || noun.length() < 2 || !Character.isLetter(noun.charAt(0)) || NOT_FIGURES.contains(noun)) {
            return null;
        }
        return new Unitised(n.value(), PERSON_NOUNS.contains(noun) ? "person" : noun, Kind.COUNT, n.start(), n.end());
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
        final Matcher m = SCALE_AFTER.matcher(after.toLowerCase(Locale.ROOT));
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
        if (MORE_THAN_BEFORE.matcher(b).find() && !PARTICLE_OVER_BEFORE.matcher(b).find()) {
            return Approximation.MORE_THAN;
        }
        if (LESS_THAN_BEFORE.matcher(b).find()) {
            return Approximation.LESS_THAN;
        }
        if (ABOUT_BEFORE.matcher(b).find()
                || b.endsWith("~")) {
            return Approximation.ABOUT;
        }
        if (UP_TO_BEFORE.matcher(b).find()) {
            return Approximation.UP_TO;
        }
        if (AT_LEAST_BEFORE.matcher(b).find()) {
            return Approximation.AT_LEAST;
        }
        return Approximation.EXACT;
    }

    /** -1 for a decrease verb shortly before, +1 for an increase verb, 0 for neither. */
    private static int changeVerb(String before) {
        final String near = before.length() > VERB_WINDOW ? before.substring(before.length() - VERB_WINDOW) : before;
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
        if (DASH_OR_TO_GAP.matcher(gap).find()) {
            return true;
        }
        final String before = text.substring(Math.max(0, a.start() - 10), a.start()).toLowerCase(Locale.ROOT);
        if (UNIT_TO_GAP.matcher(gap).matches() && a.unit().equals(b.unit())
                && FROM_BEFORE.matcher(text.substring(Math.max(0, a.start() - 30), a.start())).find()) {
            // "from 20,000 tonnes to 16,000 tonnes": the unit written twice, once after each end of the change.
            return true;
        }
        return AND_GAP.matcher(gap).find() && BETWEEN_BEFORE.matcher(before).find();
    }

    private static final Pattern UNIT_TO_GAP = Pattern.compile("\\s*\\p{L}+(?:\\s+\\p{L}+)?\\s+to\\s*(us\\$|\\$|€|£)?\\s*");

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
        final Matcher mil = MILITARY_CLOCK.matcher(text);
        while (mil.find()) {
            addClock(text, out, spans, mil.start(), mil.end(), Integer.parseInt(mil.group(1)) * 60 + Integer.parseInt(mil.group(2)),
                    mil.group(3));
        }
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
            if (!insideAny(spans, m.start())) {
                addClock(text, out, spans, m.start(), m.end(), hour * 60 + minute, m.group(4));
            }
        }
        return spans;
    }

    /** A clock reading of {@code minutes} after midnight: in UTC when the zone is known, else local. */
    private static void addClock(String text, List<Parsed> out, List<int[]> spans, int start, int end, int minutes, String zone) {
        int value = minutes;
        String unit = "clock-local";
        final Integer offset = zone == null ? null : ZONE_OFFSET_MINUTES.get(zone.toLowerCase(Locale.ROOT));
        if (offset != null) {
            value = Math.floorMod(value - offset, 24 * 60);
            unit = "clock";
        }
        final String words = text.substring(start, end).trim();
        final Quantity q = Quantity.newBuilder().setValue(value).setValueHigh(null).setUnit(unit)
                .setApproximation(Approximation.EXACT).setText(words).setSubject(null).build();
        out.add(new Parsed(q, start, start + words.length()));
        spans.add(new int[]{start, end});
    }
}
