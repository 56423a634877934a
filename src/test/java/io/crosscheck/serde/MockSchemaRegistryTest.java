package io.crosscheck.serde;

import io.crosscheck.avro.Claim;
import io.crosscheck.avro.Statement;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MockSchemaRegistryTest {

    private static final Schema V1 = SchemaBuilder.record("Thing").namespace("t").fields()
            .requiredString("name").endRecord();
    private static final Schema V2 = SchemaBuilder.record("Thing").namespace("t").fields()
            .requiredString("name").optionalString("note").endRecord();

    private final MockSchemaRegistry registry = new MockSchemaRegistry();

    @Test
    void shouldAssignIdsOneTwoThreeAcrossTheRegistry() {
        assertThat(registry.register("a-value", Statement.getClassSchema())).isEqualTo(1);
        assertThat(registry.register("b-value", Claim.getClassSchema())).isEqualTo(2);
        assertThat(registry.register("c-value", V1)).isEqualTo(3);
    }

    @Test
    void shouldReturnTheSameIdForTheSameSchemaWrittenDifferently() {
        final int id = registry.register("t-value", V1);
        final Schema reformatted = new Schema.Parser().parse(V1.toString(true).replace("\"name\"", " \"name\" "));
        assertThat(registry.register("t-value", reformatted)).isEqualTo(id);
        assertThat(registry.versions("t-value")).containsExactly(1);
        assertThat(registry.lookupId("t-value", reformatted)).isEqualTo(id);
    }

    @Test
    void shouldShareIdsBetweenSubjectsButKeepVersionsPerSubject() {
        final int first = registry.register("a-value", V1);
        final int again = registry.register("b-value", V1);
        final int second = registry.register("a-value", V2);
        assertThat(again).isEqualTo(first);
        assertThat(second).isEqualTo(first + 1);
        assertThat(registry.versions("a-value")).containsExactly(1, 2);
        assertThat(registry.latest("a-value")).isEqualTo(new RegisteredSchema("a-value", second, 2, V2));
        assertThat(registry.version("a-value", 1).schema()).isEqualTo(V1);
        assertThat(registry.subjects()).containsExactly("a-value", "b-value");
        assertThat(registry.getById(second)).isEqualTo(V2);
    }

    @Test
    void shouldRejectAVersionThatCannotReadTheLatestOne() {
        registry.register("t-value", V2);
        final Schema incompatible = SchemaBuilder.record("Thing").namespace("t").fields()
                .requiredString("name").requiredInt("count").endRecord();
        assertThatThrownBy(() -> registry.register("t-value", incompatible))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA);
                    assertThat(e.httpStatus()).isEqualTo(409);
                })
                .hasMessageContaining("incompatible").hasMessageContaining("count");
    }

    @Test
    void shouldReportUnknownIdSubjectAndVersionWithConfluentCodes() {
        registry.register("t-value", V1);
        assertThatThrownBy(() -> registry.getById(99))
                .isInstanceOfSatisfying(UnknownSchemaIdException.class, e -> assertThat(e.schemaId()).isEqualTo(99))
                .hasMessage("Schema 99 not found");
        assertThatThrownBy(() -> registry.latest("nope"))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40401));
        assertThatThrownBy(() -> registry.version("t-value", 2))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40402));
        assertThatThrownBy(() -> registry.lookupId("t-value", V2))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
    }

    @Test
    void shouldShareOneRegistryPerScopeUntilDropped() {
        final String scope = "mock-registry-test-" + System.nanoTime();
        try {
            final MockSchemaRegistry first = MockSchemaRegistry.forScope(scope);
            first.register("t-value", V1);
            assertThat(MockSchemaRegistry.forScope(scope)).isSameAs(first);
            assertThat(MockSchemaRegistry.forScope(scope + "-other")).isNotSameAs(first);
            MockSchemaRegistry.dropScope(scope);
            assertThat(MockSchemaRegistry.forScope(scope).subjects()).isEmpty();
        } finally {
            MockSchemaRegistry.dropScope(scope);
            MockSchemaRegistry.dropScope(scope + "-other");
        }
    }

    @Test
    void shouldAssignOneIdWhenManyThreadsRegisterConcurrently() throws Exception {
        final ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            final List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                final Schema schema = i % 2 == 0 ? V1 : Statement.getClassSchema();
                final String subject = "s" + (i % 5);
                results.add(pool.submit(() -> registry.register(subject + "-" + schema.getName(), schema)));
            }
            final Set<Integer> ids = ConcurrentHashMap.newKeySet();
            for (Future<Integer> result : results) {
                ids.add(result.get(10, TimeUnit.SECONDS));
            }
            assertThat(ids).containsExactlyInAnyOrder(1, 2);
            assertThat(registry.subjects()).hasSize(10).allSatisfy(s -> assertThat(registry.versions(s)).containsExactly(1));
        } finally {
            pool.shutdownNow();
        }
    }
}
