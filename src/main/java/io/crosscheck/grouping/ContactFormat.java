package io.crosscheck.grouping;

import io.crosscheck.claims.TranscriptTurns;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the parties were in contact, as a readout's opening reports it: by telephone or video ({@link #REMOTE}), face to
 * face ({@link #IN_PERSON}), or not said ({@link #UNKNOWN}).
 *
 * <p>Two contacts between the same parties within days (the leaders' call on Tuesday, the foreign ministers' talks on
 * the sidelines of a forum on Friday) share their subject matter, so content alone merges them; every readout says in
 * its first lines whether its parties spoke on the phone or met, and readouts of one contact never disagree on that.
 * Read from the first sentence that names a contact, within the first {@value #LEAD_SENTENCES} sentences; a sentence
 * naming both kinds ("met … to follow up on their phone call") and a question-and-answer transcript (whose first lines
 * may be about another matter) say nothing. Stateless.
 */
public enum ContactFormat {
    REMOTE, IN_PERSON, UNKNOWN;

    private static final int LEAD_SENTENCES = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"“A-Z])");
    /** "phone", "telephone conversation", "the 30-minute call", "by videoconference", "held virtual talks", "spoke today with". */
    private static final Pattern REMOTE_WORDS = Pattern.compile(
            "\\b(?:phone|telephone|telephonic|videoconference|video|virtual(?:ly)?|online)\\b"
                    + "|\\b(?:a|the|this|their|his|her|its)\\s+(?:[\\w-]+\\s+)?call\\b"
                    + "|\\bspoke\\s+(?:\\w+\\s+){0,2}?(?:with|to)\\b");
    /** "met", "a meeting", "received", "on a visit", "on the sidelines of". */
    private static final Pattern IN_PERSON_WORDS = Pattern.compile(
            "\\b(?:met|meets|meeting|received|receives|hosted|hosts|visit|visits|visited|visiting|sidelines|summit"
                    + "|in-person|face-to-face|arrived)\\b");
    /** "held talks in Antalya": talks at a named place. */
    private static final Pattern TALKS_AT_PLACE = Pattern.compile("\\btalks in [A-Z]");
    /**
     * Meeting words that name no meeting of this contact: "received a telephone call", "a video meeting", and
     * meetings yet to come ("agreed to hold the next meeting in Riyadh", "invited him to visit", "will meet").
     */
    private static final Pattern NOT_THIS_MEETING = Pattern.compile(
            "\\breceive[sd]?\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+)?(?:phone\\s+|telephone\\s+)?call\\b"
                    + "|\\b(?:video|virtual|telephone|phone|online)\\s+(?:meeting|summit|talks)\\b"
                    + "|\\b(?:next|upcoming|forthcoming|future|invit\\w*|will|would|to|plans?|planned|prepar\\w*|agree\\w*)\\s+"
                    + "(?:[\\w-]+\\s+){0,4}?(?:meet|meeting|met|visit|visits|summit|talks)\\b");

    /** The contact format of a statement: its text's, or if the text does not say, its title's (headlines are terse). */
    public static ContactFormat of(String title, String text) {
        final ContactFormat fromText = of(text);
        return fromText == UNKNOWN && title != null && !TranscriptTurns.isTranscript(text) ? of(title) : fromText;
    }

    /** The contact format a text reports. */
    public static ContactFormat of(String text) {
        if (text == null || TranscriptTurns.isTranscript(text)) {
            return UNKNOWN;
        }
        final String[] sentences = SENTENCE_END.split(text, LEAD_SENTENCES + 1);
        for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.length); i++) {
            final String lower = sentences[i].toLowerCase(Locale.ROOT);
            final boolean remote = REMOTE_WORDS.matcher(lower).find();
            final boolean inPerson = IN_PERSON_WORDS.matcher(NOT_THIS_MEETING.matcher(lower).replaceAll(" ")).find()
                    || TALKS_AT_PLACE.matcher(NOT_THIS_MEETING.matcher(sentences[i]).replaceAll(" ")).find();
            if (remote || inPerson) {
                return remote && inPerson ? UNKNOWN : remote ? REMOTE : IN_PERSON;
            }
        }
        return UNKNOWN;
    }

    /** Whether statements of these formats can report one contact: only two known, different formats cannot. */
    public static boolean compatible(ContactFormat a, ContactFormat b) {
        return a == UNKNOWN || b == UNKNOWN || a == b;
    }

    /** The stored form (absent for an unknown format, as in events stored before formats were read). */
    public static ContactFormat fromStored(String stored) {
        return stored == null ? UNKNOWN : valueOf(stored);
    }
}
