package io.crosscheck.serde;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireFormatTest {

    @Test
    void shouldWriteMagicByteAndBigEndianSchemaId() {
        assertThat(WireFormat.header(0x01020304)).containsExactly(0, 1, 2, 3, 4);
        assertThat(WireFormat.frame(7, new byte[] {9, 8})).containsExactly(0, 0, 0, 0, 7, 9, 8);
    }

    @Test
    void shouldReadSchemaIdFromFramedRecord() {
        assertThat(WireFormat.schemaId(WireFormat.frame(123_456, new byte[] {1}))).isEqualTo(123_456);
        assertThat(WireFormat.schemaId(WireFormat.header(1))).isEqualTo(1);
    }

    @Test
    void shouldRejectEmptyPayload() {
        assertThatThrownBy(() -> WireFormat.schemaId(new byte[0]))
                .isInstanceOf(WireFormat.MalformedPayloadException.class)
                .hasMessage("not Confluent wire format: empty payload");
    }

    @Test
    void shouldRejectPayloadShorterThanHeader() {
        assertThatThrownBy(() -> WireFormat.schemaId(new byte[] {0, 0, 1}))
                .isInstanceOf(WireFormat.MalformedPayloadException.class)
                .hasMessage("not Confluent wire format: 3 bytes, shorter than the 5-byte header");
    }

    @Test
    void shouldNameTheWrongMagicByteOfJsonInput() {
        final byte[] json = "{\"statementId\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WireFormat.schemaId(json))
                .isInstanceOf(WireFormat.MalformedPayloadException.class)
                .hasMessage("not Confluent wire format: magic byte 0x7b (expected 0x00)");
    }
}
