package io.crosscheck.claims;

import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a statement text into sentences (OpenNLP sentence detector, run per paragraph) and
 * sentences into clauses at semicolons, colons before a new statement, and contrastive or additive
 * joints (", while", "as well as"; not ", but", which usually introduces a condition on the same point), so that each claim's evidence is the clause it came
 * from. All spans are offsets into the original text, trimmed of surrounding whitespace. Thread-safe.
 */
public final class TextSegmenter {

    /** A clause, with the start of its sentence. */
    public record Segment(int sentenceStart, int sentenceEnd, int start, int end) { }

    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";\\s+|:\\s+(?=[A-Z\"“])|,\\s+(?:while|whereas|although|however)\\s+|,?\\s+as well as\\s+");

    private final NlpModels models;

    public TextSegmenter(NlpModels models) {
        this.models = models;
    }

    /** Sentence spans {start, end} of the text, in order. */
    public List<int[]> sentences(String text) {
        final List<int[]> out = new ArrayList<>();
        final Matcher p = PARAGRAPH.matcher(text);
        while (p.find()) {
            final String para = p.group();
            if (para.isBlank()) {
                continue;
            }
            for (Span s : models.sentenceDetector().sentPosDetect(para)) {
                final int[] trimmed = trim(text, p.start() + s.getStart(), p.start() + s.getEnd());
                if (trimmed[1] <= trimmed[0]) {
                    continue;
                }
                final int last = out.size() - 1;
                if (last >= 0 && out.get(last)[1] > p.start() && continuesSentence(text, out.get(last), trimmed)) {
                    out.set(last, new int[]{out.get(last)[0], trimmed[1]});
                } else {
                    out.add(trimmed);
                }
            }
        }
        return out;
    }

    /**
     * The detector splits "worth $1.5 billion." after "$1.5"; a sentence does not end on a bare digit or letter and
     * the next one does not start in lower case, so such a split is undone.
     */
    private static boolean continuesSentence(String text, int[] previous, int[] next) {
        final char end = text.charAt(previous[1] - 1);
        return Character.isLetterOrDigit(end) && Character.isLowerCase(text.charAt(next[0]))
                || initialsBeforeName(text, previous, next);
    }

    private static boolean initialsBeforeName(String text, int[] previous, int[] next) {
        return SentenceJoins.initialsBeforeName(text.substring(previous[0], previous[1]), text.substring(next[0], next[1]));
    }

    public List<Segment> clauses(String text) {
        final List<Segment> out = new ArrayList<>();
        for (int[] s : sentences(text)) {
            final Matcher m = CLAUSE_BREAK.matcher(text).region(s[0], s[1]);
            int from = s[0];
            while (m.find()) {
                addClause(out, text, s, from, m.start());
                from = m.end();
            }
            addClause(out, text, s, from, s[1]);
        }
        return out;
    }

    private static void addClause(List<Segment> out, String text, int[] sentence, int from, int to) {
        final int[] t = trim(text, from, to);
        if (t[1] > t[0]) {
            out.add(new Segment(sentence[0], sentence[1], t[0], t[1]));
        }
    }

    private static int[] trim(String text, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new int[]{a, b};
    }
}
