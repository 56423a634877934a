package io.crosscheck.topology;

import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.config.Topics;
import io.crosscheck.grouping.EventGrouper;
import io.crosscheck.json.AlertJson;
import io.crosscheck.serde.CrosscheckSerdes;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Builds the Crosscheck topology: a pure function of topics, serdes, detection settings and the
 * detection engine. {@code run}, {@code demo}, {@code check} and every test build this same topology.
 *
 * <pre>
 * statements (key statementId) ─▶ validate ─▶ extract claims ─▶ key by event (eventId, or each pair of parties)
 *   ─▶ repartition "statements-by-event" ─▶ compare (stores event-statements, event-index, emitted-alerts, expiry-queue)
 *   ─▶ contradiction-alerts (key eventId, Avro) and contradiction-alerts-json (key eventId, JSON)
 * </pre>
 * Records that fail to deserialize or validate go to the dead-letter topic through Kafka Streams'
 * exception handlers (see {@code StreamsSettings}); the topology itself never drops them silently.
 */
public final class CrosscheckTopology {

    private CrosscheckTopology() {
    }

    public static Topology build(Topics topics, CrosscheckSerdes serdes, DetectionSettings settings, DetectionEngine engine) {
        StreamsBuilder builder = new StreamsBuilder();
        EventRouting routing = new EventRouting(engine.participants());
        addStores(builder, serdes);

        KStream<String, Statement> statements = builder
                .stream(topics.statements(), Consumed.with(Serdes.String(), serdes.statement()).withName(TopologyNames.SOURCE))
                .processValues(() -> new ValidateStatementProcessor(new StatementValidator(settings)), Named.as(TopologyNames.VALIDATE))
                .processValues(() -> new ExtractClaimsProcessor(engine.extractor()), Named.as(TopologyNames.EXTRACT_CLAIMS));

        // Statements of one event must meet in one task, whatever partition their statementId hashed to.
        KStream<String, ContradictionAlert> alerts = statements
                .flatMap((statementId, statement) -> routing.routingKeys(statement).stream()
                        .map(key -> KeyValue.pair(key, statement))
                        .toList(), Named.as(TopologyNames.KEY_BY_EVENT))
                .repartition(Repartitioned.<String, Statement>as(TopologyNames.STATEMENTS_BY_EVENT)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(serdes.statement()))
                .process(() -> new EventComparisonProcessor(settings, engine.detector(),
                                new EventGrouper(engine.contentTerms(), settings.eventGroupingWindow(), settings.eventRetention()), routing.copy()),
                        Named.as(TopologyNames.COMPARE),
                        TopologyNames.EVENT_STORE, TopologyNames.EVENT_INDEX_STORE, TopologyNames.EMITTED_ALERTS_STORE,
                        TopologyNames.EXPIRY_QUEUE_STORE);

        alerts.to(topics.alerts(), Produced.with(Serdes.String(), serdes.alert()).withName(TopologyNames.ALERTS_SINK));
        if (topics.jsonMirrorEnabled()) {
            alerts.mapValues(AlertJson::toJson, Named.as(TopologyNames.ALERTS_TO_JSON))
                    .to(topics.alertsJson(), Produced.with(Serdes.String(), Serdes.String()).withName(TopologyNames.ALERTS_JSON_SINK));
        }
        return builder.build();
    }

    private static void addStores(StreamsBuilder builder, CrosscheckSerdes serdes) {
        builder.addStateStore(store(TopologyNames.EVENT_STORE, serdes.eventState()));
        builder.addStateStore(store(TopologyNames.EVENT_INDEX_STORE, serdes.eventIndex()));
        builder.addStateStore(store(TopologyNames.EMITTED_ALERTS_STORE, Serdes.Long()));
        builder.addStateStore(store(TopologyNames.EXPIRY_QUEUE_STORE, Serdes.String()));
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, org.apache.kafka.common.serialization.Serde<V> valueSerde) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), valueSerde);
    }
}
