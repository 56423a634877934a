package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Approximation;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.Quantity;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.DateParser;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Objects;
import java.util.Set;

/**
 * NUMERIC: the two statements give different figures for the same thing: same topic, same unit
 * (durations compared in hours), same counted subject, and value intervals that do not overlap
 * once approximations are respected ("more than 2" fits 2; "about 200" fits 210; ranges contain; a cap
 * "up to 400,000" is the figure itself within 10%, so 300,000 disputes it; a change "from 20% to 10%" is compared both as the final value and as the change, so "cut by 10
 * points" agrees with it). A figure that matches any figure of the other statement is not disputed:
 * numbers that count different things are not contradictions. One finding per topic.
 */
public final class NumericRule implements ContradictionRule {

    private static final double TOLERANCE = 0.005;
    /** "30 days" is "a month" and "12 months" is "one year" in any readout, though not to the hour. */
    private static final double CALENDAR_TOLERANCE = 0.04;
    private static final double ABOUT = 0.1;
    private static final double FLOOR_REACH = 2.0;

    @Override
    public AlertKind kind() {
        return AlertKind.NUMERIC;
    }

    @Override
    public List<Finding> compare(Statement a, Statement b) {
        return RuleSupport.perSharedTopic(a, b, (topic, xa, xb) -> topicConflict(a, xa, b, xb, topic));
    }

