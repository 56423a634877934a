package io.crosscheck.serde;

import org.apache.avro.Schema;

import java.util.List;

/**
 * A Confluent-compatible schema registry: subjects hold numbered versions of Avro schemas, and every
 * distinct schema has a registry-wide id that the wire format carries.
 *
 * <p>Implementations: {@link HttpSchemaRegistryClient} (a real registry over REST) and
 * {@link MockSchemaRegistry} (in memory). All methods throw {@link SchemaRegistryException}
 * (unchecked) on failure, {@link UnknownSchemaIdException} for an id the registry does not know.
 */
public interface SchemaRegistryClient {

    /** Registers {@code schema} under {@code subject} (idempotent) and returns its id. */
    int register(String subject, Schema schema);

    /** Returns the id of {@code schema}, which must already be registered under {@code subject}. */
    int lookupId(String subject, Schema schema);

    /** Returns the schema with this id. */
    Schema getById(int id);

    /** Returns the latest version of {@code subject}. */
    RegisteredSchema latest(String subject);

    /** Returns all subjects. */
    List<String> subjects();

    /** Returns the version numbers of {@code subject}, ascending. */
    List<Integer> versions(String subject);

    /** Returns one version of {@code subject}. */
    RegisteredSchema version(String subject, int version);
}
