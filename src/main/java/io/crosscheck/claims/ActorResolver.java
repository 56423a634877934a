package io.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves who is meant by a name, title, demonym, capital or role ("Putin", "the Russian side",
 * "Washington", "the President", "both leaders") to a normalised actor: an ISO country code, or
 * {@link #BOTH} for joint subjects. Titles like "the President" resolve to the issuer's own country.
 * Gazetteers: {@code /lexicon/actors.tsv} and {@code /lexicon/issuers.tsv}. Immutable, thread-safe.
 */
public final class ActorResolver {

    public static final String BOTH = "BOTH";
    private static final String ISSUER = "ISSUER";
    private static final String COUNTERPART = "COUNTERPART";

    /** An actor mention: tokens {@code [from, to)}. */
    public record Mention(String actor, int from, int to) { }

    private final PhraseMatcher<String> actors = new PhraseMatcher<>();
    private final PhraseMatcher<String> issuers = new PhraseMatcher<>();
    /**
     * Acronyms of three or four capitals ("IGAD", "NATO", "OSCE"), read only as written in capitals: in lower case some
     * are words ("who"), and two-letter codes ("IT", "NO", "IN") are words even in capitals in headings, so they stay out.
     */
    private final Map<String, String> acronyms = new HashMap<>();
    private static final int MIN_ACRONYM = 3;
    private final TermAnalyzer analyzer;

    public ActorResolver(TermAnalyzer analyzer, String actorsResource, String issuersResource) {
        this.analyzer = analyzer;
        for (String[] row : LexiconFiles.read(actorsResource)) {
            actors.add(analyzer.stems(row[0].trim()), row[1].trim());
        }
        for (String[] row : LexiconFiles.read(issuersResource)) {
            issuers.add(analyzer.stems(row[0].trim()), row[1].trim());
        }
    }

    public static ActorResolver loadDefault(TermAnalyzer analyzer) {
        final ActorResolver resolver = new ActorResolver(analyzer, "/lexicon/actors.tsv", "/lexicon/issuers.tsv");
        resolver.addParties(PARTIES_RESOURCE);
        resolver.addCountryNames();
        return resolver;
    }

    /** The event-grouping gazetteer: country names, demonyms, capitals and leaders, one party a row. */
    static final String PARTIES_RESOURCE = "/grouping/participants.tsv";

    /**
     * Adds the grouping gazetteer's names ("Paris", "Macron", "Élysée", "Kazakh") as actors of their party, so that
     * "a request from Paris" credits France as the event key already does. Rows of this file are {@code code <TAB>
     * alias|alias…}; actors.tsv keeps precedence, being read first and holding the titles and sides. Short
     * all-capital aliases ("US", "UK") are left to actors.tsv, which keeps the pronoun "us" apart.
     */
    private void addParties(String resource) {
        for (String[] row : LexiconFiles.read(resource)) {
            if (row.length < 2) {
                continue;
            }
            for (String alias : row[1].split("\\|")) {
                final String a = alias.trim();
                final boolean shortCapitals = a.length() <= 4 && a.equals(a.toUpperCase(java.util.Locale.ROOT));
                if (shortCapitals && a.length() >= MIN_ACRONYM && !a.contains(" ")) {
                    acronyms.putIfAbsent(a, row[0].trim());
                } else if (!a.isEmpty() && !shortCapitals && !namedWhole(a)) {
                    actors.add(analyzer.stems(a), row[0].trim());
                }
            }
        }
    }

    /**
     * Every other country by its English name from the JDK's ISO 3166 table ("Guyana", "Mauritania"), so that a
     * credit to any state is read even when neither gazetteer lists it; names already known keep their reading.
     */
    private void addCountryNames() {
        for (String code : Locale.getISOCountries()) {
            final String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.isBlank() && !name.equals(code) && !namedWhole(name)) {
                actors.add(analyzer.stems(name), code);
            }
        }
    }

    /**
     * Whether the gazetteer already reads the whole name as one actor. "South Sudan" holds the known "Sudan" but is
     * another state: a name only partly matched is added, so its longer match wins over the part.
     */
    private boolean namedWhole(String name) {
        final List<Token> tokens = analyzer.tokens(name);
        final List<PhraseMatcher.Match<String>> found = actors.find(tokens);
        return found.size() == 1 && found.get(0).from() == 0 && found.get(0).to() == tokens.size();
    }

    /** The issuer's country: {@code issuerCountry} if given, else from the issuer's name, else null. */
    public String issuerCountry(String issuer, String issuerCountry) {
        if (issuerCountry != null && !issuerCountry.isBlank()) {
            return issuerCountry.trim().toUpperCase(Locale.ROOT);
        }
        if (issuer == null) {
            return null;
        }
        final List<Token> tokens = analyzer.tokens(issuer);
        for (PhraseMatcher.Match<String> m : issuers.find(tokens)) {
            return m.value();
        }
        for (PhraseMatcher.Match<String> m : actors.find(tokens)) {
            if (m.value().length() == 2) {
                return m.value();
            }
        }
        return null;
    }

    /**
     * Actor mentions in the tokens, resolved against the issuer's country (null if unknown; then
     * "the President" stays unresolved and is dropped). the bare word "US" counts only in capitals (the gazetteer has no "us", which would be the pronoun).
     */
    public List<Mention> mentions(List<Token> tokens, String issuerCountry, String counterpartCountry) {
        final List<Mention> out = new ArrayList<>();
        final List<PhraseMatcher.Match<String>> matches = actors.find(tokens);
        for (int k = 0; k < matches.size(); k++) {
            final PhraseMatcher.Match<String> m = matches.get(k);
            final String resolved = switch (m.value()) {
                case ISSUER -> titleHolder(tokens, matches, k, issuerCountry);
                case COUNTERPART -> counterpartCountry;
                default -> m.value();
            };
            if (resolved != null) {
                final int to = ISSUER.equals(m.value()) ? ownRepublicEnd(tokens, m.to()) : m.to();
                out.add(new Mention(resolved, m.from(), to));
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            final String s = tokens.get(i).surface();
            final String acronym = s.equals("US") ? "US" : acronyms.get(s);
            if (acronym != null && !covered(matches, i)) {
                out.add(new Mention(acronym, i, i + 1));
            }
        }
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }

    /**
     * Whom a bare title stands for. "The President" alone is the issuer's own head of state, but "the President of
     * the Russian Federation" is Russia's wherever it is written, and "the Presidents" or "the heads of state" are
     * several people, a joint subject (stems alone cannot tell the plural, so the written word does).
     */
    private static String titleHolder(List<Token> tokens, List<PhraseMatcher.Match<String>> matches, int k,
                                      String issuerCountry) {
        final PhraseMatcher.Match<String> title = matches.get(k);
        for (int i = title.from(); i < title.to(); i++) {
            if (plural(tokens.get(i))) {
                return BOTH;
            }
        }
        if (ownRepublicEnd(tokens, title.to()) > title.to()) {
            return issuerCountry;
        }
        final int of = portfolioEnd(tokens, title.to());
        if (of < tokens.size() && tokens.get(of).stem().equals("of") && k + 1 < matches.size()) {
            final PhraseMatcher.Match<String> next = matches.get(k + 1);
            final boolean country = !Set.of(ISSUER, COUNTERPART, BOTH).contains(next.value());
            if (country && next.from() - of <= MAX_TITLE_TAIL && !breakBetween(tokens, of, next.from())) {
                return next.value();
            }
        }
        return issuerCountry;
    }

    /**
     * "the Minister for Foreign Affairs and East African Cooperation of the United Republic of Tanzania": a portfolio
     * goes on past the gazetteer's title in capitalised words joined by "for"/"and"; the "of" naming the country follows it.
     * The index where the portfolio ends (the title's own end when nothing continues it).
     */
    private static int portfolioEnd(List<Token> tokens, int titleTo) {
        if (titleTo >= tokens.size() || tokens.get(titleTo).breakBefore() || !PORTFOLIO_GLUE.contains(tokens.get(titleTo).stem())) {
            return titleTo;
        }
        int i = titleTo + 1;
        while (i < tokens.size() && i - titleTo <= MAX_PORTFOLIO_WORDS && !tokens.get(i).breakBefore()
                && (capitalised(tokens.get(i)) || PORTFOLIO_GLUE.contains(tokens.get(i).stem()))) {
            i++;
        }
        return i > titleTo + 1 && i < tokens.size() && tokens.get(i).stem().equals("of") && !tokens.get(i).breakBefore() ? i : titleTo;
    }

    /** "Minister for Foreign Affairs and East African Cooperation": the words joining a portfolio's parts. */
    private static final Set<String> PORTFOLIO_GLUE = Set.of("for", "and");
    private static final int MAX_PORTFOLIO_WORDS = 8;

    private static boolean capitalised(Token t) {
        final String s = t.surface();
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    /**
     * "The President of the Republic proposed …" in a national readout: the head of state's formal title names no other
     * country, so the mention spans the whole title and its verb follows it directly. The end of the mention: past
     * "of the Republic" when no country's name continues it ("of the Republic of Korea"), else the title's own end.
     */
    private static int ownRepublicEnd(List<Token> tokens, int titleTo) {
        final int republic = titleTo + 2;
        final boolean ofTheRepublic = republic < tokens.size() && tokens.get(titleTo).stem().equals("of")
                && tokens.get(titleTo + 1).stem().equals("the") && tokens.get(republic).surface().equals("Republic")
                && !tokens.get(titleTo).breakBefore() && !tokens.get(titleTo + 1).breakBefore() && !tokens.get(republic).breakBefore();
        if (!ofTheRepublic) {
            return titleTo;
        }
        final boolean named = republic + 1 < tokens.size() && !tokens.get(republic + 1).breakBefore()
                && (tokens.get(republic + 1).stem().equals("of") || capitalised(tokens.get(republic + 1)));
        return named ? titleTo : republic + 1;
    }

    /** "the Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia": words between title and country. */
    private static final int MAX_TITLE_TAIL = 10;

    private static boolean plural(Token t) {
        final String word = t.surface().toLowerCase(Locale.ROOT);
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !t.stem().endsWith("s");
    }

    private static boolean breakBetween(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i <= to && i < tokens.size(); i++) {
            if (tokens.get(i).breakBefore()) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(List<PhraseMatcher.Match<String>> matches, int token) {
        for (PhraseMatcher.Match<String> m : matches) {
            if (m.from() <= token && token < m.to()) {
                return true;
            }
        }
        return false;
    }

    /** Country codes named in a free text (used to guess the other party of a readout). */
    public Map<String, Integer> countryCounts(List<Token> tokens) {
        final Map<String, Integer> counts = new HashMap<>();
        for (Mention m : mentions(tokens, null, null)) {
            if (m.actor().length() == 2) {
                counts.merge(m.actor(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
