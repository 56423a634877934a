package io.crosscheck.serde;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.IntStream;

/**
 * An in-memory schema registry with Confluent's semantics: ids 1, 2, 3… are registry-wide (the same
 * schema under two subjects gets one id), each subject holds versions 1, 2, 3…, and registering a
 * schema that is already a version of the subject returns its id without adding a version.
 * Like Confluent's default, a new version must be BACKWARD compatible with the latest one
 * (the new schema can read data written with it), otherwise error 40901.
 *
 * <p>Schemas are identified by Avro's normalised JSON rendering ({@link Schema#toString()}): whitespace
 * and attribute order do not matter, docs, defaults and properties do (defaults change how data resolves).
 *
 * <p>Thread-safe. Scopes: Confluent serdes configured with {@code mock://name} share one in-memory
 * registry per name across the JVM; {@link #forScope(String)} mirrors that.
 */
public final class MockSchemaRegistry implements SchemaRegistryClient {

    /*
     * The one piece of static state this project allows: serdes created from configuration in
     * different places (the topology's serdes, a producer in the CLI, a test's consumer) only share
     * a URL string such as "mock://demo", yet must see one registry, or ids written by one would be
     * unknown to the other. Tests drop their scope when done; each test class uses its own name.
     */
    private static final ConcurrentMap<String, MockSchemaRegistry> SCOPES = new ConcurrentHashMap<>();

    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final List<Schema> schemasById = new ArrayList<>();
    /** Per subject, the schema id of each version (index 0 = version 1). */
    private final Map<String, List<Integer>> versionIdsBySubject = new TreeMap<>();

    /** The shared registry for {@code mock://scope}, created on first use. */
    public static MockSchemaRegistry forScope(String scope) {
        return SCOPES.computeIfAbsent(scope, name -> new MockSchemaRegistry());
    }

    /** Forgets the registry of {@code scope}; the next {@link #forScope(String)} starts empty. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        final List<Integer> versions = versionIdsBySubject.get(subject);
        final Integer existingId = idsBySchema.get(schema.toString());
        if (versions != null && existingId != null && versions.contains(existingId)) {
            return existingId;
        }
        if (versions != null && !versions.isEmpty()) {
            requireBackwardCompatible(subject, schema, schemasById.get(versions.get(versions.size() - 1) - 1));
        }
        final int id = existingId != null ? existingId : newId(schema);
        versionIdsBySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(id);
        return id;
    }

    @Override
    public synchronized int lookupId(String subject, Schema schema) {
        final List<Integer> versions = versionsOf(subject);
        final Integer id = idsBySchema.get(schema.toString());
        if (id == null || !versions.contains(id)) {
            throw SchemaRegistryException.ofCode(SchemaRegistryException.SCHEMA_NOT_FOUND,
                    "Schema not found under subject '" + subject + "'");
        }
        return id;
    }

    @Override
    public synchronized Schema getById(int id) {
        if (id < 1 || id > schemasById.size()) {
            throw new UnknownSchemaIdException(id);
        }
        return schemasById.get(id - 1);
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        return version(subject, versionsOf(subject).size());
    }

    @Override
    public synchronized List<String> subjects() {
        return List.copyOf(versionIdsBySubject.keySet());
    }

    @Override
    public synchronized List<Integer> versions(String subject) {
        return IntStream.rangeClosed(1, versionsOf(subject).size()).boxed().toList();
    }

    @Override
    public synchronized RegisteredSchema version(String subject, int version) {
        final List<Integer> versions = versionsOf(subject);
        if (version < 1 || version > versions.size()) {
            throw SchemaRegistryException.ofCode(SchemaRegistryException.VERSION_NOT_FOUND,
                    "Version " + version + " not found for subject '" + subject + "'");
        }
        final int id = versions.get(version - 1);
        return new RegisteredSchema(subject, id, version, schemasById.get(id - 1));
    }

    @Override
    public synchronized String toString() {
        return "MockSchemaRegistry[schemas=" + schemasById.size() + ", subjects=" + versionIdsBySubject.keySet() + "]";
    }

    private List<Integer> versionsOf(String subject) {
        final List<Integer> versions = versionIdsBySubject.get(subject);
        if (versions == null) {
            throw SchemaRegistryException.ofCode(SchemaRegistryException.SUBJECT_NOT_FOUND,
                    "Subject '" + subject + "' not found");
        }
        return versions;
    }

    private int newId(Schema schema) {
        schemasById.add(schema);
        final int id = schemasById.size();
        idsBySchema.put(schema.toString(), id);
        return id;
    }

    private static void requireBackwardCompatible(String subject, Schema candidate, Schema latest) {
        final SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(candidate, latest);
        if (result.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw SchemaRegistryException.ofCode(SchemaRegistryException.INCOMPATIBLE_SCHEMA,
                    "Schema being registered is incompatible with the latest schema of subject '" + subject
                            + "' (BACKWARD): " + SchemaCompatibilityDescription.of(result));
        }
    }
}
