package io.crosscheck.app;

import java.util.Collection;

/** Topics the app needs are absent and it is not allowed to rely on auto-creation. */
public class MissingTopicsException extends RuntimeException {
    public MissingTopicsException(Collection<String> missing) {
        super("missing Kafka topic(s): " + String.join(", ", missing)
                + " — create them, or set CROSSCHECK_REQUIRE_TOPICS=false to let the broker auto-create them");
    }
}
