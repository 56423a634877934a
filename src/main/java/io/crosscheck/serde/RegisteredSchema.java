package io.crosscheck.serde;

import org.apache.avro.Schema;

import java.util.Objects;

/**
 * One version of a subject in a schema registry.
 *
 * @param subject the subject, e.g. {@code statements-value}
 * @param id      the registry-wide schema id written into every record
 * @param version 1-based version of the schema within the subject
 * @param schema  the Avro schema
 */
public record RegisteredSchema(String subject, int id, int version, Schema schema) {

    public RegisteredSchema {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
    }
}
