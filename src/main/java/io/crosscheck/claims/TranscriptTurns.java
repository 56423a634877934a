package io.crosscheck.claims;

import java.util.regex.Pattern;

/**
 * Reads the turn labels of a press-briefing transcript or a spokesperson's Q&amp;A: a questioner's label ("Q:",
 * "Question:", "REPORTER:", "Q (Press Trust of India):", "Bloomberg:") and an answer's ("A:", "Answer:"). One
 * place for the labels, because three readers depend on them: the claim extractor skips the questions (they quote
 * the other side), event grouping does not read the kind of contact from a transcript, and the omission rule does
 * not hold a briefing's few answers against a whole readout. A label counts only where a turn can begin: at the
 * start of the text or a line, or after the end of a sentence. Stateless.
 */
public final class TranscriptTurns {

    /** Who asks: the generic labels, and the outlets whose correspondents spokespersons' transcripts name. */
    private static final String QUESTIONER = "(?:Q|Question|QUESTION|Journalist|JOURNALIST|Reporter|REPORTER|Correspondent"
            + "|CORRESPONDENT|Bloomberg|Reuters|AFP|AP|Associated Press|CCTV|CGTN|Xinhua|Global Times|China Daily|Phoenix TV"
            + "|Kyodo(?: News)?|NHK|TASS|RIA Novosti|Sputnik|Anadolu|Al Jazeera|BBC|CNN|PTI|ANI|Press Trust of India|Yonhap"
            + "|Nikkei|Asahi Shimbun|EFE|Dragon TV|The Paper|Beijing Daily|Shenzhen TV|Hubei Media Group|Bernama|Antara"
            + "|Dawn|WION)(?:\\s*\\([^)]{1,60}\\))?\\s*:";
    private static final Pattern OPENS_QUESTION = Pattern.compile("^\\s*" + QUESTIONER);
    private static final Pattern OPENS_ANSWER = Pattern.compile("^\\s*(?:A|Answer|ANSWER)\\s*:");
    private static final Pattern QUESTION_TURN = Pattern.compile("(?:^|\\n|(?<=[.?!\"”])\\s)\\s*" + QUESTIONER);

    private TranscriptTurns() {
    }

    /** Whether a sentence opens a question with its questioner's label. */
    public static boolean opensQuestion(String sentence) {
        return OPENS_QUESTION.matcher(sentence).find();
    }

    /** Whether a sentence opens an answer with its label. */
    public static boolean opensAnswer(String sentence) {
        return OPENS_ANSWER.matcher(sentence).find();
    }

    /** Where the first question turn of a text starts, or -1 when no turn opens with a questioner's label. */
    public static int firstQuestion(String text) {
        if (text == null) {
            return -1;
        }
        final java.util.regex.Matcher m = QUESTION_TURN.matcher(text);
        if (!m.find()) {
            return -1;
        }
        int label = m.start();
        while (Character.isWhitespace(text.charAt(label))) {
            label++;
        }
        return label;
    }

    /** Whether a text is (or contains) a transcript: some turn opens with a questioner's label. */
    public static boolean isTranscript(String text) {
        return text != null && QUESTION_TURN.matcher(text).find();
    }
}
