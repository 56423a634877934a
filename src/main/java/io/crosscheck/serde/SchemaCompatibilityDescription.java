package io.crosscheck.serde;

import org.apache.avro.SchemaCompatibility;

import java.util.stream.Collectors;

/** Turns Avro's compatibility verdict into one readable line: "missing required field 'text' at /fields/8; …". */
final class SchemaCompatibilityDescription {

    private SchemaCompatibilityDescription() {
    }

    static String of(SchemaCompatibility.SchemaPairCompatibility result) {
        if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return "compatible";
        }
        return result.getResult().getIncompatibilities().stream()
                .map(i -> i.getType() + " " + i.getMessage() + " at " + i.getLocation())
                .map(OneLine::of)
                .collect(Collectors.joining("; "));
    }
}
