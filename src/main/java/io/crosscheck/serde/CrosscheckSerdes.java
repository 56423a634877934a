package io.crosscheck.serde;

import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.EventIndex;
import io.crosscheck.avro.EventState;
import io.crosscheck.avro.Statement;
import org.apache.kafka.common.serialization.Serde;

import java.util.Objects;

/**
 * Every serde the topology needs, handed to it explicitly so no boundary relies on default serdes.
 * Values are Avro in the Confluent wire format; internal topics and stores use the same format so
 * their schemas are registered and can evolve across deploys.
 */
public record CrosscheckSerdes(Serde<Statement> statement,
                               Serde<ContradictionAlert> alert,
                               Serde<EventState> eventState,
                               Serde<EventIndex> eventIndex) {
    public CrosscheckSerdes {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(eventState, "eventState");
        Objects.requireNonNull(eventIndex, "eventIndex");
    }

    /** Default bound on one input statement record: room for the text limit in any script, plus claims. */
    public static final int DEFAULT_MAX_STATEMENT_BYTES = 512 * 1024;

    /** Value serdes backed by one schema registry client (a real registry or a {@code mock://} scope). */
    public static CrosscheckSerdes create(SchemaRegistryClient registry, boolean autoRegisterSchemas) {
        return create(registry, autoRegisterSchemas, DEFAULT_MAX_STATEMENT_BYTES);
    }

    /**
     * As above, with a bound on input statement records: a larger one fails to deserialize (and so goes to
     * the dead-letter topic). Keep it below the dead-letter topic's {@code max.message.bytes} minus a few KiB
     * for the error headers, or the oversize record cannot be dead-lettered.
     */
    public static CrosscheckSerdes create(SchemaRegistryClient registry, boolean autoRegisterSchemas, int maxStatementBytes) {
        return new CrosscheckSerdes(
                new AvroSerde<>(registry, Statement.class, false, autoRegisterSchemas, maxStatementBytes),
                new AvroSerde<>(registry, ContradictionAlert.class, false, autoRegisterSchemas),
                // Internal topics (changelogs, repartition) always register: their subjects are ours.
                new AvroSerde<>(registry, EventState.class, false, true),
                new AvroSerde<>(registry, EventIndex.class, false, true));
    }
}
