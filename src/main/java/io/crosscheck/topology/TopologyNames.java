package io.crosscheck.topology;

/**
 * Names of the topology's processors, stores and internal topics. Changelog and repartition
 * topics are derived from them ({@code <application.id>-<name>-changelog},
 * {@code <application.id>-<name>-repartition}), so they are an operations contract across
 * deploys: renaming one orphans its state. {@code CrosscheckTopologyTest} pins them.
 */
public final class TopologyNames {

    public static final String SOURCE = "read-statements";
    public static final String VALIDATE = "validate-statements";
    public static final String EXTRACT_CLAIMS = "extract-claims";
    public static final String KEY_BY_EVENT = "key-by-event";
    public static final String STATEMENTS_BY_EVENT = "statements-by-event";
    public static final String COMPARE = "compare-statements";
    public static final String EVENT_STORE = "event-statements";
    public static final String EVENT_INDEX_STORE = "event-index";
    public static final String EMITTED_ALERTS_STORE = "emitted-alerts";
    public static final String EXPIRY_QUEUE_STORE = "expiry-queue";
    public static final String ALERTS_SINK = "write-alerts";
    public static final String ALERTS_TO_JSON = "alerts-to-json";
    public static final String ALERTS_JSON_SINK = "write-alerts-json";

    private TopologyNames() {
    }
}
