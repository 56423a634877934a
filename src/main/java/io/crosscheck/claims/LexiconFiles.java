package io.crosscheck.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated lexicon resources: skips blank lines and '#' comments, splits on tabs. */
public final class LexiconFiles {

    private LexiconFiles() {
    }

    public static List<String[]> read(String resource) {
        final InputStream in = LexiconFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return rows(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The same format from a file outside the jar (a table an operator supplies). */
    public static List<String[]> read(java.nio.file.Path file) {
        try (BufferedReader reader = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return rows(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String[]> rows(BufferedReader reader) throws IOException {
        final List<String[]> rows = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(line.split("\t"));
        }
        return rows;
    }

    /** Stems of a lexicon phrase, with "~" turned into the matcher's gap marker. */
    static List<String> phraseStems(TermAnalyzer analyzer, String phrase) {
        return analyzer.stems(phrase.replace("~", " " + PhraseMatcher.GAP + " "));
    }
}
