package io.crosscheck.bench;

import io.crosscheck.avro.Statement;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The baseline the Crosscheck topology is measured against: read statements (key statementId,
 * Avro value) and write them unchanged to another topic, through the same Avro serde. Its cost is
 * what any Kafka Streams application pays per record for deserializing, routing and serializing.
 */
final class PassThroughTopology {

    static final String OUTPUT_TOPIC = "statements-copy";

    private PassThroughTopology() {
    }

    static Topology build(String inputTopic, Serde<Statement> statementSerde) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(inputTopic, Consumed.with(Serdes.String(), statementSerde).withName("pass-through-source"))
                .to(OUTPUT_TOPIC, Produced.with(Serdes.String(), statementSerde).withName("pass-through-sink"));
        return builder.build();
    }
}