    private static Finding topicConflict(Statement a, List<Claim> ca, Statement b, List<Claim> cb, String topic) {
        // A figure matching any figure of the other statement, under whatever topic, is not disputed.
        final List<Claim> allOfA = a.getClaims();
        final List<Claim> allOfB = b.getClaims();
        for (Claim x : ca) {
            for (Quantity qa : x.getQuantities()) {
                if (!disputable(a, qa) || hasConsistent(qa, allOfB)) {
                    continue;
                }
                for (Claim y : cb) {
                    for (Quantity qb : y.getQuantities()) {
                        if (comparable(qa, qb) && !overlap(qa, qb) && disputable(b, qb) && !hasConsistent(qb, allOfA)
                                && sameMeasure(x, qa, y, qb) && sameMoment(a, x, qa, b, y, qb)) {
                            final boolean fuzzy = qa.getApproximation() != Approximation.EXACT
                                    || qb.getApproximation() != Approximation.EXACT;
                            final double conf = RuleSupport.clamp((fuzzy ? 0.65 : 0.8) - RuleSupport.reportedPenalty(x, y));
                            return new Finding(AlertKind.NUMERIC, topic, a, b, x.getEvidence(), y.getEvidence(),
                                    RuleSupport.severity(Math.max(x.getSalience(), y.getSalience())), conf,
                                    Explanations.numeric(a, qa, b, qb, topic));
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Figures of one topic dispute each other only when they measure the same thing: a record of the past against
     * a record, not against a target or a decision, and clauses that share at least a word beyond the figures. A
     * date a day apart is the same day in another time zone.
     */
    static boolean sameMeasure(Claim x, Quantity qa, Claim y, Quantity qb) {
        if (CLOCK_LOCAL.equals(qa.getUnit()) || CLOCK_LOCAL.equals(qb.getUnit())) {
            // "1410 hours" in Delhi is "1340 hrs" in Rawalpindi: a clock time without a known zone names no instant.
            return false;
        }
        if (perItem(x.getEvidence(), qa) || perItem(y.getEvidence(), qb)) {
            return false;
        }
        if (perMember(x.getEvidence(), qa) != perMember(y.getEvidence(), qb)) {
            return false;
        }
        if (isChange(qa) && isChange(qb) && !sameChangedThing(x.getEvidence(), qa, y.getEvidence(), qb)) {
            return false;
        }
        if (baseUnit(qa.getUnit()).equals("duration") ? farApart(qa, qb, MAX_DURATION_RATIO) : isAmount(qa) && farApart(qa, qb, MAX_AMOUNT_RATIO)) {
            return false;
        }
        if (DateParser.UNIT.equals(qa.getUnit()) && Math.abs(qa.getValue() - qb.getValue()) <= 1.0
                && qa.getValueHigh() == null && qb.getValueHigh() == null) {
            return false;
        }
        if (qa.getUnit().startsWith("percent") && !sameWhole(x.getEvidence(), qa, y.getEvidence(), qb)) {
            return false;
        }
        if (!sameFlow(x.getEvidence(), qa, y.getEvidence(), qb)) {
            return false;
        }
        if ("person".equals(qa.getUnit()) && !sameGroup(x.getEvidence(), qa, y.getEvidence(), qb)) {
            return false;
        }
        if ("person".equals(qa.getUnit()) && (bothSidesTotal(x.getEvidence(), qa, qb) || bothSidesTotal(y.getEvidence(), qb, qa))) {
            return false;
        }
        if (FigureRole.differentSpans(x.getEvidence(), qa, y.getEvidence(), qb)) {
            return false;
        }
        return FigureRole.comparable(FigureRole.of(x.getEvidence(), qa), FigureRole.of(y.getEvidence(), qb));
    }

    private static final String CLOCK_LOCAL = "clock-local";

    /**
     * The flows of an economy a figure may be said to measure; "turnover" is trade in the other words of ministries. An
     * economy's size ("whose combined gross domestic product exceeds 6 trillion dollars") is a measure of its own, never
     * the trade between two of them, however alike the unit.
     */
    private static final Pattern FLOW = Pattern.compile("\\b(export|import|trade|turnover|investment|remittance|debt"
            + "|gross domestic product|gdp|economic output)s?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTPUT = Pattern.compile("gross domestic product|gdp|economic output");
    private static final int FLOW_BEFORE = 80;

    /**
     * "Bangladesh's exports to India crossed USD 1.5 billion" and "bilateral trade of about USD 13 billion": figures
     * that name the flow they measure, and name different flows (exports, imports, trade, investment, remittances,
     * debt), are different figures however alike their unit and topic. A figure naming no flow may be any of them.
     */
    static boolean sameFlow(String evidenceA, Quantity qa, String evidenceB, Quantity qb) {
        final String a = flow(evidenceA, qa);
        final String b = flow(evidenceB, qb);
        return a == null || b == null || a.equals(b);
    }

    /** The flow named last in the {@value #FLOW_BEFORE} characters before the figure, or null. */
    private static String flow(String evidence, Quantity q) {
        final int at = evidence.indexOf(q.getText());
        if (at < 0) {
            return null;
        }
        final Matcher m = FLOW.matcher(evidence.substring(Math.max(0, at - FLOW_BEFORE), at));
        String last = null;
        while (m.find()) {
            last = m.group(1).toLowerCase(Locale.ROOT);
        }
        if ("turnover".equals(last)) {
            return "trade";
        }
        return last != null && OUTPUT.matcher(last).matches() ? "gdp" : last;
    }

    private static final Pattern BOTH_SIDES = Pattern.compile("(?i)\\b(?:both|each|either) (?:sides?|parties|party|countries|country)\\b");

    /**
     * "The exchange of 168 captives from both sides" against "84 Ukrainian defenders are home": a total of an exchange
     * counted over both sides is twice what one side gives for its own people, and the two agree.
     */
    static boolean bothSidesTotal(String totalEvidence, Quantity total, Quantity part) {
        return Math.abs(total.getValue() - 2 * part.getValue()) < 1e-9 && BOTH_SIDES.matcher(totalEvidence).find();
    }

    /**
     * "40 percent of trade between Europe and Asia" and "10 percent of global trade" are shares of different wholes:
     * when both shares name their whole and each whole has a word the other lacks, they measure different things.
     * A whole given more briefly in one readout ("25 percent of the budget" against "20 percent of the budget this
     * year") is the same whole.
     */
    static boolean sameWhole(String evidenceA, Quantity qa, String evidenceB, Quantity qb) {
        final Set<String> a = wholeWords(evidenceA, qa);
        final Set<String> b = wholeWords(evidenceB, qb);
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        return a.containsAll(b) || b.containsAll(a);
    }

    private static final Pattern OF_WHOLE = Pattern.compile("^\\s*of\\s+([^,.;:()]{1,80})", Pattern.CASE_INSENSITIVE);
    private static final int WHOLE_WORDS = 4;
    /** Words that carry no whole: articles, linking words, and the auxiliaries that end the whole's phrase. */
    private static final Set<String> NOT_WHOLE = Set.of("the", "a", "an", "its", "their", "all", "and", "between", "total");
    private static final Set<String> WHOLE_ENDS = Set.of("will", "would", "shall", "should", "is", "are", "was", "were",
            "be", "has", "have", "had", "can", "could", "may", "must", "to", "for", "in", "on", "at", "by", "with",
            "through", "from", "that", "which", "who", "as");

    private static Set<String> wholeWords(String evidence, Quantity q) {
        final int at = evidence.indexOf(q.getText());
        final Set<String> out = new java.util.HashSet<>();
        if (at < 0) {
            return out;
        }
        final Matcher of = OF_WHOLE.matcher(evidence.substring(at + q.getText().length()));
        if (!of.find()) {
            return out;
        }
        final Matcher m = WORD.matcher(of.group(1));
        while (m.find() && out.size() < WHOLE_WORDS) {
            final String w = m.group().toLowerCase(Locale.ROOT);
            if (WHOLE_ENDS.contains(w)) {
                break;
            }
            if (!NOT_WHOLE.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    /**
     * A distributive "each" closing the figure's phrase ("137 thousand barrels per day each."); not "each side",
     * "each year", which name what the figure is counted over.
     */
    private static final Pattern PER_ITEM_AFTER = Pattern.compile("^[^,.;:]{0,40}?\\b(?:each|apiece)\\b(?=\\s*(?:[,.;:)]|$|and\\b|or\\b))");

    /**
     * "Three monthly steps of 137 thousand barrels per day each", "15 batches of 50 pilgrims each": the figure is a
     * part of a total that the other readout may give whole, so it disputes nothing.
     */
    static boolean perItem(String evidence, Quantity q) {
        final int at = evidence.indexOf(q.getText());
        return at >= 0 && PER_ITEM_AFTER.matcher(evidence.substring(at + q.getText().length())).find();
    }

    /**
     * "The TAC for herring will increase by 8%" and "the cod quota is reduced by 20 per cent": a change says by how
     * much, and only the words of its clause around it say what changed. When both clauses name what changed and
     * share no word of it, the changes are of different things.
     */
    static boolean sameChangedThing(String evidenceA, Quantity qa, String evidenceB, Quantity qb) {
        final Set<String> a = changedWords(evidenceA, qa);
        final Set<String> b = changedWords(evidenceB, qb);
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    private static final int CHANGED_WORDS = 8;
    private static final Set<String> NOT_CHANGED = Set.of("will", "shall", "would", "could", "can", "may", "must", "is",
            "are", "was", "were", "be", "been", "being", "has", "have", "had", "by", "to", "from", "the", "its", "their",
            "this", "that", "and", "also", "further", "agreed", "decided", "which", "per", "cent", "percent", "for", "of",
            "on", "in", "at", "with", "it", "they", "both", "sides", "side", "two", "a", "an", "said", "announced");
    private static final Pattern CHANGE_VERB = Pattern.compile(
            "^(?:incre|reduc|cut|cuts|rise|rises|rose|risen|rais|lower|decre|grow|grew|boost|halv|doubl|expan|drop|fall|fell|trim|slash|hike|lift|bring|brou|down|up)");

    private static Set<String> changedWords(String evidence, Quantity q) {
        final Set<String> out = new java.util.HashSet<>();
        final int at = evidence.indexOf(q.getText());
        if (at < 0) {
            return out;
        }
        final String before = evidence.substring(0, at);
        final int clause = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')));
        final List<String> words = new java.util.ArrayList<>();
        final Matcher m = WORD.matcher(before.substring(clause + 1));
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        final List<String> kept = new java.util.ArrayList<>(words.subList(Math.max(0, words.size() - CHANGED_WORDS), words.size()));
        // "A 10 percent reduction in port handling tariffs", "additional deliveries of 6 billion cubic metres of gas":
        // what changed may follow the figure, up to the end of its clause.
        final String after = evidence.substring(at + q.getText().length());
        final Matcher afterWords = WORD.matcher(after.split("[,;:.]", 2)[0]);
        int n = 0;
        while (afterWords.find() && n++ < CHANGED_WORDS) {
            kept.add(afterWords.group().toLowerCase(Locale.ROOT));
        }
        for (String w : kept) {
            if (w.length() > 1 && !NOT_CHANGED.contains(w) && !CHANGE_VERB.matcher(w).find()) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    /**
     * "Each IBSA country will contribute", "Brazil, India and South Africa will each make": the figure is given for
     * every member of a group, not for the group ("the three countries will together provide US$3 million"). Not
     * "each year" or "each other", which say how often or between whom.
     */
    private static final Pattern PER_MEMBER_BEFORE = Pattern.compile(
            "(?i)\\b(?:each|every)\\b(?!\\s+(?:year|month|week|day|quarter|time|other|round)s?\\b)[^.;:]*$");
    private static final int PER_MEMBER_BEFORE_REACH = 70;

    static boolean perMember(String evidence, Quantity q) {
        final int at = evidence.indexOf(q.getText());
        return at >= 0 && PER_MEMBER_BEFORE.matcher(evidence.substring(Math.max(0, at - PER_MEMBER_BEFORE_REACH), at)).find();
    }

    /**
     * Whether two dates can mark one moment ({@link DateRole}): a start date only another start date; a deadline and
     * a plain date only while both lie ahead ("finalise by the end of September" against "in October"), since past an
     * end ("the treaty expired in February") and a plain past date ("talks on April 15") record different happenings,
     * and a plain date past (the day of the meeting) and one ahead (the month of a planned visit) a happening and a
     * plan. Figures other than dates always can.
     */
    static boolean sameMoment(Statement a, Claim x, Quantity qa, Statement b, Claim y, Quantity qb) {
        if (!DateParser.UNIT.equals(qa.getUnit()) && !DateParser.UNIT.equals(qb.getUnit())) {
            return samePeriod(a, x, qa, b, y, qb);
        }
        if (!DateParser.UNIT.equals(qa.getUnit()) || !DateParser.UNIT.equals(qb.getUnit())) {
            return true;
        }
        final DateRole ra = DateRole.of(x.getEvidence(), qa);
        final DateRole rb = DateRole.of(y.getEvidence(), qb);
        if (ra == DateRole.END && rb == DateRole.END
                && (expiry(x.getEvidence(), qa) && extendedTo(y.getEvidence(), qb)
                || expiry(y.getEvidence(), qb) && extendedTo(x.getEvidence(), qa))) {
            return false;
        }
        return DateRole.comparable(ra, ahead(a, qa), rb, ahead(b, qb));
    }

    /** "In 2025", "during 2024-25", "for fiscal year 2025": the period a figure is given for. */
    private static final Pattern PERIOD_YEAR = Pattern.compile(
            "\\b(?:in|during|for)\\s+(?:(?:the\\s+)?(?:fiscal|financial)\\s+(?:year\\s+)?|fy\\s*)?((?:19|20)\\d\\d(?:[-–/](?:19|20)?\\d\\d)?)\\b");
    private static final int PERIOD_BEFORE = 60;
    private static final Pattern CLAUSE_END = Pattern.compile("[;:]|,\\s+(?:while|whereas|and|but|with|compared)\\b");
    private static final int PERIOD_AFTER = 80;

    /**
     * Figures given for different years ("USD 132 billion in 2024-25", "$212 billion in 2025") measure different
     * periods; a figure given for a year already past ("landed 620,000 tonnes of sea fish in 2025") is a record of
     * it, and a figure the meeting set without a year ("the cod TAC will be reduced to 16,000 tonnes") is not.
     */
    static boolean samePeriod(Statement a, Claim x, Quantity qa, Statement b, Claim y, Quantity qb) {
        final String ya = periodYear(x.getEvidence(), qa);
        final String yb = periodYear(y.getEvidence(), qb);
        if (ya != null && yb != null) {
            return ya.equals(yb);
        }
        if (ya != null) {
            return !pastYear(a, ya) || FigureRole.of(y.getEvidence(), qb) == FigureRole.RECORD;
        }
        if (yb != null) {
            return !pastYear(b, yb) || FigureRole.of(x.getEvidence(), qa) == FigureRole.RECORD;
        }
        return true;
    }

    private static String periodYear(String evidence, Quantity q) {
        final int at = evidence.indexOf(q.getText());
        if (at < 0) {
            return null;
        }
        String around = evidence.substring(Math.max(0, at - PERIOD_BEFORE),
                Math.min(evidence.length(), at + q.getText().length() + PERIOD_AFTER)).toLowerCase(Locale.ROOT);
        // The clause of the figure: another clause after a semicolon or a ", while" dates its own figures.
        final Matcher end = CLAUSE_END.matcher(around);
        if (end.find(Math.min(around.length(), at - Math.max(0, at - PERIOD_BEFORE) + q.getText().length()))) {
            around = around.substring(0, end.start());
        }
        final int figure = at - Math.max(0, at - PERIOD_BEFORE);
        final int clauseStart = Math.max(around.lastIndexOf(';', figure), around.lastIndexOf(':', figure));
        if (clauseStart >= 0) {
            around = around.substring(clauseStart + 1);
        }
        final Matcher m = PERIOD_YEAR.matcher(around);
        return m.find() ? m.group(1).replace('–', '-').replace('/', '-') : null;
    }

    /** Whether the period ends before the year the statement was published in. */
    private static boolean pastYear(Statement s, String period) {
        if (s.getPublishedAt() == null) {
            return false;
        }
        final int published = s.getPublishedAt().atZone(java.time.ZoneOffset.UTC).getYear();
        final String last = period.contains("-") ? period.substring(period.lastIndexOf('-') + 1) : period;
        final int end = last.length() == 2 ? Integer.parseInt(period.substring(0, 2) + last) : Integer.parseInt(last);
        return end < published;
    }

    /**
     * "Due to expire at the end of March", "which ends on 5 February": the end a thing has now. It and the end an
     * extension gives it ("extend ... through the end of June") are two moments, the second meant to replace the first.
     */
    private static final Pattern EXPIRY_BEFORE = Pattern.compile("(?i)\\b(?:expires?|expiring|expired|ends|ending)\\b(?:\\s+(?:on|at|in))?(?:\\s+the\\s+end\\s+of)?\\s*$");
    /** "Extend the suspension for a further 90 days, through the end of June": the end an extension gives it. */
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\b(?:extend(?:s|ed|ing)?|extension|prolong(?:s|ed|ing)?|roll(?:s|ed)? over)\\b");
    private static final int EXPIRY_REACH = 40;

    private static boolean expiry(String evidence, Quantity q) {
        final int at = evidence.indexOf(q.getText());
        return at >= 0 && EXPIRY_BEFORE.matcher(evidence.substring(Math.max(0, at - EXPIRY_REACH), at)).find();
    }

    private static boolean extendedTo(String evidence, Quantity q) {
        final int at = evidence.indexOf(q.getText());
        return at >= 0 && !expiry(evidence, q) && EXTENSION.matcher(evidence.substring(0, at)).find();
    }

    private static boolean ahead(Statement s, Quantity q) {
        if (s.getPublishedAt() == null) {
            return true;
        }
        final double published = Math.floor(s.getPublishedAt().getEpochSecond() / 86_400.0);
        return (q.getValueHigh() == null ? q.getValue() : q.getValueHigh()) > published;
    }

    /**
     * Whether a figure of this statement can be disputed at all. A date more than {@value #BACKGROUND_DAYS} days
     * before publication dates background ("the Jeddah Declaration of May 2023", "since December 2024"), not what
     * the meeting did, and two readouts recalling different past events do not disagree.
     */
    static boolean disputable(Statement s, Quantity q) {
        if (!DateParser.UNIT.equals(q.getUnit()) || s.getPublishedAt() == null) {
            return true;
        }
        final double published = s.getPublishedAt().getEpochSecond() / 86_400.0;
        final double latest = q.getValueHigh() == null ? q.getValue() : q.getValueHigh();
        return latest >= published - BACKGROUND_DAYS;
    }

    private static final int BACKGROUND_DAYS = 60;

    /**
     * People are counted as "person" whatever they are, so "15 seriously wounded servicemen" and "250 prisoners"
     * would compare. The words right after each figure name the group; two groups are the same only if those words
     * share a stem (Porter stems, so "prisoners" meets "prisoner").
     */
    private static boolean sameGroup(String evidenceA, Quantity qa, String evidenceB, Quantity qb) {
        final java.util.Set<String> a = groupWords(evidenceA, qa);
        final java.util.Set<String> b = groupWords(evidenceB, qb);
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        // "15 seriously wounded servicemen" are a group apart from "250 prisoners", whatever word counts them.
        final java.util.Set<String> qualifiersA = new java.util.HashSet<>(a);
        qualifiersA.retainAll(GROUP_QUALIFIERS);
        final java.util.Set<String> qualifiersB = new java.util.HashSet<>(b);
        qualifiersB.retainAll(GROUP_QUALIFIERS);
        // "40 persons" and "52 people" are one group; so are "52 people" and "40 convicts" once neither is set apart.
        return qualifiersA.equals(qualifiersB)
                && (a.stream().anyMatch(b::contains) || a.contains(ANY_PEOPLE) || b.contains(ANY_PEOPLE));
    }

    /**
     * Whether both figures count people set apart by the same qualifier ("14 Ukrainian children", "eleven children"):
     * such figures already share what they count, as two figures of one specific noun do.
     */
    static boolean sameQualifiedGroup(String evidenceA, Quantity qa, String evidenceB, Quantity qb) {
        if (!"person".equals(qa.getUnit()) || !"person".equals(qb.getUnit())) {
            return false;
        }
        final java.util.Set<String> a = groupWords(evidenceA, qa);
        a.retainAll(GROUP_QUALIFIERS);
        return !a.isEmpty() && sameGroup(evidenceA, qa, evidenceB, qb);
    }

    /** The group word of "people", "persons" and "individuals", which name no group of their own. */
    private static final String ANY_PEOPLE = "peopl";

    /** Five-letter prefixes of words that set a group of people apart: the wounded, the dead, civilians, children. */
    private static final java.util.Set<String> GROUP_QUALIFIERS = java.util.Set.of("wound", "injur", "kille", "dead",
            "bodie", "sick", "civil", "women", "child", "minor", "elder", "serio", "sever", "badly");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int GROUP_WORDS = 4;
    private static final java.util.Set<String> NOT_GROUP = java.util.Set.of("of", "the", "and", "who", "were", "was", "have",
            "had", "been", "on", "each", "side", "in", "from", "to", "for", "with", "at", "by", "a", "an", "their", "more");

    /** Words readouts use for the same people in an exchange ("prisoners of war", "captives", "servicemen"). */
    private static final java.util.Map<String, String> SAME_GROUP = java.util.Map.ofEntries(java.util.Map.entry("capti", "priso"),
            java.util.Map.entry("servi", "priso"), java.util.Map.entry("pows", "priso"), java.util.Map.entry("pow", "priso"),
            java.util.Map.entry("soldi", "priso"), java.util.Map.entry("detai", "priso"), java.util.Map.entry("hosta", "priso"),
            java.util.Map.entry("convi", "priso"), java.util.Map.entry("inmat", "priso"),
            java.util.Map.entry("perso", ANY_PEOPLE), java.util.Map.entry("indiv", ANY_PEOPLE),
            // "120,000 Syrian citizens" and "some 200,000 refugees": citizenship names people by country, not a group
            // apart from the displaced, the returned or the released.
            java.util.Map.entry("citiz", ANY_PEOPLE), java.util.Map.entry("natio", ANY_PEOPLE),
            // "24 members" of a team are whoever the team is made of: the team is named before the figure, not after.
            java.util.Map.entry("membe", ANY_PEOPLE),
            // "909 fallen defenders", "1,000 dead servicemen", "1,000 killed soldiers": one qualifier, the dead.
            java.util.Map.entry("falle", "dead"), java.util.Map.entry("kille", "dead"), java.util.Map.entry("decea", "dead"),
            java.util.Map.entry("bodie", "dead"), java.util.Map.entry("defen", "priso"), java.util.Map.entry("comba", "priso"));

    /** "300 for 300": an exchange formula, whose people are named before it ("an exchange of prisoners on the formula of"). */
    private static final Pattern EXCHANGE_FORMULA = Pattern.compile("\\d\\s+for\\s+\\d");
    private static final int FORMULA_WORDS_BEFORE = 8;

    private static java.util.Set<String> groupWords(String evidence, Quantity q) {
        final int at = evidence.indexOf(q.getText());
        final java.util.Set<String> out = new java.util.HashSet<>();
        if (at < 0) {
            return out;
        }
        if (EXCHANGE_FORMULA.matcher(q.getText()).find()) {
            final List<String> before = new java.util.ArrayList<>();
            final Matcher m = WORD.matcher(evidence.substring(0, at));
            while (m.find()) {
                before.add(m.group());
            }
            before.subList(Math.max(0, before.size() - FORMULA_WORDS_BEFORE), before.size()).forEach(w -> addGroupWord(out, w));
            return out;
        }
        final Matcher m = WORD.matcher(evidence.substring(at + q.getText().length()));
        int words = 0;
        while (m.find() && words < GROUP_WORDS) {
            words++;
            addGroupWord(out, m.group());
        }
        return out;
    }

    private static void addGroupWord(java.util.Set<String> out, String word) {
        final String w = word.toLowerCase(Locale.ROOT);
        if (!NOT_GROUP.contains(w)) {
            final String prefix = w.length() > 5 ? w.substring(0, 5) : w;
            out.add(SAME_GROUP.getOrDefault(prefix, prefix));
        }
    }

    /**
     * "Five years" of a programme and "100 minutes" of talks are not two readings of one duration: durations more
     * than {@value #MAX_DURATION_RATIO} times apart measure different things.
     */
    private static boolean farApart(Quantity qa, Quantity qb, double ratio) {
        final double a = Math.abs(qa.getValue() * hours(qa.getUnit()));
        final double b = Math.abs(qb.getValue() * hours(qb.getUnit()));
        return Math.min(a, b) > 0 && Math.max(a, b) / Math.min(a, b) > ratio;
    }

    private static final double MAX_DURATION_RATIO = 20;
    /**
     * "12 billion cubic metres" of exports and "a contract for 100 million cubic metres": no readout misstates a
     * figure a hundredfold, so amounts more than {@value} times apart count different things.
     */
    private static final double MAX_AMOUNT_RATIO = 50;

    /** Counts, money and volumes: not dates, clock times or percentages, whose ratios mean nothing. */
    private static boolean isAmount(Quantity q) {
        final String unit = q.getUnit();
        return !DateParser.UNIT.equals(unit) && !unit.startsWith("clock") && !unit.startsWith("percent");
    }

    static boolean hasConsistent(Quantity q, List<Claim> claims) {
        final List<Quantity> others = new java.util.ArrayList<>();
        for (Claim c : claims) {
            for (Quantity o : c.getQuantities()) {
                if (comparable(q, o) && overlap(q, o) || levelMatchesChange(q, o)) {
                    return true;
                }
                if (comparable(q, o)) {
                    others.add(o);
                }
            }
        }
        return isSumOfTwo(q, others);
    }

    /**
     * "An exchange of 168 captives" is "84 … returned" plus "84 … handed over" in the other readout: a total and
     * its parts agree. Counts only (money and durations are not split that way in readouts).
     */
    private static boolean isSumOfTwo(Quantity q, List<Quantity> others) {
        if (q.getApproximation() != Approximation.EXACT || hours(q.getUnit()) != 1.0 || "percent".equals(q.getUnit())
                || DateParser.UNIT.equals(q.getUnit())) {
            return false;
        }
        for (int i = 0; i < others.size(); i++) {
            for (int j = i + 1; j < others.size(); j++) {
                if (Math.abs(others.get(i).getValue() + others.get(j).getValue() - q.getValue()) < 1e-9) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean comparable(Quantity a, Quantity b) {
        return sameUnit(a, b) && isChange(a) == isChange(b);
    }

    private static boolean sameUnit(Quantity a, Quantity b) {
        return baseUnit(a.getUnit()).equals(baseUnit(b.getUnit()))
                && Objects.equals(spelling(a.getSubject()), spelling(b.getSubject()));
    }

    private static boolean isChange(Quantity q) {
        return q.getApproximation() == Approximation.CHANGE_BY;
    }

    /**
     * "Increase production by 411 thousand barrels" and "a production adjustment of 411 thousand barrels" give one
     * figure, framed once as a change and once as an amount: the same number, whatever its sign, is not disputed.
     */
    private static boolean levelMatchesChange(Quantity a, Quantity b) {
        if (!sameUnit(a, b) || isChange(a) == isChange(b)) {
            return false;
        }
        return overlap(absolute(a), absolute(b));
    }

    private static Quantity absolute(Quantity q) {
        if (q.getValue() >= 0 || q.getValueHigh() != null) {
            return q;
        }
        return Quantity.newBuilder(q).setValue(-q.getValue()).build();
    }

    /** Whether the two figures can both be true. */
    static boolean overlap(Quantity a, Quantity b) {
        final double[] ia = interval(a);
        final double[] ib = interval(b);
        // Both figures in hours: "half an hour" against "45 minutes" must not take its slack from the 45.
        if (DateParser.UNIT.equals(a.getUnit())) {
            // Days since 1970: a relative tolerance would be months wide. Dates agree only if their days do.
            return ia[0] <= ib[1] && ib[0] <= ia[1];
        }
        final double tolerance = baseUnit(a.getUnit()).equals("duration") && !a.getUnit().equals(b.getUnit())
                ? CALENDAR_TOLERANCE : TOLERANCE;
        final double slack = tolerance * Math.max(Math.abs(a.getValue() * hours(a.getUnit())),
                Math.abs(b.getValue() * hours(b.getUnit())));
        return ia[0] <= ib[1] + slack && ib[0] <= ia[1] + slack;
    }

    private static double[] interval(Quantity q) {
        final double v = q.getValue() * hours(q.getUnit());
        final double high = q.getValueHigh() == null ? v : q.getValueHigh() * hours(q.getUnit());
        return switch (q.getApproximation()) {
            case EXACT, CHANGE_TO, CHANGE_BY -> new double[]{v, v};
            case ABOUT -> {
                final double slack = Math.min(Math.abs(v) * ABOUT, roundingReach(q.getValue()) * hours(q.getUnit()));
                yield new double[]{v - slack, v + slack};
            }
            // "Worth more than USD 10 billion" is not how a readout gives 27 billion: a floor reaches to twice itself.
            case MORE_THAN, AT_LEAST -> new double[]{v, v > 0 ? v * FLOOR_REACH : Double.POSITIVE_INFINITY};
            case LESS_THAN -> new double[]{Double.NEGATIVE_INFINITY, v};
            // Readouts state caps ("up to 400,000 tonnes a year") as the figure agreed, not as any smaller number.
            case UP_TO -> new double[]{v * (1 - ABOUT), v};
            case RANGE -> new double[]{v, high};
        };
    }

    /**
     * The step a whole number was rounded to: "about 2,900" is rounded to the hundred, so it stands for 2,850 to 2,950
     * (half a step either way) and not the 3,000 another readout gives; "about US$1.2 billion" is not "$1.3 billion";
     * "about 45" is rounded to the five and reaches a whole five either way. Fractions have no such step.
     */
    static double roundingReach(double value) {
        final double step = roundingStep(value);
        // A figure ending in 5 ("about 45 minutes", "about 1,500") is rounded to a coarse step and may stand for
        // anything up to the next step; "about 2,900" was rounded to the nearest hundred.
        final double leading = step / Math.pow(10, Math.floor(Math.log10(step)));
        return Math.abs(leading - 5) < 1e-9 ? step : step / 2;
    }

    static double roundingStep(double value) {
        double v = Math.abs(value);
        if (v == 0 || v != Math.rint(v) || v > 1e15) {
            return Double.POSITIVE_INFINITY;
        }
        double step = 1;
        while (v % 10 == 0) {
            v /= 10;
            step *= 10;
        }
        return v % 10 == 5 ? step * 5 : step;
    }

    /** Units of measure (weight, volume, length, energy, time): they say how much, not what is counted. */
    private static final Set<String> MEASURE_UNITS = Set.of("tonne", "metre", "kilometre", "mile", "barrel", "litre",
            "hectare", "acre", "megawatt", "gigawatt", "kilowatt", "watt");

    static boolean isMeasureUnit(String unit) {
        return MEASURE_UNITS.contains(spelling(unit)) || baseUnit(unit).equals("duration");
    }

    /** One spelling for units written two ways ("tons" in one readout, "tonnes" in the other). */
    private static String spelling(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit) {
            case "ton" -> "tonne";
            case "meter" -> "metre";
            case "kilometer", "km" -> "kilometre";
            default -> unit;
        };
    }

    private static String baseUnit(String rawUnit) {
        final String unit = spelling(rawUnit);
        return hours(unit) != 1.0 || unit.equals("hour") ? "duration" : unit;
    }

    private static double hours(String unit) {
        return switch (unit) {
            case "minute" -> 1.0 / 60;
            case "hour" -> 1.0;
            case "day" -> 24.0;
            case "week" -> 24.0 * 7;
            case "month" -> 24.0 * 30;
            case "year" -> 24.0 * 365;
            default -> 1.0;
        };
    }
}
