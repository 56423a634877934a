package io.crosscheck.serde;

/** Collapses text (Avro and registry messages may span lines) into one line for logs and exception messages. */
final class OneLine {

    private OneLine() {
    }

    static String of(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
