package io.crosscheck.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Tells when the Streams application has consumed and committed everything on its input topic:
 * its consumer group's committed offsets (group = application.id) reach the topic's end offsets.
 * The input is written without transactions, so end offset = last record + 1 exactly.
 */
final class InputProgress implements AutoCloseable {

    private final Admin admin;
    private final String groupId;
    private final String topic;

    InputProgress(String bootstrapServers, String groupId, String topic) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.groupId = groupId;
        this.topic = topic;
    }

    /** Blocks until the group's committed offsets reach the end offsets; returns {@link System#nanoTime()} then. */
    long awaitCaughtUp(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> end = endOffsets();
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get();
            boolean caughtUp = end.entrySet().stream().allMatch(entry -> {
                OffsetAndMetadata offset = committed.get(entry.getKey());
                return entry.getValue() == 0 || (offset != null && offset.offset() >= entry.getValue());
            });
            if (caughtUp) {
                return System.nanoTime();
            }
            Thread.sleep(25);
        }
        throw new TimeoutException("Crosscheck did not consume " + topic + " within " + timeout);
    }

    private Map<TopicPartition, Long> endOffsets() throws Exception {
        Set<TopicPartition> partitions = admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic).partitions()
                .stream().map(info -> new TopicPartition(topic, info.partition())).collect(Collectors.toSet());
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        Map<TopicPartition, Long> end = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> entry
                : admin.listOffsets(latest).all().get().entrySet()) {
            end.put(entry.getKey(), entry.getValue().offset());
        }
        return end;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
