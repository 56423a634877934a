package io.crosscheck.serde;

import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SystemLimitException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads Confluent-framed Avro records into a generated class. The writer schema is fetched by the id in
 * the record and resolved against the class's (reader) schema, as Avro schema evolution defines; one
 * resolving reader is cached per writer id. {@code null} deserializes to {@code null}.
 *
 * <p>Record bytes are untrusted: every failure (not wire format, unknown schema id, writer schema the
 * reader cannot resolve, truncated data, Avro limits exceeded, a record larger than the size limit, unknown
 * enum symbol) becomes a
 * {@link SerializationException} with a one-line message naming topic and schema id, so the topology
 * can route the record to the dead-letter topic. Length limits come from {@link AvroSafety}.
 */
public final class SpecificAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    static {
        AvroSafety.ensureApplied();
    }

    private static final Logger LOG = LoggerFactory.getLogger(SpecificAvroDeserializer.class);

    private final SchemaRegistryClient registry;
    private final Schema readerSchema;
    private final SpecificData model;
    private final String recordName;
    private final Map<Integer, ResolvingReader<T>> readersByWriterId = new ConcurrentHashMap<>();
    private final int maxRecordBytes;

    public SpecificAvroDeserializer(SchemaRegistryClient registry, Class<T> type) {
        this(registry, type, Integer.MAX_VALUE);
    }

    /**
     * @param maxRecordBytes records with more bytes than this are rejected before decoding: a bound on what
     *                       one record may cost downstream, whatever field carries the bulk
     */
    public SpecificAvroDeserializer(SchemaRegistryClient registry, Class<T> type, int maxRecordBytes) {
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be positive, got " + maxRecordBytes);
        }
        this.maxRecordBytes = maxRecordBytes;
        this.registry = registry;
        this.model = SpecificData.getForClass(type);
        this.readerSchema = model.getSchema(type);
        this.recordName = readerSchema.getName();
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        final int schemaId;
        try {
            schemaId = WireFormat.schemaId(data);
        } catch (WireFormat.MalformedPayloadException e) {
            throw new SerializationException("Cannot deserialize " + recordName + " from topic '" + topic + "': " + e.getMessage());
        }
        if (data.length > maxRecordBytes) {
            throw failure(topic, schemaId, "record of " + data.length + " bytes exceeds the limit of " + maxRecordBytes + " bytes", null);
        }
        final ResolvingReader<T> reader = readerFor(topic, schemaId);
        try {
            final BinaryDecoder decoder = DecoderFactory.get()
                    .binaryDecoder(data, WireFormat.HEADER_SIZE, data.length - WireFormat.HEADER_SIZE, null);
            return reader.datumReader().read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw failure(topic, schemaId, reason(e, reader, data.length - WireFormat.HEADER_SIZE), e);
        }
    }

    @Override
    public T deserialize(String topic, Headers headers, byte[] data) {
        return deserialize(topic, data);
    }

    private ResolvingReader<T> readerFor(String topic, int schemaId) {
        final ResolvingReader<T> cached = readersByWriterId.get(schemaId);
        if (cached != null) {
            return cached;
        }
        final Schema writerSchema;
        try {
            writerSchema = registry.getById(schemaId);
        } catch (UnknownSchemaIdException e) {
            throw failure(topic, schemaId, "unknown schema id " + schemaId, e);
        } catch (SchemaRegistryException e) {
            throw failure(topic, schemaId, "cannot fetch writer schema: " + OneLine.of(e.getMessage()), e);
        }
        final ResolvingReader<T> created = resolve(schemaId, writerSchema);
        final ResolvingReader<T> raced = readersByWriterId.putIfAbsent(schemaId, created);
        return raced != null ? raced : created;
    }

    private ResolvingReader<T> resolve(int schemaId, Schema writerSchema) {
        final SchemaCompatibility.SchemaPairCompatibility compatibility =
                SchemaCompatibility.checkReaderWriterCompatibility(readerSchema, writerSchema);
        String incompatibility = null;
        if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            // Not fatal yet: Avro resolves per record (an unknown enum symbol only fails records that use it).
            incompatibility = SchemaCompatibilityDescription.of(compatibility);
            LOG.warn("Writer schema {} is not fully readable as {}: {}", schemaId, recordName, incompatibility);
        }
        return new ResolvingReader<>(new SpecificDatumReader<>(writerSchema, readerSchema, model), incompatibility);
    }

    private String reason(Exception e, ResolvingReader<T> reader, int avroBytes) {
        final String message = OneLine.of(String.valueOf(e.getMessage()));
        if (e instanceof SystemLimitException) {
            return "Avro limit exceeded: " + message;
        }
        if (e instanceof EOFException) {
            return "payload truncated: " + avroBytes + " Avro bytes end before the record does";
        }
        if (e instanceof AvroTypeException && reader.incompatibility() != null) {
            return "writer schema cannot be resolved to the reader schema: " + message
                    + " (" + reader.incompatibility() + ")";
        }
        return "invalid Avro data: " + e.getClass().getSimpleName() + ": " + message;
    }

    private SerializationException failure(String topic, int schemaId, String reason, Exception cause) {
        return new SerializationException("Cannot deserialize " + recordName + " from topic '" + topic
                + "' (schema id " + schemaId + "): " + reason, cause);
    }

    /** A reader for one writer schema, with what makes it incompatible (null when fully compatible). */
    private record ResolvingReader<T>(DatumReader<T> datumReader, String incompatibility) {
    }
}
