// Every shipped snapshot passes the committed JSON Schema, checked by an independent
// validator (Ajv), and the schema rejects what the Rust validator rejects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schema/snapshot-v1.schema.json', root)));
// Ajv as it comes (strict mode, no formats added), asked only to report every error.
const validate = new Ajv2020({ allErrors: true }).compile(schema);

const shipped = readdirSync(new URL('data/', root)).filter((name) => name.endsWith('.json'));

test('the schema compiles in Ajv with its defaults', () => {
  assert.doesNotThrow(() => new Ajv2020().compile(schema));
});

test('at least one snapshot is shipped', () => {
  assert.ok(shipped.length > 0);
});

for (const name of shipped) {
  test(`data/${name} matches the JSON Schema`, () => {
    const snapshot = JSON.parse(readFileSync(new URL(`data/${name}`, root)));
    assert.ok(validate(snapshot), JSON.stringify(validate.errors, null, 2));
  });
}

test('the schema rejects an unknown status and an impossible quarter', () => {
  const snapshot = JSON.parse(readFileSync(new URL('data/dsii.json', root)));
  snapshot.action_lines[0].status = 'doing';
  snapshot.milestones[0].date = '2025-Q5';
  assert.equal(validate(snapshot), false);
  const paths = validate.errors.map((error) => error.instancePath);
  assert.ok(paths.includes('/action_lines/0/status'), paths.join(', '));
  assert.ok(paths.includes('/milestones/0/date'), paths.join(', '));
});
