package io.crosscheck.serde;

/**
 * Confluent's TopicNameStrategy: a topic's keys are registered under {@code <topic>-key}, its values
 * under {@code <topic>-value}. Other Confluent clients (Java, JS, Go) use the same names by default.
 */
public final class SubjectNames {

    private SubjectNames() {
    }

    public static String forTopic(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
