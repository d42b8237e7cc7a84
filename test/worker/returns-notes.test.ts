// Comments and follow-up flags on the values of a return, through the API against a real local
// D1: who may write them, that they stay with the version they were made on after an amendment,
// that flags open and close only by new notes, that every note is in the audit trail (without its
// text), that the database refuses to change or remove one, and the bilingual errors.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { call, client, expectError, json } from './helpers.ts';
import {
  admin,
  analyst,
  detail,
  insertKey,
  openPeriod,
  orgWithSubmitter,
  putDraft,
  review,
  submit,
  validValues,
} from './returns-helpers.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const P = '2025-26-q3';
const FIELD = 'referrals-received';
let adm: Awaited<ReturnType<typeof admin>>;
let ana: Awaited<ReturnType<typeof analyst>>;

beforeAll(async () => {
  adm = await admin();
  ana = await analyst();
  await openPeriod(adm, P);
});

type Caller = Parameters<typeof client>[0];
const note = (caller: Caller, orgId: string, body: { field: string; body: string; flag?: 'raise' | 'clear' }, periodId = P) =>
  client(caller).orgs[':orgId'].returns[':periodId'].notes.$post({ param: { orgId, periodId }, json: body });

describe('notes on values', () => {
  it('a submitter and a reviewer comment and flag; notes keep the version they were made on', async () => {
    const { orgId, caller: sub } = await orgWithSubmitter({ lang: 'cy' });
    await putDraft(sub, orgId, P, 0, validValues(20));
    // On the draft, before any version: version null, written as the organisation.
    const first = await note(sub, orgId, { field: FIELD, body: 'Mae hwn yn cynnwys atgyfeiriadau o’r clwstwr newydd.' });
    expect(first.status, await first.clone().text()).toBe(201);
    expect((await json(first)).note).toMatchObject({ field: FIELD, kind: 'comment', version: null, authorSide: 'organisation' });
    const flagged = await note(sub, orgId, { field: FIELD, body: 'Gwiriwch gyda’r tîm.', flag: 'raise' });
    expect((await json(flagged)).note).toMatchObject({ kind: 'flag', version: null });

    // Version 1; the reviewer comments on it and returns it.
    expect((await submit(sub, orgId, P, 1)).status).toBe(201);
    const onV1 = await json(await note(ana, orgId, { field: FIELD, body: 'Pam mae hwn wedi dyblu?' }));
    expect(onV1.note).toMatchObject({ version: 1, authorSide: 'national', kind: 'comment' });
    expect(onV1.note.author).toContain('analyst-');
    expect((await review(ana, orgId, P, 1, 'return', 'Gweler y sylw ar yr atgyfeiriadau.')).status).toBe(201);

    // An amendment: version 2. The note made on version 1 still says version 1; new ones say 2.
    await putDraft(sub, orgId, P, 1, validValues(21));
    expect((await submit(sub, orgId, P, 2)).status).toBe(201);
    const cleared = await json(await note(ana, orgId, { field: FIELD, body: 'Wedi’i gywiro: diolch.', flag: 'clear' }));
    expect(cleared.note).toMatchObject({ kind: 'unflag', version: 2 });

    const d = await detail(sub, orgId, P);
    expect(d.notes.map((n) => [n.kind, n.version, n.authorSide])).toEqual([
      ['comment', null, 'organisation'],
      ['flag', null, 'organisation'],
      ['comment', 1, 'national'],
      ['unflag', 2, 'national'],
    ]);
    expect(d.notes[2]!.id).toBe(onV1.note.id);
    expect(d.notes[2]!.body).toBe('Pam mae hwn wedi dyblu?');
    // The analyst reads it on the national side too (the same return detail).
    expect((await detail(ana, orgId, P)).notes).toHaveLength(4);

    // Every note is in the audit trail, with the field and version but not the text.
    const { results } = await env.DB.prepare(
      "SELECT a.action, a.after AS after_json, a.actor_user_id FROM audit_log a JOIN returns r ON r.id = a.entity_id WHERE r.org_id = ?1 AND a.action LIKE 'return.note.%' ORDER BY a.seq",
    )
      .bind(orgId)
      .all<{ action: string; after_json: string; actor_user_id: string }>();
    expect(results.map((r) => r.action)).toEqual(['return.note.comment', 'return.note.flag', 'return.note.comment', 'return.note.unflag']);
    expect(JSON.parse(results[2]!.after_json)).toMatchObject({ note: onV1.note.id, field: FIELD, version: 1 });
    for (const r of results) expect(r.after_json).not.toContain('dyblu');
    expect(results[0]!.actor_user_id).toBe(sub.session!.userId);
    expect(results[2]!.actor_user_id).toBe(ana.session!.userId);
  });

  it('flags open and close only once; the database refuses to change or remove a note', async () => {
    const { orgId, caller: sub } = await orgWithSubmitter();
    await putDraft(sub, orgId, P, 0, validValues(20));
    await expectError(await note(sub, orgId, { field: FIELD, body: 'Dim byd i’w glirio.', flag: 'clear' }), 409, 'flag-not-open');
    expect((await note(sub, orgId, { field: FIELD, body: 'I’w wirio.', flag: 'raise' })).status).toBe(201);
    await expectError(await note(ana, orgId, { field: FIELD, body: 'Eto.', flag: 'raise' }), 409, 'flag-open');
    // A flag on another field is its own.
    expect((await note(ana, orgId, { field: 'people-supported', body: 'Hwn hefyd.', flag: 'raise' })).status).toBe(201);
    expect((await note(ana, orgId, { field: FIELD, body: 'Wedi’i wirio.', flag: 'clear' })).status).toBe(201);
    expect((await note(sub, orgId, { field: FIELD, body: 'Eto, am chwarter arall.', flag: 'raise' })).status).toBe(201);
    const id = (await detail(sub, orgId, P)).notes[0]!.id;
    await expect(env.DB.prepare("UPDATE return_notes SET body = 'newid' WHERE id = ?1").bind(id).run()).rejects.toThrow(/immutable/);
    await expect(env.DB.prepare("UPDATE return_notes SET kind = 'comment' WHERE id = ?1").bind(id).run()).rejects.toThrow(/immutable/);
    await expect(env.DB.prepare('DELETE FROM return_notes WHERE id = ?1').bind(id).run()).rejects.toThrow(/immutable/);
  });

  it('refuses empty, too long and unknown-field notes with bilingual errors, changing nothing', async () => {
    const { orgId, caller: sub } = await orgWithSubmitter({ lang: 'cy' });
    await putDraft(sub, orgId, P, 0, validValues(20));
    const count = async () => (await detail(sub, orgId, P)).notes.length;
    const empty = await call('POST', `/api/orgs/${orgId}/returns/${P}/notes`, {
      caller: sub,
      body: { field: FIELD, body: '   ' },
    });
    const e1 = await expectError(empty, 400, 'validation');
    expect(e1.fields?.map((f) => f.field)).toEqual(['body']);
    const long = await call('POST', `/api/orgs/${orgId}/returns/${P}/notes`, {
      caller: sub,
      body: { field: FIELD, body: 'a'.repeat(2001) },
    });
    const e2 = await expectError(long, 400, 'validation');
    expect(e2.fields?.[0]?.message).toMatch(/2,?000/);
    const unknown = await call('POST', `/api/orgs/${orgId}/returns/${P}/notes`, {
      caller: sub,
      body: { field: 'no-such-field', body: 'Sylw.' },
    });
    const e3 = await expectError(unknown, 400, 'validation');
    // In the submitter's language (Welsh).
    expect(e3.fields).toEqual([{ field: 'field', message: "Dewiswch ffigur o'r ffurflen hon i roi sylw arno." }]);
    expect(await count()).toBe(0);
  });

  it('archived organisations and locked periods refuse notes; an API key cannot write one', async () => {
    const { orgId, caller: sub } = await orgWithSubmitter();
    await putDraft(sub, orgId, P, 0, validValues(20));
    // The organisation's own API key: a note needs a person as its author.
    const key = { apiKey: (await insertKey(orgId)).key };
    await expectError(await note(key, orgId, { field: FIELD, body: 'Sylw.' }), 403, 'forbidden');
    const L = '2024-25-q2';
    await openPeriod(adm, L);
    await putDraft(sub, orgId, L, 0, validValues(20));
    expect((await call('POST', `/api/periods/${L}/lock`, { caller: adm })).status).toBe(200);
    await expectError(await note(sub, orgId, { field: FIELD, body: 'Sylw.' }, L), 423, 'period-locked');
    expect((await call('POST', `/api/periods/${L}/unlock`, { caller: adm })).status).toBe(200);
    await env.DB.prepare('UPDATE organisations SET archived_at = 1 WHERE id = ?1').bind(orgId).run();
    await expectError(await note(sub, orgId, { field: FIELD, body: 'Sylw.' }), 409, 'org-archived');
    await expectError(await note(ana, orgId, { field: FIELD, body: 'Sylw.' }), 409, 'org-archived');
    expect((await detail(sub, orgId, P)).notes).toEqual([]);
  });
});
