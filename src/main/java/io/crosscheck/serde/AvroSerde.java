package io.crosscheck.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka {@link Serde} for a generated Avro class in the Confluent wire format, wire-compatible with
 * Confluent's KafkaAvroSerializer/Deserializer (TopicNameStrategy subjects). Built explicitly from a
 * registry client, so {@link #configure} has nothing to read.
 *
 * @param <T> the generated class, e.g. {@code io.crosscheck.avro.Statement}
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    static {
        AvroSafety.ensureApplied();
    }

    private final SpecificAvroSerializer<T> serializer;
    private final SpecificAvroDeserializer<T> deserializer;

    /**
     * @param registry     where schemas are registered and looked up
     * @param type         the generated class
     * @param isKey        subjects are {@code <topic>-key} when true, {@code <topic>-value} otherwise
     * @param autoRegister register the class's schema on first write; when false it must already be registered
     */
    public AvroSerde(SchemaRegistryClient registry, Class<T> type, boolean isKey, boolean autoRegister) {
        this(registry, type, isKey, autoRegister, Integer.MAX_VALUE);
    }

    /** As above; the deserializer rejects records longer than {@code maxRecordBytes}. */
    public AvroSerde(SchemaRegistryClient registry, Class<T> type, boolean isKey, boolean autoRegister, int maxRecordBytes) {
        this.serializer = new SpecificAvroSerializer<>(registry, type, isKey, autoRegister);
        this.deserializer = new SpecificAvroDeserializer<>(registry, type, maxRecordBytes);
    }

    /** A value serde that registers its schema on first write. */
    public static <T extends SpecificRecord> AvroSerde<T> forValues(SchemaRegistryClient registry, Class<T> type) {
        return new AvroSerde<>(registry, type, false, true);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
