package io.crosscheck.serde;

import io.crosscheck.avro.Statement;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Untrusted record bytes: every failure must be a one-line SerializationException naming topic and schema id. */
class AvroDeserializerFailureTest {

    private static final String TOPIC = "statements";
    /** Valid fields of {@link TestStatements#tiny()} up to and including text, after the 5-byte header. */
    private static final String TINY_FIELDS_BEFORE_SOURCE_URL = "0473310004574802045553" + "00d00f04656e0004" + "4869";

    private final MockSchemaRegistry registry = new MockSchemaRegistry();
    private final AvroSerde<Statement> serde = AvroSerde.forValues(registry, Statement.class);
    private final Deserializer<Statement> deserializer = serde.deserializer();

    @Test
    void shouldRejectJsonBytesNamingTheMagicByte() {
        final byte[] json = "{\"statementId\":\"s1\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, json))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Cannot deserialize Statement from topic 'statements': "
                        + "not Confluent wire format: magic byte 0x7b (expected 0x00)");
    }

    @Test
    void shouldRejectWrongMagicByteAndEmptyPayload() {
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[] {1, 0, 0, 0, 1, 4}))
                .isInstanceOf(SerializationException.class).hasMessageEndingWith("magic byte 0x01 (expected 0x00)");
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[0]))
                .isInstanceOf(SerializationException.class).hasMessageEndingWith("empty payload");
    }

    @Test
    void shouldRejectUnknownSchemaId() {
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, WireFormat.frame(42, new byte[] {4, 0x73, 0x31})))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Cannot deserialize Statement from topic 'statements' (schema id 42): unknown schema id 42")
                .hasCauseInstanceOf(UnknownSchemaIdException.class);
    }

    @Test
    void shouldRejectWriterSchemaMissingARequiredReaderField() {
        final Schema writer = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Statement\","
                + "\"namespace\":\"io.crosscheck.avro\",\"fields\":[{\"name\":\"statementId\",\"type\":\"string\"},"
                + "{\"name\":\"issuer\",\"type\":\"string\"},{\"name\":\"publishedAt\",\"type\":\"long\"}]}");
        final int id = registry.register("legacy-value", writer);
        final GenericRecord record = new GenericData.Record(writer);
        record.put("statementId", "s1");
        record.put("issuer", "WH");
        record.put("publishedAt", 1000L);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, AvroBytes.framed(id, writer, record)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot deserialize Statement from topic 'statements' (schema id " + id
                        + "): writer schema cannot be resolved to the reader schema: ")
                .hasMessageContaining("text")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void shouldRejectTruncatedPayload() {
        final byte[] full = serde.serializer().serialize(TOPIC, TestStatements.full());
        final byte[] truncated = Arrays.copyOf(full, full.length - 10);
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot deserialize Statement from topic 'statements' (schema id 1): payload truncated");
        final byte[] headerOnly = Arrays.copyOf(full, WireFormat.HEADER_SIZE);
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, headerOnly))
                .isInstanceOf(SerializationException.class).hasMessageContaining("payload truncated: 0 Avro bytes");
    }

    @Test
    void shouldFailFastOnAHugeDeclaredStringLengthWithoutAllocatingIt() {
        registry.register("statements-value", Statement.getClassSchema());
        // statementId declared 1 GiB long: zig-zag(2^30) = 2^31 = varint 80 80 80 80 08
        final byte[] huge = WireFormat.frame(1, HexFormat.of().parseHex("8080808008" + "7331"));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> deserializer.deserialize(TOPIC, huge))
                        .isInstanceOf(SerializationException.class)
                        .hasMessageStartingWith("Cannot deserialize Statement from topic 'statements' (schema id 1): Avro limit exceeded: ")
                        .hasMessageContaining("String length 1073741824 exceeds maximum allowed"));
    }

    @Test
    void shouldFailFastOnADeclaredLengthBelowTheLimitButBeyondTheData() {
        registry.register("statements-value", Statement.getClassSchema());
        // 9 MiB declared, 2 bytes present: zig-zag(9437184) = 18874368 = varint 80 80 80 09
        final byte[] lying = WireFormat.frame(1, HexFormat.of().parseHex("80808009" + "7331"));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> deserializer.deserialize(TOPIC, lying))
                        .isInstanceOf(SerializationException.class)
                        .hasMessageContaining("(schema id 1): payload truncated"));
    }

    @Test
    void shouldFailFastOnAHugeDeclaredCollectionSize() {
        registry.register("statements-value", Statement.getClassSchema());
        // claims: union branch 1 (array), first block of 1 000 000 000 items: zig-zag = 2e9 = varint 80 a8 d6 b9 07
        final byte[] huge = WireFormat.frame(1, HexFormat.of().parseHex(TINY_FIELDS_BEFORE_SOURCE_URL + "00" + "02" + "80a8d6b907"));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> deserializer.deserialize(TOPIC, huge))
                        .isInstanceOf(SerializationException.class)
                        .hasMessageContaining("(schema id 1): Avro limit exceeded: "));
    }

    @Test
    void shouldRejectAnOutOfRangeUnionBranch() {
        registry.register("statements-value", Statement.getClassSchema());
        final byte[] corrupt = WireFormat.frame(1, HexFormat.of().parseHex(TINY_FIELDS_BEFORE_SOURCE_URL + "00" + "0a"));
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, corrupt))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot deserialize Statement from topic 'statements' (schema id 1): invalid Avro data: ");
    }

    @Test
    void shouldRejectAClaimWithAnEnumSymbolTheReaderDoesNotKnow() {
        final Schema writer = new Schema.Parser().parse(Statement.getClassSchema().toString()
                .replace("\"STATED\"]", "\"STATED\",\"WITHDRAWN\"]"));
        final int id = registry.register("newer-value", writer);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, AvroBytes.framed(id, writer, statementWithStatus(writer, "WITHDRAWN"))))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot deserialize Statement from topic 'statements' (schema id " + id + "): ")
                .hasMessageContaining("WITHDRAWN");
    }

    @Test
    void shouldStillReadRecordsOfThatWriterThatUseOnlyKnownSymbols() {
        final Schema writer = new Schema.Parser().parse(Statement.getClassSchema().toString()
                .replace("\"STATED\"]", "\"STATED\",\"WITHDRAWN\"]"));
        final int id = registry.register("newer-value", writer);

        final Statement read = deserializer.deserialize(TOPIC, AvroBytes.framed(id, writer, statementWithStatus(writer, "AGREED")));

        assertThat(read.getClaims()).singleElement()
                .satisfies(claim -> assertThat(claim.getStatus()).hasToString("AGREED"));
    }

    private static GenericRecord statementWithStatus(Schema statementSchema, String status) {
        final Schema claimSchema = statementSchema.getField("claims").schema().getTypes().get(1).getElementType();
        final GenericRecord claim = new GenericData.Record(claimSchema);
        claim.put("topic", "ceasefire");
        claim.put("action", "halt-strikes");
        claim.put("status", new GenericData.EnumSymbol(claimSchema.getField("status").schema(), status));
        claim.put("polarity", new GenericData.EnumSymbol(claimSchema.getField("polarity").schema(), "AFFIRMED"));
        claim.put("scope", List.of());
        claim.put("quantities", List.of());
        claim.put("evidence", "halt");
        claim.put("evidenceStart", -1);
        claim.put("salience", 0.5);
        final GenericRecord statement = new GenericData.Record(statementSchema);
        statement.put("statementId", "s1");
        statement.put("issuer", "WH");
        statement.put("publishedAt", 1000L);
        statement.put("language", "en");
        statement.put("text", "Hi");
        statement.put("claims", List.of(claim));
        return statement;
    }
}
