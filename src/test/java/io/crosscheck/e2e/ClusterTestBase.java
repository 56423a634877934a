package io.crosscheck.e2e;

import io.crosscheck.config.DetectionSettings;
import io.crosscheck.topology.DetectionEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * One real in-process broker and schema registry per test class, and the production detection
 * engine loaded once (language models are slow to load); each test makes its own topics.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClusterTestBase {

    protected KafkaTestCluster cluster;
    protected DetectionEngine engine;

    @TempDir
    protected Path work;

    @BeforeAll
    void startCluster() throws Exception {
        cluster = KafkaTestCluster.start();
        engine = DetectionEngine.standard(DetectionSettings.defaults());
    }

    @AfterAll
    void stopCluster() {
        cluster.close();
    }
}
