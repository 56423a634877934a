package io.crosscheck.serde;

import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes generated Avro records in the Confluent wire format, byte-identical to Confluent's
 * KafkaAvroSerializer: the class's schema is registered (or, with auto-registration off, looked up)
 * under the topic's subject ({@code <topic>-key} / {@code <topic>-value}), and its id prefixes the
 * Avro binary. {@code null} serializes to {@code null} (a tombstone). Failures become
 * {@link SerializationException} naming topic and subject.
 */
public final class SpecificAvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    private final SchemaRegistryClient registry;
    private final Schema schema;
    private final String recordName;
    private final boolean isKey;
    private final boolean autoRegister;
    private final SpecificDatumWriter<T> writer;
    private final Map<String, Integer> schemaIdsByTopic = new ConcurrentHashMap<>();

    public SpecificAvroSerializer(SchemaRegistryClient registry, Class<T> type, boolean isKey, boolean autoRegister) {
        this.registry = registry;
        final SpecificData model = SpecificData.getForClass(type);
        this.schema = model.getSchema(type);
        this.recordName = schema.getName();
        this.isKey = isKey;
        this.autoRegister = autoRegister;
        this.writer = new SpecificDatumWriter<>(schema, model);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        final int schemaId = schemaIdsByTopic.computeIfAbsent(topic, this::resolveSchemaId);
        final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(WireFormat.header(schemaId));
        try {
            final BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writer.write(data, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot serialize " + recordName + " for topic '" + topic
                    + "' (schema id " + schemaId + "): " + OneLine.of(String.valueOf(e.getMessage())), e);
        }
        return out.toByteArray();
    }

    @Override
    public byte[] serialize(String topic, Headers headers, T data) {
        return serialize(topic, data);
    }

    private int resolveSchemaId(String topic) {
        final String subject = SubjectNames.forTopic(topic, isKey);
        try {
            return autoRegister ? registry.register(subject, schema) : registry.lookupId(subject, schema);
        } catch (SchemaRegistryException e) {
            final String action = autoRegister
                    ? "registering its schema under subject '" + subject + "' failed"
                    : "its schema is not found under subject '" + subject + "' (auto-registration is off)";
            throw new SerializationException("Cannot serialize " + recordName + " for topic '" + topic + "': "
                    + action + ": " + OneLine.of(e.getMessage()), e);
        }
    }
}
