package io.crosscheck.grouping;

import io.crosscheck.avro.Statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds which parties (countries and a few organisations, by ISO code) a statement is about, from
 * a gazetteer of names, demonyms, capitals, seats of government and leaders
 * ({@code grouping/participants.tsv}).
 *
 * <p>Short all-capital aliases ("US", "UK", "EU") match case-sensitively so the pronoun "us" is not
 * the United States; everything else matches case-insensitively on whole words. Immutable and
 * thread-safe once built.
 */
public final class Participants {

    private static final int LEDE_CHARS = 400;
    private static final int COUNTERPART_WINDOW = 80;
    /** A third party joins the routing keys when it scores at least this share of the second party. */
    static final double THIRD_PARTY_SHARE = 0.5;
    private static final Pattern COUNTERPART_CUE = Pattern.compile(
            "\\b(?:conversation|call|talks|meeting|met|spoke|speaks|consultations|dialogue|negotiations|exchange)\\b[^.]{0,40}?\\b(?:with|between)\\b"
                    + "|\\b(?:received|hosted|welcomed|met)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, String> codeByAlias;
    private final AliasTrie caseInsensitive;
    private final AliasTrie caseSensitive;

    private Participants(Map<String, String> codeByAlias, List<String> insensitive, List<String> sensitive) {
        this.codeByAlias = codeByAlias;
        this.caseInsensitive = new AliasTrie(insensitive, true);
        this.caseSensitive = new AliasTrie(sensitive, false);
    }

    public static Participants load() {
        try (InputStream in = Participants.class.getResourceAsStream("/grouping/participants.tsv")) {
            Objects.requireNonNull(in, "grouping/participants.tsv missing from the classpath");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Participants parse(BufferedReader reader) throws IOException {
        Map<String, String> codeByAlias = new HashMap<>();
        List<String> insensitive = new ArrayList<>();
        List<String> sensitive = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            for (String alias : columns[1].split("\\|")) {
                boolean exactCase = alias.length() <= 4 && alias.equals(alias.toUpperCase(Locale.ROOT));
                (exactCase ? sensitive : insensitive).add(alias);
                codeByAlias.put(exactCase ? alias : alias.toLowerCase(Locale.ROOT), columns[0]);
            }
        }
        // Every other country by its English name from the JDK's ISO 3166 table; the file adds
        // demonyms, capitals, leaders and the names the JDK spells differently.
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            String key = name.toLowerCase(Locale.ROOT);
            if (!name.isBlank() && !name.equals(code) && !codeByAlias.containsKey(key)) {
                codeByAlias.put(key, code);
                insensitive.add(name);
            }
        }
        return new Participants(codeByAlias, insensitive, sensitive);
    }

    /** Every name, demonym, capital and leader that points to a party (what pair keys are made of). */
    public Set<String> aliases() {
        return Collections.unmodifiableSet(codeByAlias.keySet());
    }

    /** The issuing party: {@code issuerCountry} if given, else the first party named in the issuer's name. */
    public String issuerParty(Statement statement) {
        if (statement.getIssuerCountry() != null && !statement.getIssuerCountry().isBlank()) {
            return statement.getIssuerCountry().toUpperCase(Locale.ROOT);
        }
        Map<String, Integer> named = mentions(statement.getIssuer());
        return named.isEmpty() ? null : named.keySet().iterator().next();
    }

    /** Parties named in a text, in order of first mention, with how often each is named. */
    public Map<String, Integer> mentions(String text) {
        if (text == null || text.isEmpty()) {
            return Map.of();
        }
        record Hit(int position, String code) {
        }
        List<Hit> hits = new ArrayList<>();
        for (AliasTrie aliases : List.of(caseInsensitive, caseSensitive)) {
            aliases.find(text, (alias, position) -> hits.add(new Hit(position, codeByAlias.get(alias))));
        }
        hits.sort(Comparator.comparingInt(Hit::position));
        Map<String, Integer> counts = new LinkedHashMap<>();
        hits.forEach(hit -> counts.merge(hit.code(), 1, Integer::sum));
        return counts;
    }

    /**
     * The sorted pair of parties a statement is mainly about: the two parties with the highest
     * score, where each mention in the text counts 1, each mention in the headline or opening
     * lines counts once more, and the issuer's own party gets 1. Both sides' readouts of a call
     * name each other throughout; a mediator's or third party's statement names the two sides
     * more than itself, so it usually gets the same key. Ties go to the alphabetically first code,
     * so the key is deterministic. Returns a single party, or "unknown" when none is named.
     */
    public String pairKey(Statement statement) {
        String key = ranking(statement).stream()
                .limit(2)
                .map(PartyScore::party)
                .sorted()
                .collect(Collectors.joining("-"));
        return key.isEmpty() ? "unknown" : key;
    }

    /**
     * The pair keys a statement without an eventId is routed by: every pair among its two most
     * prominent parties and a third one that scores at least half the second's. A mediator's
     * readout (Qatar on a US–Iran round) names host and sides about equally, and each side's
     * readout keys on its own pair with the host, so one pair key alone splits the event; with the
     * third party every two readouts of it share at least one key. Capped at three parties (three
     * keys) so a statement naming many states is not copied to every task. Sorted, so the first
     * key two statements share is the same whichever of them asks.
     */
    public List<String> pairKeys(Statement statement) {
        List<PartyScore> ranking = ranking(statement);
        if (ranking.size() < 2) {
            return List.of(ranking.isEmpty() ? "unknown" : ranking.get(0).party());
        }
        List<String> parties = new ArrayList<>(List.of(ranking.get(0).party(), ranking.get(1).party()));
        if (ranking.size() > 2 && ranking.get(2).score() >= THIRD_PARTY_SHARE * ranking.get(1).score()) {
            parties.add(ranking.get(2).party());
        }
        TreeSet<String> keys = new TreeSet<>();
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                String first = parties.get(i);
                String second = parties.get(j);
                keys.add(first.compareTo(second) < 0 ? first + "-" + second : second + "-" + first);
            }
        }
        return List.copyOf(keys);
    }

    /** A party and how prominent it is in a statement (see {@link #pairKey}). */
    public record PartyScore(String party, double score) {
    }

    /**
     * Every party the statement names, most prominent first, scored as {@link #pairKey} describes;
     * ties go to the alphabetically first code.
     */
    public List<PartyScore> ranking(Statement statement) {
        Map<String, Double> score = new HashMap<>();
        String issuer = issuerParty(statement);
        if (issuer != null) {
            score.merge(issuer, 1.0, Double::sum);
        }
        mentions(statement.getText()).forEach((party, count) -> score.merge(party, (double) count, Double::sum));
        String lede = (statement.getTitle() == null ? "" : statement.getTitle() + ". ")
                + statement.getText().substring(0, Math.min(LEDE_CHARS, statement.getText().length()));
        mentions(lede).forEach((party, count) -> score.merge(party, (double) count, Double::sum));
        // Whoever the issuer "spoke with", "met" or "held talks with" is the counterpart of the event.
        Matcher cue = COUNTERPART_CUE.matcher(lede);
        while (cue.find()) {
            String after = lede.substring(cue.end(), Math.min(lede.length(), cue.end() + COUNTERPART_WINDOW));
            mentions(after).forEach((party, count) -> score.merge(party, 2.0 * count, Double::sum));
        }
        return score.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new PartyScore(entry.getKey(), entry.getValue()))
                .toList();
    }

    /**
     * The aliases as a prefix tree, walked from every word start of a text: a regular expression alternating some
     * 400 names tried every name at every position and was most of event grouping's cost. Finds, left to right
     * and without overlaps, the longest alias that is a whole word (no letter or digit touches it on either side:
     * "Iran" is not in "Iranian"), as the length-sorted alternation did.
     */
    private static final class AliasTrie {
        private final boolean foldCase;
        private final Node root = new Node();

        private static final class Node {
            private final Map<Character, Node> children = new HashMap<>();
            /** The alias ending here, as {@code codeByAlias} keys it; null if none ends here. */
            private String alias;
        }

        AliasTrie(List<String> aliases, boolean foldCase) {
            this.foldCase = foldCase;
            for (String alias : aliases) {
                final String key = foldCase ? alias.toLowerCase(Locale.ROOT) : alias;
                Node node = root;
                for (int i = 0; i < key.length(); i++) {
                    node = node.children.computeIfAbsent(key.charAt(i), c -> new Node());
                }
                node.alias = key;
            }
        }

        void find(String text, java.util.function.ObjIntConsumer<String> sink) {
            int i = 0;
            while (i < text.length()) {
                if (!wordChar(text.charAt(i)) || (i > 0 && wordChar(text.charAt(i - 1)))) {
                    i++;
                    continue;
                }
                String longest = null;
                int longestEnd = i;
                Node node = root;
                for (int j = i; j < text.length() && node != null; j++) {
                    final char c = text.charAt(j);
                    node = node.children.get(foldCase ? Character.toLowerCase(c) : c);
                    if (node != null && node.alias != null && (j + 1 == text.length() || !wordChar(text.charAt(j + 1)))) {
                        longest = node.alias;
                        longestEnd = j + 1;
                    }
                }
                if (longest != null) {
                    sink.accept(longest, i);
                    i = longestEnd;
                } else {
                    i++;
                }
            }
        }

        private static boolean wordChar(char c) {
            return Character.isLetterOrDigit(c);
        }
    }
}
