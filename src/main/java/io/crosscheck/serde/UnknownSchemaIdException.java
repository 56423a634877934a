package io.crosscheck.serde;

/**
 * The registry has no schema with the requested id (Confluent error 40403 on {@code GET /schemas/ids/{id}}).
 * A record carrying such an id cannot be decoded anywhere: it belongs in the dead-letter topic.
 */
public class UnknownSchemaIdException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    private final int schemaId;

    public UnknownSchemaIdException(int schemaId, int httpStatus, String message) {
        super(message, httpStatus, SCHEMA_NOT_FOUND);
        this.schemaId = schemaId;
    }

    public UnknownSchemaIdException(int schemaId) {
        this(schemaId, 404, "Schema " + schemaId + " not found");
    }

    public int schemaId() {
        return schemaId;
    }
}
