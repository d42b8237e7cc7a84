// CSV template and upload: Welsh and English headings, BOM, CRLF, missing and extra columns,
// non-numeric cells. Every problem by row and column in the caller's language; nothing saved
// from a rejected file.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Caller } from './helpers.ts';
import { addMember, call, expectError, rawJson, signIn } from './helpers.ts';
import { admin, base, type DraftAnswer, detail, fill, fullSnapshot, openPeriod, orgWithSubmitter, validValues } from './returns-helpers.ts';

// Long scenarios (many requests each): generous limits for a loaded machine running every project.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const P = '2025-26-q3';
let orgId: string;
let sub: Caller;

beforeAll(async () => {
  await openPeriod(await admin(), P);
  ({ orgId, caller: sub } = await orgWithSubmitter());
});

const upload = (text: string | Uint8Array, rev: number, opts: { lang?: 'cy' | 'en'; headers?: Record<string, string> } = {}) =>
  call('POST', `${base(orgId, P)}/csv${opts.lang ? `?lang=${opts.lang}` : ''}`, {
    caller: sub,
    raw: text,
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'X-Draft-Rev': String(rev), ...opts.headers },
  });

async function template(lang: 'cy' | 'en') {
  const res = await call('GET', `${base(orgId, P)}/template.csv?lang=${lang}`, { caller: sub });
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/);
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
}

/** Fill the value column of a template (value is the 3rd column: field,label,value,explanation). */

describe('CSV', () => {
  it('downloads a bilingual template with a BOM and CRLF, pre-filled with the draft', async () => {
    const cy = await template('cy');
    const en = await template('en');
    expect(cy.startsWith('\uFEFF')).toBe(true);
    expect(cy.split('\r\n')[0]).toBe('\uFEFFmaes,label,gwerth,esboniad');
    expect(en.split('\r\n')[0]).toMatch(/^\uFEFFfield,/);
    expect(cy).toContain('\r\nreferrals-received,');
  });

  it('imports a Welsh template and an English one, each saving into the draft', async () => {
    let d = await detail(sub, orgId, P);
    const uploadRes = await upload(fill(await template('cy'), validValues(40)), d.draft.rev);
    expect(uploadRes.status, await uploadRes.clone().text()).toBe(200);
    expect((await rawJson<DraftAnswer>(uploadRes)).issues.errors).toEqual([]);
    d = await detail(sub, orgId, P);
    expect(d.draft).toMatchObject({ source: 'csv', values: { 'referrals-received': 40 } });
    // The template now carries the draft; an English file with "1,234"-style figures works too.
    const en = await template('en');
    expect(en).toContain('\r\nreferrals-received,');
    const uploadRes2 = await upload(
      fill(en, { ...validValues(40), 'what-matters-conversations': '"1,234"' as unknown as string, 'referrals-received': 40 }),
      d.draft.rev,
    );
    expect(uploadRes2.status, await uploadRes2.clone().text()).toBe(200);
    d = await detail(sub, orgId, P);
    expect(d.draft.values['what-matters-conversations']).toBe(1234);
  });

  it('rejects a file with problems, listing each by row and column in the caller’s language, saving nothing', async () => {
    const d = await detail(sub, orgId, P);
    const before = await fullSnapshot();
    // Extra column, a non-numeric cell, an unknown field; LF-only line ends.
    const bad = [
      'field,label,value,explanation,colour',
      'referrals-received,Referrals,12,,blue',
      'what-matters-conversations,x,lots,,',
      'no-such-field,x,3,,',
    ].join('\n');
    const uploadRes = await upload(bad, d.draft.rev); // the submitter reads Welsh
    let body = await rawJson<DraftAnswer>(uploadRes.clone());
    await expectError(uploadRes, 422, 'csv-invalid');
    expect(body.error!.message).toMatch(/Ni chadwyd dim/);
    expect(body.problems).toEqual([
      { row: 1, column: 'colour', message: expect.stringContaining('Nid ydym yn adnabod') },
      { row: 3, column: 'value', message: expect.stringContaining('“lots”') },
      { row: 4, column: 'field', message: expect.stringContaining('no-such-field') },
    ]);
    // Missing value column with Welsh headings, from a colleague who reads English: English messages.
    const en = await signIn(`en-${crypto.randomUUID()}@example.cymru`, 'en');
    await addMember(en.userId, orgId);
    const res = await call('POST', `${base(orgId, P)}/csv`, {
      caller: { session: en },
      raw: '\uFEFFmaes,label\r\nreferrals-received,x\r\n',
      headers: { 'Content-Type': 'text/csv', 'X-Draft-Rev': String(d.draft.rev) },
    });
    body = await rawJson<DraftAnswer>(res.clone());
    await expectError(res, 422, 'csv-invalid');
    expect(body.error!.message).toMatch(/Nothing from it has been saved/);
    expect(body.problems).toEqual([{ row: 1, column: 'gwerth', message: expect.stringContaining('column is missing') }]);
    const before2 = await fullSnapshot(); // (signing in wrote rows)
    // Empty file, bad UTF-8.
    await expectError(await upload('', d.draft.rev), 422, 'csv-invalid');
    const uploadRes2 = await upload(new Uint8Array([0x66, 0x69, 0x65, 0x6c, 0x64, 0xff, 0x0d, 0x0a]), d.draft.rev);
    expect((await rawJson<DraftAnswer>(uploadRes2.clone())).problems).toEqual([
      { row: 1, column: '', message: expect.stringContaining('UTF-8') },
    ]);
    await expectError(uploadRes2, 422, 'csv-invalid');
    expect(await fullSnapshot()).toEqual(before2);
    for (const t of ['returns', 'return_versions', 'periods']) expect(before2[t]).toBe(before[t]);
    expect((await detail(sub, orgId, P)).draft).toEqual(d.draft);
  });

  it('refuses the wrong content type, a missing or stale X-Draft-Rev, and files over 256 kB', async () => {
    const d = await detail(sub, orgId, P);
    const before = await fullSnapshot();
    const good = fill(await template('en'), validValues(41));
    await expectError(await upload(good, d.draft.rev, { headers: { 'Content-Type': 'application/json' } }), 415);
    await expectError(
      await call('POST', `${base(orgId, P)}/csv`, { caller: sub, raw: good, headers: { 'Content-Type': 'text/csv' } }),
      400,
      'validation',
    );
    await expectError(await upload(good, d.draft.rev, { headers: { 'X-Draft-Rev': 'abc' } }), 400, 'validation');
    await expectError(await upload(good, d.draft.rev + 7), 409, 'draft-conflict');
    await expectError(await upload(good + 'x'.repeat(300 * 1024), d.draft.rev), 413, 'payload-too-large');
    expect(await fullSnapshot()).toEqual(before);
  });
});
