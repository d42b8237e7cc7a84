// Issue 13.6: nobody reviews their own work. A national analyst who submitted a return, or who
// is a member of the organisation, cannot review it; the database refuses it as well.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { draft } from './assessments-fixtures.ts';
import { addMember, call, client, expectError, json, setRole, signIn } from './helpers.ts';
import { admin, analyst, openPeriod, orgWithSubmitter, putDraft, review, submit, validValues } from './returns-helpers.ts';

const P = '2024-25-q4';
let boss: Awaited<ReturnType<typeof admin>>;
beforeAll(async () => {
  boss = await admin();
  await openPeriod(boss, P);
});

describe('reviewing a return', () => {
  it('refuses an analyst who submitted it (bilingual), and lets another analyst review', async () => {
    const { orgId, caller } = await orgWithSubmitter({ lang: 'en' });
    await setRole(caller.session!.userId, 'analyst');
    const rev = (await json(await putDraft(caller, orgId, P, 0, validValues(20)))).rev;
    expect((await submit(caller, orgId, P, rev)).status).toBe(201);
    const e = await expectError(await review(caller, orgId, P, 1, 'accept'), 403, 'own-return');
    expect(e.message).toMatch(/your own|submitted/i);
    const cy = await call('POST', `/api/national/returns/${orgId}/${P}/review?lang=cy`, {
      caller,
      body: { version: 1, decision: 'accept' },
    });
    expect((await expectError(cy, 403, 'own-return')).message).toMatch(/eich hun/);
    // Still refused after leaving the organisation: they submitted it.
    await env.DB.prepare('DELETE FROM memberships WHERE user_id = ?1').bind(caller.session!.userId).run();
    await expectError(await review(caller, orgId, P, 1, 'return', 'Looks wrong'), 403, 'own-return');
    expect((await review(await analyst(), orgId, P, 1, 'accept')).status).toBe(201);
  });

  it('refuses an analyst (or admin) who is a member of the organisation', async () => {
    const { orgId, caller } = await orgWithSubmitter({ lang: 'en' });
    const rev = (await json(await putDraft(caller, orgId, P, 0, validValues(20)))).rev;
    expect((await submit(caller, orgId, P, rev)).status).toBe(201);
    const colleague = await analyst();
    await addMember(colleague.session!.userId, orgId);
    await expectError(await review(colleague, orgId, P, 1, 'accept'), 403, 'own-return');
    const chief = await admin();
    await addMember(chief.session!.userId, orgId);
    await expectError(await review(chief, orgId, P, 1, 'accept'), 403, 'own-return');
    expect(
      await env.DB.prepare(
        'SELECT COUNT(*) n FROM return_reviews r JOIN return_versions v ON v.id = r.version_id JOIN returns t ON t.id = v.return_id WHERE t.org_id = ?1',
      )
        .bind(orgId)
        .first('n'),
    ).toBe(0);
  });

  it('is enforced by the database', async () => {
    const { orgId, caller } = await orgWithSubmitter({ lang: 'en' });
    const rev = (await json(await putDraft(caller, orgId, P, 0, validValues(20)))).rev;
    expect((await submit(caller, orgId, P, rev)).status).toBe(201);
    const v = await env.DB.prepare('SELECT v.id FROM return_versions v JOIN returns r ON r.id = v.return_id WHERE r.org_id = ?1')
      .bind(orgId)
      .first<{ id: string }>();
    const insert = (reviewer: string) =>
      env.DB.prepare("INSERT INTO return_reviews (id, version_id, decision, reviewer_id, created_at) VALUES (?1, ?2, 'accepted', ?3, 0)")
        .bind(crypto.randomUUID(), v!.id, reviewer)
        .run();
    await expect(insert(caller.session!.userId)).rejects.toThrow(/own-return/);
    const outsider = await analyst();
    await expect(insert(outsider.session!.userId)).resolves.toBeTruthy();
  });
});

describe('the same kind: a supervisor’s view', () => {
  it('cannot be written by the practitioner through their own share link (they may still open it)', async () => {
    const me = { session: await signIn(`own-share-${crypto.randomUUID()}@example.cymru`) };
    const a = await json(await client(me).assessments.$post({ json: { assessment: draft() } }));
    const { token } = await json(await client(me).assessments[':id'].shares.$post({ param: { id: a.id }, json: { expiresInDays: 3 } }));
    const headers = { 'X-Share-Token': token };
    expect((await call('GET', '/api/share', { caller: me, headers })).status).toBe(200);
    await expectError(await call('PUT', '/api/share/view', { caller: me, headers, body: { ratings: {} } }), 403, 'forbidden');
    expect((await call('PUT', '/api/share/view', { headers, body: { ratings: {} } })).status).toBe(200);
  });
});
