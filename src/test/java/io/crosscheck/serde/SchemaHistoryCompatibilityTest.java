package io.crosscheck.serde;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaCompatibility;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every schema version ever committed under {@code src/test/resources/schema-history/<Name>/} must stay
 * readable by the current schema in {@code /schemas}: records already in Kafka topics and state stores
 * were written with those versions (BACKWARD compatibility, as the registry enforces per subject).
 */
class SchemaHistoryCompatibilityTest {

    /** Dependency order: a schema may only reference names parsed before it. */
    private static final List<String> SCHEMAS_IN_ORDER =
            List.of("Quantity", "Claim", "Evidence", "Statement", "ContradictionAlert", "EventState", "EventIndex");
    private static final Path CURRENT = Path.of("schemas");
    private static final Path HISTORY = Path.of("src", "test", "resources", "schema-history");

    @TestFactory
    Stream<DynamicTest> currentSchemasReadEveryEarlierVersion() {
        final Map<String, Schema> current = currentSchemas();
        return SCHEMAS_IN_ORDER.stream().flatMap(name -> historyOf(name).map(old -> DynamicTest.dynamicTest(
                name + " reads " + old.getFileName(), () -> {
                    final SchemaCompatibility.SchemaPairCompatibility result =
                            SchemaCompatibility.checkReaderWriterCompatibility(current.get(name), parse(old));
                    assertThat(result.getType())
                            .as("%s cannot read %s: %s", name, old, SchemaCompatibilityDescription.of(result))
                            .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
                })));
    }

    @Test
    void everyTopLevelSchemaHasAHistory() throws IOException {
        try (Stream<Path> files = Files.list(CURRENT)) {
            final List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".avsc")).map(f -> f.substring(0, f.length() - ".avsc".length())).toList();
            assertThat(SCHEMAS_IN_ORDER).containsExactlyInAnyOrderElementsOf(names);
        }
        SCHEMAS_IN_ORDER.forEach(name -> assertThat(historyOf(name)).as("history of %s", name).isNotEmpty());
    }

    @Test
    void theCheckRejectsANewRequiredFieldWithoutDefault() {
        final Schema old = parse(HISTORY.resolve("Evidence").resolve("v1.avsc"));
        final Schema stricter = SchemaBuilder.record("Evidence").namespace("io.crosscheck.avro").fields()
                .requiredString("statementId").requiredString("issuer").requiredString("excerpt")
                .requiredString("url").endRecord();
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(stricter, old).getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.INCOMPATIBLE);
    }

    private static Map<String, Schema> currentSchemas() {
        final Schema.Parser parser = new Schema.Parser();
        final Map<String, Schema> schemas = new LinkedHashMap<>();
        for (String name : SCHEMAS_IN_ORDER) {
            schemas.put(name, parser.parse(read(CURRENT.resolve(name + ".avsc"))));
        }
        return schemas;
    }

    private static Stream<Path> historyOf(String name) {
        final Path folder = HISTORY.resolve(name);
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".avsc")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema parse(Path file) {
        return new Schema.Parser().parse(read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
