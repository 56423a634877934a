package io.crosscheck.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.app.CrosscheckApp;
import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.Topics;
import io.crosscheck.json.AlertJson;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that are not Crosscheck, against a running demo-like setup (broker, the schema registry
 * over the Confluent REST API, the app): kcat reads the JSON alerts; Confluent's official JavaScript
 * serde with kafkajs produces an Avro statement through our registry, and decodes the Avro alert
 * Crosscheck raised on it — the end-to-end proof that wire format and registry API are Confluent's.
 *
 * <p>Needs {@code kcat} and {@code node}/{@code npm} ({@code .ci/run} installs them); fails, naming
 * what is missing, when they are absent.
 */
class OutsideClientsIT extends ClusterTestBase {

    private static final Path JS_DIR = Path.of("src", "test", "js");
    private static final int TOOL_TIMEOUT_SECONDS = 120;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void kcatShouldReadTheJsonAlerts() throws Exception {
        assertThat(commandWorks("kcat", "-V")).as("kcat is not installed (CI installs it: apt-get install kcat)").isTrue();
        Topics topics = cluster.createTopics("kcat", 3);
        List<Statement> statements = CheckOracle.statements(CheckOracle.FOUNDING);
        List<ContradictionAlert> expected = CheckOracle.alerts(engine, statements);

        try (CrosscheckApp app = cluster.startApp(cluster.runEnvironment(topics, "kcat", work.resolve("kcat")), engine)) {
            cluster.publish(topics, statements);
            cluster.readAlertsUntil(topics.alerts(), read -> CheckOracle.containsAll(read, expected));

            String out = run(List.of("kcat", "-b", cluster.bootstrapServers(), "-C", "-t", topics.alertsJson(),
                    "-o", "beginning", "-e", "-q"), "kcat");
            List<ContradictionAlert> read = out.lines().filter(line -> !line.isBlank()).map(AlertJson::parse).toList();
            assertThat(CheckOracle.views(read)).containsExactlyElementsOf(CheckOracle.views(expected));
        }
    }

    @Test
    void confluentJavaScriptClientShouldProduceAStatementAndDecodeTheAlert() throws Exception {
        assertThat(commandWorks("node", "--version")).as("node is not installed (needed for Confluent's JS client)").isTrue();
        installJsDependenciesIfMissing();
        Topics topics = cluster.createTopics("js", 3);
        List<Statement> founding = CheckOracle.statements(CheckOracle.FOUNDING);
        List<ContradictionAlert> expected = CheckOracle.alerts(engine, founding);
        // The JS client publishes one side of an alerting pair; Crosscheck's producer publishes the rest.
        ContradictionAlert target = expected.get(0);
        String jsStatementId = target.getStatementIds().get(1);
        Statement fromJs = founding.stream().filter(s -> s.getStatementId().equals(jsStatementId)).findFirst().orElseThrow();
        List<ContradictionAlert> expectedForJs = expected.stream().filter(a -> a.getStatementIds().contains(jsStatementId)).toList();

        try (CrosscheckApp app = cluster.startApp(cluster.runEnvironment(topics, "js", work.resolve("js")), engine)) {
            cluster.publish(topics, founding.stream().filter(s -> s != fromJs).toList());
            Path statementFile = Files.writeString(work.resolve("statement.json"), avscJson(fromJs).toString());

            JsonNode decoded = json.readTree(run(List.of("node", JS_DIR.resolve("outside-client.js").toString(),
                    cluster.bootstrapServers(), cluster.registryUrl(), topics.statements(), topics.alerts(),
                    statementFile.toString(), "90000"), "node outside-client.js"));

            ContradictionAlert match = expectedForJs.stream()
                    .filter(alert -> alert.getAlertId().equals(decoded.get("alertId").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError("JS decoded an alert check does not give: " + decoded));
            assertThat(decoded.get("kind").asText()).isEqualTo(match.getKind().name());
            assertThat(decoded.get("statementIds")).containsExactlyElementsOf(
                    match.getStatementIds().stream().map(id -> JsonNodeFactory.instance.textNode(id)).toList());
            assertThat(decoded.get("explanation").asText()).isEqualTo(match.getExplanation());
            assertThat(decoded.get("detectedAt").asLong()).isEqualTo(match.getDetectedAt().toEpochMilli());
            assertThat(decoded.get("evidence").get(0).get("excerpt").asText()).isEqualTo(match.getEvidence().get(0).getExcerpt());
        }
    }

    /** The record as the JS Avro library represents it: unions unwrapped, enums as strings, millis as numbers. */
    private static JsonNode avscJson(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof IndexedRecord record) {
            ObjectNode object = nodes.objectNode();
            for (Schema.Field field : record.getSchema().getFields()) {
                object.set(field.name(), avscJson(record.get(field.pos())));
            }
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(item -> array.add(avscJson(item)));
            return array;
        }
        if (value instanceof Instant instant) {
            return nodes.numberNode(instant.toEpochMilli());
        }
        if (value instanceof Enum<?>) {
            return nodes.textNode(value.toString());
        }
        return new ObjectMapper().valueToTree(value);
    }

    private String run(List<String> command, String name) throws IOException, InterruptedException {
        Path stderr = work.resolve(name.replace(' ', '-') + "-stderr.txt");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        byte[] stdout = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(TOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("%s finished in time", name).isTrue();
        assertThat(process.exitValue()).as("%s failed: %s", name, Files.readString(stderr)).isZero();
        return new String(stdout, StandardCharsets.UTF_8);
    }

    private void installJsDependenciesIfMissing() throws IOException, InterruptedException {
        if (Files.isDirectory(JS_DIR.resolve("node_modules").resolve("kafkajs"))
                && Files.isDirectory(JS_DIR.resolve("node_modules").resolve("@confluentinc").resolve("schemaregistry"))) {
            return;
        }
        List<String> npmCi = new ArrayList<>(List.of("npm", "ci", "--prefix", JS_DIR.toString(), "--no-audit", "--no-fund"));
        Process process = new ProcessBuilder(npmCi).redirectErrorStream(true).redirectOutput(work.resolve("npm-ci.txt").toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("npm ci finished in time").isTrue();
        assertThat(process.exitValue()).as("npm ci failed: %s", Files.readString(work.resolve("npm-ci.txt"))).isZero();
    }

    private static boolean commandWorks(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
