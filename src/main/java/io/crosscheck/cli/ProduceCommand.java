package io.crosscheck.cli;

import io.crosscheck.avro.Statement;
import io.crosscheck.config.CrosscheckConfig;
import io.crosscheck.json.StatementFile;
import io.crosscheck.produce.StatementPublisher;
import io.crosscheck.serde.SchemaRegistryClient;
import io.crosscheck.serde.SchemaRegistryClients;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Publishes statements from a JSON Lines file as Avro (Confluent wire format), keyed by statementId.
 * A bad line stops the command with exit 2 before anything is published, unless {@code --skip-bad},
 * which publishes the good lines and reports the bad ones.
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = "Publish statements from a JSON Lines file to the statements topic as Avro.")
final class ProduceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "statements, one JSON object per line")
    private Path input;

    @Option(names = "--skip-bad", description = "publish the good lines and report the bad ones instead of stopping")
    private boolean skipBad;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "overrides KAFKA_BOOTSTRAP_SERVERS")
    private String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL", description = "overrides SCHEMA_REGISTRY_URL")
    private String schemaRegistryUrl;

    @Option(names = "--topic", paramLabel = "NAME", description = "overrides CROSSCHECK_TOPIC_STATEMENTS")
    private String topic;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isReadable(input)) {
            err.println(input + ": cannot read the input file");
            return ExitCodes.BAD_INPUT;
        }
        CrosscheckConfig config = CrosscheckConfig.fromEnv(System.getenv());
        StatementFile.Contents contents = StatementFile.read(input, config.detectionSettings().maxTextChars());
        if (!contents.badLines().isEmpty() && !skipBad) {
            err.println(contents.badLines().get(0).describe(input) + " (nothing published; --skip-bad publishes the good lines)");
            return ExitCodes.BAD_INPUT;
        }
        contents.badLines().forEach(bad -> err.println("skipped " + bad.describe(input)));

        Map<String, Object> clientProperties = new HashMap<>(config.kafkaProperties());
        if (bootstrapServers != null) {
            clientProperties.put("bootstrap.servers", bootstrapServers);
        }
        String registryUrl = schemaRegistryUrl != null ? schemaRegistryUrl : config.schemaRegistryUrl();
        SchemaRegistryClient registry = SchemaRegistryClients.create(registryUrl, config.schemaRegistrySettings());
        String target = topic != null ? topic : config.topics().statements();
        List<Statement> statements = contents.statements().stream().map(StatementFile.Line::statement).toList();
        try (StatementPublisher publisher = new StatementPublisher(clientProperties, registry, config.autoRegisterSchemas(), target)) {
            publisher.publish(statements);
        }
        out.println("published " + statements.size() + " statements to " + target
                + (contents.badLines().isEmpty() ? "" : "; skipped " + contents.badLines().size() + " bad lines"));
        return ExitCodes.OK;
    }
}
