// The OpenAPI documents the Worker serves (generated from the contract's route definitions as
// the app registered them) validate against the OpenAPI 3.1 schema. Run in Node: the validator
// reads its JSON schemas from disk and compiles them, which workerd does not allow.
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { app } from '../../worker/src/index.ts';
import { openApiDocument } from '../../worker/src/lib/openapi.ts';

describe.each(['/api/v1', '/api'] as const)('the OpenAPI document of %s', (prefix) => {
  it('validates as OpenAPI 3.1', async () => {
    const doc = openApiDocument(app.openAPIRegistry, prefix, 'https://hwb.example.cymru');
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(doc)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    const operations = Object.values(doc.paths ?? {}).flatMap((item) => Object.keys(item));
    expect(operations.length).toBeGreaterThanOrEqual(prefix === '/api' ? 65 : 3);
  });
});
