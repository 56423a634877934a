package io.crosscheck.serde;

import io.crosscheck.avro.Statement;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvroSerdeTest {

    private final MockSchemaRegistry registry = new MockSchemaRegistry();
    private final AvroSerde<Statement> serde = AvroSerde.forValues(registry, Statement.class);

    /**
     * Derived by hand from the Avro spec, so a change in our encoder cannot move the expectation with it:
     * magic 00, id 00000001, then zig-zag varint lengths/longs and union branch indexes in field order.
     */
    @Test
    void shouldWriteExactlyConfluentWireFormatBytes() {
        final String expected = "00" + "00000001"
                + "04" + "7331"          // statementId "s1"
                + "00"                   // eventId: null branch
                + "04" + "5748"          // issuer "WH"
                + "02" + "04" + "5553"   // issuerCountry: string branch, "US"
                + "00"                   // speaker: null
                + "d00f"                 // publishedAt 1000 ms: zig-zag 2000
                + "04" + "656e"          // language "en" (default)
                + "00"                   // title: null
                + "04" + "4869"          // text "Hi"
                + "00"                   // sourceUrl: null
                + "00";                  // claims: null

        final byte[] bytes = serde.serializer().serialize("statements", TestStatements.tiny());

        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(expected);
        assertThat(registry.latest("statements-value").id()).isEqualTo(1);
    }

    @Test
    void shouldRoundTripAStatementUsingEveryField() {
        final Statement statement = TestStatements.full();
        final byte[] bytes = serde.serializer().serialize("statements", statement);
        assertThat(serde.deserializer().deserialize("statements", bytes)).isEqualTo(statement);
    }

    @Test
    void shouldMapNullToNullBothWays() {
        assertThat(serde.serializer().serialize("statements", null)).isNull();
        assertThat(serde.deserializer().deserialize("statements", null)).isNull();
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    void shouldHonourHeaderTakingOverloads() {
        final Statement statement = TestStatements.full();
        final RecordHeaders headers = new RecordHeaders();
        final byte[] bytes = serde.serializer().serialize("statements", headers, statement);
        assertThat(bytes).isEqualTo(serde.serializer().serialize("statements", statement));
        assertThat(serde.deserializer().deserialize("statements", headers, bytes)).isEqualTo(statement);
        assertThat(serde.deserializer().deserialize("statements", headers, ByteBuffer.wrap(bytes))).isEqualTo(statement);
        assertThat(headers.toArray()).isEmpty();
    }

    @Test
    void shouldRegisterKeysUnderTheKeySubject() {
        final AvroSerde<Statement> keySerde = new AvroSerde<>(registry, Statement.class, true, true);
        keySerde.serializer().serialize("statements", TestStatements.tiny());
        assertThat(registry.subjects()).containsExactly("statements-key");
    }

    @Test
    void shouldLookUpInsteadOfRegisteringWhenAutoRegisterIsOff() {
        final AvroSerde<Statement> lookupOnly = new AvroSerde<>(registry, Statement.class, false, false);
        assertThatThrownBy(() -> lookupOnly.serializer().serialize("statements", TestStatements.tiny()))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Cannot serialize Statement for topic 'statements': its schema is not found under subject "
                        + "'statements-value' (auto-registration is off): Subject 'statements-value' not found");

        final int id = registry.register("statements-value", Statement.getClassSchema());
        final byte[] bytes = lookupOnly.serializer().serialize("statements", TestStatements.tiny());
        assertThat(WireFormat.schemaId(bytes)).isEqualTo(id);
        assertThat(registry.versions("statements-value")).containsExactly(1);
    }

    @Test
    void shouldReportARecordAvroCannotWrite() {
        final Statement missingText = TestStatements.tiny();
        missingText.setText(null);
        assertThatThrownBy(() -> serde.serializer().serialize("statements", missingText))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot serialize Statement for topic 'statements' (schema id 1): ")
                .hasMessageContaining("text");
    }

    @Test
    void shouldReadRecordsWrittenWithAnOlderCompatibleSchema() {
        final org.apache.avro.Schema older = org.apache.avro.SchemaBuilder.record("Statement")
                .namespace("io.crosscheck.avro").fields()
                .requiredString("statementId").requiredString("issuer")
                .name("publishedAt").type().longType().noDefault()
                .requiredString("text").endRecord();
        final int id = registry.register("old-value", older);
        final org.apache.avro.generic.GenericRecord record = new org.apache.avro.generic.GenericData.Record(older);
        record.put("statementId", "s1");
        record.put("issuer", "WH");
        record.put("publishedAt", 1000L);
        record.put("text", "Hi");

        final Statement read = serde.deserializer().deserialize("statements", AvroBytes.framed(id, older, record));

        assertThat(read.getStatementId()).isEqualTo("s1");
        assertThat(read.getLanguage()).isEqualTo("en");
        assertThat(read.getIssuerCountry()).isNull();
        assertThat(read.getPublishedAt().toEpochMilli()).isEqualTo(1000L);
    }
}
