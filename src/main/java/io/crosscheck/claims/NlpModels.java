package io.crosscheck.claims;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * OpenNLP's packaged English models (UD-EWT 1.3), loaded once from the classpath by their
 * {@code .bin} resource names (not via {@code model.properties}, which collide in the fat jar).
 *
 * <p>Thread-safety: the model objects are immutable and shared; the {@code *ME} classes that use
 * them keep per-call state and are not thread-safe, so each thread gets its own instance through
 * {@link ThreadLocal}s held here. One {@code NlpModels} per process is enough.
 */
public final class NlpModels {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizers;
    private final ThreadLocal<POSTaggerME> taggers;

    private NlpModels(SentenceModel sentenceModel, TokenizerModel tokenizerModel, POSModel posModel) {
        this.sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        this.tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
        this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
    }

    /** Loads the three English models from the classpath; takes about a second. */
    public static NlpModels loadEnglish() {
        try {
            return new NlpModels(
                    new SentenceModel(open(SENTENCE_MODEL)),
                    new TokenizerModel(open(TOKENIZER_MODEL)),
                    new POSModel(open(POS_MODEL)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP English models", e);
        }
    }

    private static InputStream open(String resource) {
        final InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model not on the classpath: " + resource);
        }
        return in;
    }

    /** This thread's sentence detector. */
    SentenceDetectorME sentenceDetector() {
        return sentences.get();
    }

    /** This thread's tokenizer. */
    TokenizerME tokenizer() {
        return tokenizers.get();
    }

    /** This thread's POS tagger. */
    POSTaggerME tagger() {
        return taggers.get();
    }
}
