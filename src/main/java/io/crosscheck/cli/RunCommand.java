package io.crosscheck.cli;

import io.crosscheck.app.CrosscheckApp;
import io.crosscheck.config.CrosscheckConfig;
import io.crosscheck.serde.SchemaRegistryClients;
import io.crosscheck.topology.DetectionEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Production mode: configuration from the environment (CONTRACTS §6), the topology on the
 * configured cluster, health and metrics over HTTP, clean close on SIGTERM.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run Crosscheck against KAFKA_BOOTSTRAP_SERVERS / SCHEMA_REGISTRY_URL (configuration from the environment).")
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Override
    public Integer call() throws Exception {
        CrosscheckConfig config = CrosscheckConfig.fromEnv(System.getenv());
        LOG.info("Starting with {}", config);
        CrosscheckApp app = CrosscheckApp.start(config, DetectionEngine.standard(config.detectionSettings()),
                SchemaRegistryClients.create(config.schemaRegistryUrl(), config.schemaRegistrySettings()));
        AtomicBoolean shutdownRequested = new AtomicBoolean();
        Thread shutdown = new Thread(() -> {
            shutdownRequested.set(true);
            app.close();
        }, "crosscheck-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        app.awaitStopped();
        if (shutdownRequested.get()) {
            LOG.info("Stopped on request");
            return ExitCodes.OK;
        }
        // Kafka Streams stopped by itself: report failure so the orchestrator restarts us.
        LOG.error("Kafka Streams stopped (state {}); exiting", app.state());
        return ExitCodes.FAILURE;
    }
}
