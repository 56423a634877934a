package io.crosscheck.claims;

import io.crosscheck.util.BoundedCache;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Part-of-speech view of short text spans, used only where word classes matter (the noun a number
 * counts: "23 heavily wounded Ukrainian soldiers" counts soldiers), because tagging every
 * sentence would cost most of the extractor's time. Thread-safe (per-thread OpenNLP instances).
 */
public final class PosTagger {

    private static final int LOOKAHEAD_CHARS = 90;
    /**
     * Tokens tagged after the number. Noun phrases after numbers end within 8 tokens on the dev sets and
     * generated statements; the tagger's context is two words either side, so tags inside the phrase come out
     * as they did when the whole window was tagged, for a fraction of the cost.
     */
    private static final int TAGGED_TOKENS = 10;
    /**
     * Punctuation or a function word right after the number: no noun phrase follows ("in 2024.", "20 for
     * the first time"), so the tagger need not run. The tokenizer splits whitespace-separated words on
     * their own, so cutting the window after a space does not change the tokens before the cut.
     */
    private static final Pattern NO_PHRASE_AHEAD = Pattern.compile(
            "\\s*(?:[.,;()%]|(?:for|and|or|in|at|to|by|the|with|of|on|from|this|which|as|after|between)(?![\\w-]))",
            Pattern.CASE_INSENSITIVE);
    /** Stands for the number itself in front of the tagged words (its value does not change any tag). */
    private static final String NUMERAL_CONTEXT = "20";
    /** Distinct words whose token boundaries are kept: a readout vocabulary is a few thousand words. */
    private static final int CACHED_WORDS = 20_000;
    private final NlpModels models;
    /**
     * The tokens OpenNLP's tokenizer makes of each whitespace-separated word, by word. TokenizerME reads every such word
     * on its own (its features are the word's characters and its abbreviation list, nothing around it), so the
     * split of a word never changes; evaluating its model at every character of every word was about a fifth of
     * the extractor's time on the dev readouts, and most words after a number ("the", "countries.") recur.
     */
    private final BoundedCache<String, int[]> wordTokens = new BoundedCache<>(CACHED_WORDS, this::tokenizeWord);

    public PosTagger(NlpModels models) {
        this.models = models;
    }

    /**
     * Lemma of the head noun of the noun phrase starting at {@code from} ("heavily wounded soldiers" → "soldier"),
     * or null if a verb, preposition or punctuation comes before any noun.
     */
    public String headNounAfter(String text, int from) {
        final String window = window(text, from);
        if (NO_PHRASE_AHEAD.matcher(window).lookingAt()) {
            return null;
        }
        final Span[] spans = tokenize(firstWords(window, TAGGED_TOKENS));
        if (spans.length == 0) {
            return null;
        }
        final String[] phrase = Span.spansToStrings(spans.length > TAGGED_TOKENS ? Arrays.copyOf(spans, TAGGED_TOKENS) : spans,
                window);
        // The words are tagged after a numeral, as they stand in the text: alone, "trucks daily" reads as a verb
        // and an adverb, after "600" the tagger sees the noun the number counts.
        final String[] words = new String[phrase.length + 1];
        words[0] = NUMERAL_CONTEXT;
        System.arraycopy(phrase, 0, words, 1, phrase.length);
        final String[] tags = models.tagger().tag(words);
        // The head is the last noun of the phrase: "152 K9PL self-propelled howitzers" counts howitzers.
        int lastNoun = -1;
        for (int i = 1; i < words.length; i++) {
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

    /** A word of a tagged span: surface, universal POS tag, offsets in the tagged text. */
    public record TaggedWord(String word, String tag, int start, int end) { }

    /**
     * Every word of {@code text} with its tag, for the few sentences whose phrase structure a rule needs
     * (coordinated lists of objects); costs one tagger pass over the text.
     */
    public List<TaggedWord> tag(String text) {
        final Span[] spans = tokenize(text);
        final String[] words = Span.spansToStrings(spans, text);
        final String[] tags = models.tagger().tag(words);
        final List<TaggedWord> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            out.add(new TaggedWord(words[i], tags[i], spans[i].getStart(), spans[i].getEnd()));
        }
        return out;
    }

    /** The same spans as {@code TokenizerME.tokenizePos(text)}, each word's tokens read from {@link #wordTokens}. */
    private Span[] tokenize(String text) {
        final List<Span> out = new ArrayList<>();
        for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            final int start = word.getStart();
            final int[] bounds = wordTokens.get(text.substring(start, word.getEnd()));
            for (int i = 0; i < bounds.length; i += 2) {
                out.add(new Span(start + bounds[i], start + bounds[i + 1]));
            }
        }
        return out.toArray(new Span[0]);
    }

    /** Start and end, inside {@code word} (no whitespace), of each token the tokenizer makes of it. */
    private int[] tokenizeWord(String word) {
        final Span[] tokens = models.tokenizer().tokenizePos(word);
        final int[] bounds = new int[tokens.length * 2];
        for (int i = 0; i < tokens.length; i++) {
            bounds[2 * i] = tokens[i].getStart();
            bounds[2 * i + 1] = tokens[i].getEnd();
        }
        return bounds;
    }

    /** Up to {@link #LOOKAHEAD_CHARS} characters after {@code from}, cut after the last whole word that fits. */
    private static String window(String text, int from) {
        final int end = Math.min(text.length(), from + LOOKAHEAD_CHARS);
        if (end == text.length()) {
            return text.substring(from, end);
        }
        final int lastSpace = text.lastIndexOf(' ', end);
        return text.substring(from, lastSpace > from ? lastSpace : end);
    }

    /**
     * The first {@code count} whitespace-separated words of {@code window}. The tokenizer splits each such word on
     * its own (its model sees only the characters of the word), and every word gives at least one token, so the
     * first {@code count} tokens are the same as over the whole window; the rest of the window was tokenized for
     * nothing, and tokenizing was most of this class's cost.
     */
    private static String firstWords(String window, int count) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < window.length(); i++) {
            final boolean space = StringUtil.isWhitespace(window.charAt(i));
            if (space && inWord && ++words == count) {
                return window.substring(0, i);
            }
            inWord = !space;
        }
        return window;
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
        // "909 fallen defenders", "3 stolen vehicles": irregular participles qualify the counted noun as "-ed" ones do.
        final boolean participle = word.endsWith("ed") || word.endsWith("ing") || word.endsWith("en");
        return tag.startsWith("JJ") || tag.startsWith("RB") || tag.equals("ADJ") || tag.equals("ADV")
                || tag.equals("NUM") || tag.equals("CD")
                || ((tag.startsWith("VB") || tag.equals("VERB")) && participle);
    }
}
