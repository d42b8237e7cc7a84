// Issue 13.7: the CSV upload's wrong-content-type error names text/csv (in both languages),
// while JSON routes still name application/json.
import { beforeAll, describe, expect, it } from 'vitest';
import { call, expectError } from './helpers.ts';
import { admin, base, openPeriod, orgWithSubmitter } from './returns-helpers.ts';

const P = '2024-25-q3';
beforeAll(async () => openPeriod(await admin(), P));

describe('content types', () => {
  it('the CSV upload asks for text/csv, in Welsh and English', async () => {
    const { orgId, caller } = await orgWithSubmitter({ lang: 'en' });
    for (const [lang, word] of [
      ['en', 'must be sent as text/csv'],
      ['cy', 'fel text/csv'],
    ] as const) {
      const res = await call('POST', `${base(orgId, P)}/csv?lang=${lang}`, {
        caller,
        body: { values: {} },
        headers: { 'X-Draft-Rev': '0' },
      });
      const e = await expectError(res, 415, 'unsupported-media-type');
      expect(e.message).toContain(word);
      expect(e.message).not.toContain('application/json');
    }
  });

  it('a JSON route still asks for application/json', async () => {
    const { orgId, caller } = await orgWithSubmitter({ lang: 'en' });
    const res = await call('PUT', `${base(orgId, P)}/draft?lang=en`, { caller, raw: 'rev=0', headers: { 'Content-Type': 'text/csv' } });
    expect((await expectError(res, 415, 'unsupported-media-type')).message).toContain('application/json');
  });
});
