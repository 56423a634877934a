package io.crosscheck.claims;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes a sentence cut after dotted initials that belong to the name or phrase that follows ("U.S. President
 * Donald Trump", "at the initiative of H.E. President Erdoğan", "U.S. private investment"). Both sentence splitters
 * (the OpenNLP detector of {@link TextSegmenter} and the full-stop splitter of the sentence aligner) cut there;
 * this is the one reading of when such a cut is wrong. Stateless.
 */
public final class SentenceJoins {

    private static final Pattern DOTTED_INITIALS = Pattern.compile("(?:^|[\\s(])(?:\\p{Lu}\\.){2,}$");
    private static final Pattern FIRST_WORD = Pattern.compile("\\p{L}+");
    /** Words that open a new sentence after one ending in initials ("… imposed by the U.S. The measures …"). */
    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "this", "that", "these", "those",
            "it", "its", "he", "she", "they", "we", "i", "in", "on", "at", "a", "an", "as", "after", "before", "both",
            "there", "but", "and", "however", "meanwhile", "our", "their", "his", "her", "for", "from", "with", "to",
            "according", "during", "since", "while", "if", "when", "also", "no", "not", "all", "each", "such");

    private SentenceJoins() {
    }

    /**
     * Whether {@code previous} (a sentence as cut, trimmed) ends in dotted initials and {@code next} (the text after the
     * cut, trimmed) goes on with a word that does not open sentences: a capitalised name or title, or any word in
     * lower case.
     */
    public static boolean initialsBeforeName(CharSequence previous, CharSequence next) {
        if (!DOTTED_INITIALS.matcher(previous).find()) {
            return false;
        }
        final Matcher word = FIRST_WORD.matcher(next);
        return word.lookingAt() && !SENTENCE_OPENERS.contains(word.group().toLowerCase(Locale.ROOT));
    }
}
