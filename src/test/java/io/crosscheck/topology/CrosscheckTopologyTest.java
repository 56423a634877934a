package io.crosscheck.topology;

import io.crosscheck.config.DetectionSettings;
import io.crosscheck.config.Topics;
import io.crosscheck.serde.CrosscheckSerdes;
import io.crosscheck.serde.MockSchemaRegistry;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the topology's shape. Processor, store and internal topic names are an operations
 * contract: changelog and repartition topics are named after them, and renaming one orphans
 * state on the next deploy. If this test fails, the change needs a migration note, not just a
 * new expected file.
 */
class CrosscheckTopologyTest {

    private static final String SCOPE = "topology-shape-test";

    @AfterAll
    static void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    private static Topology build(Topics topics) {
        return CrosscheckTopology.build(topics, CrosscheckSerdes.create(MockSchemaRegistry.forScope(SCOPE), true),
                DetectionSettings.defaults(), ScriptedEngine.create());
    }

    @Test
    void shouldMatchThePinnedDescription() throws IOException {
        String expected;
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/topology/description.txt"))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(build(Topics.defaults()).describe().toString().strip()).isEqualTo(expected.strip());
    }

    @Test
    void shouldNameEveryStoreAndTheRepartitionTopic() {
        TopologyDescription description = build(Topics.defaults()).describe();
        Set<String> stores = new TreeSet<>();
        Set<String> topics = new TreeSet<>();
        description.subtopologies().forEach(sub -> sub.nodes().forEach(node -> {
            if (node instanceof TopologyDescription.Processor processor) {
                stores.addAll(processor.stores());
            }
            if (node instanceof TopologyDescription.Sink sink) {
                topics.add(sink.topic());
            }
            if (node instanceof TopologyDescription.Source source) {
                topics.addAll(source.topicSet());
            }
        }));

        assertThat(stores).containsExactly("emitted-alerts", "event-index", "event-statements");
        assertThat(topics).containsExactlyInAnyOrder("statements", "statements-by-event-repartition",
                "contradiction-alerts", "contradiction-alerts-json");
        assertThat(description.toString()).doesNotContain("KSTREAM-", "KTABLE-");
    }

    @Test
    void shouldLeaveOutTheJsonMirrorWhenSwitchedOff() {
        Topics noJson = new Topics("statements", "contradiction-alerts", null, "statements-dlq");

        assertThat(build(noJson).describe().toString()).doesNotContain("contradiction-alerts-json", TopologyNames.ALERTS_TO_JSON);
    }
}
