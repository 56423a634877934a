package io.crosscheck.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.avro.AlertKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an expected file (CONTRACTS §5): a JSON array of {@code {kind, statementIds: [a, b],
 * eventId?, topic?}}. {@code eventId} and {@code topic} are ignored by the score.
 */
public final class ExpectedFile {

    private ExpectedFile() {
    }

    public static Set<LabelledPair> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + ": expected a JSON array of {kind, statementIds}");
        }
        Set<LabelledPair> expected = new LinkedHashSet<>();
        int index = 0;
        for (JsonNode item : root) {
            JsonNode ids = item.get("statementIds");
            if (!item.hasNonNull("kind") || ids == null || !ids.isArray() || ids.size() != 2) {
                throw new IllegalArgumentException(file + " item " + index + ": needs \"kind\" and two \"statementIds\"");
            }
            AlertKind kind;
            try {
                kind = AlertKind.valueOf(item.get("kind").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " item " + index + ": unknown kind \"" + item.get("kind").asText() + "\"");
            }
            expected.add(LabelledPair.of(kind, ids.get(0).asText(), ids.get(1).asText()));
            index++;
        }
        return expected;
    }
}
