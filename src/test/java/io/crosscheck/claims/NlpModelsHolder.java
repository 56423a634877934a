package io.crosscheck.claims;

/** The OpenNLP models, loaded once per test JVM. */
final class NlpModelsHolder {

    static final NlpModels MODELS = NlpModels.loadEnglish();

    private NlpModelsHolder() {
    }
}
