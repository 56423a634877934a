// Drives Confluent's official JavaScript schema registry client and Avro serde against a registry URL.
// Used by ConfluentJsClientIT to prove Crosscheck's wire format and REST API match Confluent's.
//
// Usage: node confluent-roundtrip.js <registryUrl> <topic> <schemaFile> <statementJsonFile> <hexWrittenByJava>
// Prints one JSON line: {registeredId, serializedHex, serializedByIdHex, decoded, echoHex}
'use strict';
const fs = require('fs');
const { SchemaRegistryClient, SerdeType, AvroSerializer, AvroDeserializer } = require('@confluentinc/schemaregistry');

async function main() {
  const [url, topic, schemaFile, statementFile, javaHex] = process.argv.slice(2);
  if (!javaHex) {
    throw new Error('usage: confluent-roundtrip.js <registryUrl> <topic> <schemaFile> <statementJsonFile> <hex>');
  }
  const client = new SchemaRegistryClient({ baseURLs: [url], maxRetries: 0 });
  const subject = `${topic}-value`;

  // (1) register the schema the Java serializer already registered: the registry must answer the same id
  const registeredId = await client.register(subject, { schemaType: 'AVRO', schema: fs.readFileSync(schemaFile, 'utf8') });

  // (2) serialize with the latest version of the subject, and again with an explicit schema id (lookup path)
  const statement = JSON.parse(fs.readFileSync(statementFile, 'utf8'));
  const latest = new AvroSerializer(client, SerdeType.VALUE, { autoRegisterSchemas: false, useLatestVersion: true });
  const byId = new AvroSerializer(client, SerdeType.VALUE, { autoRegisterSchemas: false, useSchemaId: registeredId });
  const serialized = await latest.serialize(topic, statement);
  const serializedById = await byId.serialize(topic, statement);

  // (3) decode the bytes written by Crosscheck's Java serializer, then write them back
  const deserializer = new AvroDeserializer(client, SerdeType.VALUE, {});
  const decoded = await deserializer.deserialize(topic, Buffer.from(javaHex, 'hex'));
  const echo = await latest.serialize(topic, decoded);

  process.stdout.write(JSON.stringify({
    registeredId,
    serializedHex: serialized.toString('hex'),
    serializedByIdHex: serializedById.toString('hex'),
    decoded,
    echoHex: echo.toString('hex'),
  }) + '\n');
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
