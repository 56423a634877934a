package io.crosscheck.claims;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lower-case singular of an English noun ("soldiers" → "soldier", "casualties" → "casualty",
 * "children" → "child"), by suffix rules and a short list of irregulars. Used for the one head noun
 * a number counts, where OpenNLP's statistical lemmatizer cost most of the extractor's time for the
 * same answers. Stateless and thread-safe.
 */
final class NounLemma {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("children", "child"), Map.entry("men", "man"),
            Map.entry("women", "woman"), Map.entry("servicemen", "serviceman"), Map.entry("servicewomen", "servicewoman"),
            Map.entry("policemen", "policeman"), Map.entry("gentlemen", "gentleman"), Map.entry("feet", "foot"),
            Map.entry("teeth", "tooth"), Map.entry("mice", "mouse"), Map.entry("geese", "goose"),
            Map.entry("lives", "life"), Map.entry("wives", "wife"), Map.entry("knives", "knife"),
            Map.entry("halves", "half"), Map.entry("thieves", "thief"), Map.entry("leaves", "leaf"),
            Map.entry("criteria", "criterion"), Map.entry("phenomena", "phenomenon"), Map.entry("analyses", "analysis"),
            Map.entry("crises", "crisis"), Map.entry("theses", "thesis"), Map.entry("bases", "base"),
            Map.entry("indices", "index"), Map.entry("media", "media"), Map.entry("data", "data"));

    /** Words ending in -s that are already singular (or have no singular to strip to). */
    private static final Set<String> UNCHANGED = Set.of("news", "series", "species", "means", "headquarters",
            "staff", "police", "personnel", "aircraft", "sheep", "fish", "deer", "physics", "economics",
            "politics", "this", "us", "gas", "bus", "plus", "status", "corpus", "census", "consensus", "campus",
            "virus", "bonus", "focus", "chaos", "lens", "atlas", "canvas", "bias", "alias", "process", "access",
            "address", "class", "glass", "mass", "pass", "loss", "boss", "cross", "press", "success", "progress",
            "congress", "business", "witness", "apparatus", "analysis", "basis", "crisis", "emphasis", "thesis");

    private NounLemma() {
    }

    static String of(String word) {
        final String w = word.toLowerCase(Locale.ROOT);
        final String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.length() < 4 || !w.endsWith("s") || UNCHANGED.contains(w) || w.endsWith("ss") || w.endsWith("us")
                || w.endsWith("is") || w.endsWith("'s")) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zzes")) {
            return w.substring(0, w.length() - 2);
        }
        return w.substring(0, w.length() - 1);
    }
}
