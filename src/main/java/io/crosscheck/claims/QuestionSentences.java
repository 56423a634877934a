package io.crosscheck.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the journalists' questions in a press-briefing transcript or a spokesperson's Q&amp;A: sentences that end
 * with a question mark, and every sentence from a questioner's label ("Q:", "Question:", "Bloomberg:", "CCTV:")
 * up to the question mark that closes it or the answer's label ("A:"). Questions often quote the other side's
 * readout ("The US Treasury Secretary said China committed to buy 25 million tons …"); what they say is not the
 * issuer's claim. Stateless.
 */
final class QuestionSentences {

    private static final Pattern QUESTIONER = Pattern.compile(
            "^\\s*(?:Q|Question|Journalist|Reporter|Correspondent|Bloomberg|Reuters|AFP|AP|Associated Press|CCTV|CGTN|Xinhua"
                    + "|Global Times|China Daily|Phoenix TV|Kyodo(?: News)?|NHK|TASS|RIA Novosti|Sputnik|Anadolu|Al Jazeera|BBC|CNN"
                    + "|PTI|ANI|Press Trust of India|Yonhap|Nikkei|Asahi Shimbun|EFE|Dragon TV|The Paper|Beijing Daily"
                    + "|Shenzhen TV|Hubei Media Group|Bernama|Antara|Dawn|WION)\\s*:");
    private static final Pattern ANSWER = Pattern.compile("^\\s*(?:A|Answer)\\s*:");

    private QuestionSentences() {
    }

    /** Start offsets of the sentences (as the segmenter cut them) that belong to questions. */
    static Set<Integer> starts(String text, List<TextSegmenter.Segment> segments) {
        final Set<Integer> out = new HashSet<>();
        boolean inQuestion = false;
        int previous = -1;
        for (TextSegmenter.Segment seg : segments) {
            if (seg.sentenceStart() == previous) {
                continue;
            }
            previous = seg.sentenceStart();
            final String sentence = text.substring(seg.sentenceStart(), seg.sentenceEnd()).strip();
            if (ANSWER.matcher(sentence).find()) {
                inQuestion = false;
            } else if (QUESTIONER.matcher(sentence).find()) {
                inQuestion = true;
            }
            if (inQuestion || sentence.endsWith("?")) {
                out.add(seg.sentenceStart());
            }
            if (sentence.endsWith("?")) {
                inQuestion = false;
            }
        }
        return out;
    }
}
