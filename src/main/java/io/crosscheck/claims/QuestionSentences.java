package io.crosscheck.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the journalists' questions in a press-briefing transcript or a spokesperson's Q&amp;A: sentences that end
 * with a question mark, and every sentence from a questioner's label ("Q:", "Question:", "Bloomberg:", "CCTV:")
 * up to the question mark that closes it or the answer's label ("A:"), as {@link TranscriptTurns} reads them.
 * Questions often quote the other side's readout ("The US Treasury Secretary said China committed to buy 25 million
 * tons …"); what they say is not the issuer's claim. Stateless.
 */
final class QuestionSentences {

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
            if (TranscriptTurns.opensAnswer(sentence)) {
                inQuestion = false;
            } else if (TranscriptTurns.opensQuestion(sentence)) {
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
