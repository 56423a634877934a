// An outside client of a running Crosscheck, built only from Confluent's official JavaScript serde
// (@confluentinc/schemaregistry) and kafkajs. Used by OutsideClientsIT.
//
// Produces one Avro Statement (Confluent wire format, schema from the registry's latest version of
// <statementsTopic>-value) keyed by its statementId, then consumes <alertsTopic> from the beginning
// (read_committed) and decodes alerts until one names that statement; prints that alert as one JSON
// line and exits 0. Exits 1 if none arrives within <timeoutMs>.
//
// Usage: node outside-client.js <brokers> <registryUrl> <statementsTopic> <alertsTopic> <statementJsonFile> <timeoutMs>
'use strict';
const fs = require('fs');
const { Kafka, logLevel } = require('kafkajs');
const { SchemaRegistryClient, SerdeType, AvroSerializer, AvroDeserializer } = require('@confluentinc/schemaregistry');

async function main() {
  const [brokers, registryUrl, statementsTopic, alertsTopic, statementFile, timeoutMs] = process.argv.slice(2);
  if (!timeoutMs) {
    throw new Error('usage: outside-client.js <brokers> <registryUrl> <statementsTopic> <alertsTopic> <statementJsonFile> <timeoutMs>');
  }
  const registry = new SchemaRegistryClient({ baseURLs: [registryUrl], maxRetries: 0 });
  const serializer = new AvroSerializer(registry, SerdeType.VALUE, { autoRegisterSchemas: false, useLatestVersion: true });
  const deserializer = new AvroDeserializer(registry, SerdeType.VALUE, {});
  const kafka = new Kafka({ clientId: 'crosscheck-outside-client', brokers: brokers.split(','), logLevel: logLevel.ERROR });

  const statement = JSON.parse(fs.readFileSync(statementFile, 'utf8'));
  const producer = kafka.producer({ idempotent: true });
  await producer.connect();
  await producer.send({
    topic: statementsTopic,
    acks: -1,
    messages: [{
      key: statement.statementId,
      value: await serializer.serialize(statementsTopic, statement),
      timestamp: String(statement.publishedAt),
    }],
  });
  await producer.disconnect();

  const consumer = kafka.consumer({ groupId: `crosscheck-outside-client-${process.pid}-${Date.now()}` });
  await consumer.connect();
  await consumer.subscribe({ topic: alertsTopic, fromBeginning: true });
  const found = new Promise((resolve) => {
    consumer.run({
      eachMessage: async ({ message }) => {
        const alert = await deserializer.deserialize(alertsTopic, message.value);
        if (alert.statementIds.includes(statement.statementId)) {
          resolve(alert);
        }
      },
    });
  });
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`no alert naming ${statement.statementId} within ${timeoutMs} ms`)), Number(timeoutMs)));
  try {
    const alert = await Promise.race([found, timeout]);
    process.stdout.write(JSON.stringify(alert) + '\n');
  } finally {
    await consumer.disconnect();
  }
}

main().then(() => process.exit(0)).catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
