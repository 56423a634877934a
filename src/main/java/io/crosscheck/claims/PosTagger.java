package io.crosscheck.claims;

import opennlp.tools.util.Span;

import java.util.Locale;

/**
 * Part-of-speech view of short text spans, used only where word classes matter (the noun a number
 * counts: "23 heavily wounded Ukrainian soldiers" counts soldiers), because tagging every
 * sentence would cost most of the extractor's time. Thread-safe (per-thread OpenNLP instances).
 */
public final class PosTagger {

    private static final int LOOKAHEAD_CHARS = 90;
    private final NlpModels models;

    public PosTagger(NlpModels models) {
        this.models = models;
    }

    /**
     * Lemma of the head noun of the noun phrase starting at {@code from} ("heavily wounded soldiers" → "soldier"),
     * or null if a verb, preposition or punctuation comes before any noun.
     */
    public String headNounAfter(String text, int from) {
        final String window = text.substring(from, Math.min(text.length(), from + LOOKAHEAD_CHARS));
        final Span[] spans = models.tokenizer().tokenizePos(window);
        if (spans.length == 0) {
            return null;
        }
        final String[] words = Span.spansToStrings(spans, window);
        final String[] tags = models.tagger().tag(words);
        // The head is the last noun of the phrase: "152 K9PL self-propelled howitzers" counts howitzers.
        int lastNoun = -1;
        for (int i = 0; i < words.length; i++) {
            final String tag = tags[i];
            if (isNoun(tag)) {
                lastNoun = i;
            } else if (!(isModifier(tag, words[i]) || words[i].equals("-"))) {
                if (lastNoun < 0) {
                    return null;
                }
                break;
            }
        }
        if (lastNoun < 0) {
            return null;
        }
        // Names keep their form ("Philippines"); common nouns are singularised by rule, which gives the
        // statistical lemmatizer's answers at a fraction of its cost (it ran a beam search over the window).
        final String head = words[lastNoun];
        return isProperNoun(tags[lastNoun]) && !isDemonym(head) ? head.toLowerCase(Locale.ROOT) : NounLemma.of(head);
    }

    /** "90 Ukrainians" counts Ukrainians, one by one; "Philippines" or "Brussels" stay as they are. */
    private static boolean isDemonym(String word) {
        return word.endsWith("ans");
    }

    private static boolean isProperNoun(String tag) {
        return tag.equals("PROPN") || tag.startsWith("NNP");
    }

    private static boolean isNoun(String tag) {
        return tag.startsWith("NN") || tag.equals("NOUN") || tag.equals("PROPN");
    }

    /** Adjectives, adverbs and participles ("heavily wounded") may stand between a number and its noun. */
    private static boolean isModifier(String tag, String word) {
        final boolean participle = word.endsWith("ed") || word.endsWith("ing");
        return tag.startsWith("JJ") || tag.startsWith("RB") || tag.equals("ADJ") || tag.equals("ADV")
                || tag.equals("NUM") || tag.equals("CD")
                || ((tag.startsWith("VB") || tag.equals("VERB")) && participle);
    }
}
