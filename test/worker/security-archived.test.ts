// Issue 13.2: an archived organisation is read-only everywhere (drafts, CSV, submit, API keys,
// the machine API, reviews, memberships, invitations, the organisation itself), with a clear
// bilingual error, and the database refuses such writes too; reads still work.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, call, client, expectError, json } from './helpers.ts';
import {
  admin,
  analyst,
  base,
  fullSnapshot,
  insertKey,
  openPeriod,
  orgWithSubmitter,
  putDraft,
  review,
  submit,
  validValues,
} from './returns-helpers.ts';

const P = '2025-26-q3';
let boss: Awaited<ReturnType<typeof admin>>;
async function insertUserRow(email: string) {
  const id = crypto.randomUUID();
  await env.DB.prepare("INSERT INTO users (id, email, lang, created_at) VALUES (?1, ?2, 'en', 0)").bind(id, email).run();
  return id;
}
beforeAll(async () => {
  boss = await admin();
  await openPeriod(boss, P);
});

describe('an archived organisation is read-only', () => {
  it('refuses every write with org-archived, changes nothing, and still answers reads', { timeout: 60_000 }, async () => {
    const { orgId, caller } = await orgWithSubmitter({ lang: 'en' });
    const ana = await analyst();
    const rev = (await json(await putDraft(caller, orgId, P, 0, validValues(20)))).rev;
    expect((await submit(caller, orgId, P, rev)).status).toBe(201);
    const { id: keyId, key } = await insertKey(orgId);
    const archived = await call('DELETE', `/api/admin/organisations/${orgId}`, { caller: boss });
    expect(archived.status).toBe(200);
    // A key that escaped the revocation (say, restored by hand): the organisation still refuses it.
    await env.DB.prepare('UPDATE api_keys SET revoked_at = NULL WHERE id = ?1').bind(keyId).run();
    const before = await fullSnapshot();

    const refused: [string, Promise<Response | Answer>][] = [
      ['draft', putDraft(caller, orgId, P, rev, validValues(21))],
      [
        'csv',
        call('POST', `${base(orgId, P)}/csv`, {
          caller,
          raw: 'field,value\r\n',
          headers: { 'Content-Type': 'text/csv', 'X-Draft-Rev': String(rev) },
        }),
      ],
      ['submit', submit(caller, orgId, P, rev)],
      [
        'machine draft',
        call('PUT', `/api/v1/returns/${P}/draft?lang=en`, { caller: { apiKey: key }, body: { rev, values: validValues(22) } }),
      ],
      ['review', review(ana, orgId, P, 1, 'accept')],
      ['api key', call('POST', `/api/admin/organisations/${orgId}/api-keys`, { caller: boss, body: { name: 'CMS' } })],
      [
        'invitation',
        call('POST', '/api/admin/invitations', { caller: boss, body: { email: 'new@example.cymru', role: 'submitter', orgId } }),
      ],
      ['edit', call('PATCH', `/api/admin/organisations/${orgId}`, { caller: boss, body: { nameEn: 'Renamed' } })],
      ['member removal', call('DELETE', `/api/admin/organisations/${orgId}/members/${caller.session!.userId}`, { caller: boss })],
    ];
    for (const [what, res] of refused) {
      const e = await expectError(await res, 409, 'org-archived');
      expect(e.message, what).toMatch(/archived/);
    }
    const cy = await call('PUT', `${base(orgId, P)}/draft?lang=cy`, { caller, body: { rev, values: validValues(23) } });
    expect((await expectError(cy, 409, 'org-archived')).message).toMatch(/archifo/);
    expect(await fullSnapshot()).toEqual(before);

    // Reads still work for members and the national team.
    expect((await call('GET', base(orgId, P), { caller })).status).toBe(200);
    expect((await call('GET', base(orgId, P), { caller: ana })).status).toBe(200);
    // and national views leave it out
    const national = await json(await client(ana).national.returns.$get({ query: { period: P } }));
    expect(national.returns.some((r: { org: { id: string } }) => r.org.id === orgId)).toBe(false);
  });

  it('is enforced by the database for returns, versions, reviews, keys, memberships and invitations', async () => {
    const { orgId, caller } = await orgWithSubmitter({ lang: 'en' });
    const rev = (await json(await putDraft(caller, orgId, P, 0, validValues(20)))).rev;
    expect((await submit(caller, orgId, P, rev)).status).toBe(201);
    const ret = await env.DB.prepare('SELECT * FROM returns WHERE org_id = ?1').bind(orgId).first<Record<string, unknown>>();
    const ver = await env.DB.prepare('SELECT * FROM return_versions WHERE return_id = ?1').bind(ret!.id).first<Record<string, unknown>>();
    await env.DB.prepare('UPDATE organisations SET archived_at = 1 WHERE id = ?1').bind(orgId).run();
    const user = await insertUserRow(`db-archived-${crypto.randomUUID()}@example.cymru`);
    const attempts = [
      env.DB.prepare('UPDATE returns SET draft_rev = draft_rev + 1 WHERE id = ?1').bind(ret!.id),
      env.DB.prepare(
        `INSERT INTO return_versions (id, return_id, version, reference, "values", explanations, dataset_version, via,
           declaration_name, idempotency_key, created_at)
         VALUES (?1, ?2, 2, ?3, '{}', '{}', ?4, 'web', 'Enw', ?5, 0)`,
      ).bind(crypto.randomUUID(), ret!.id, `REF-${crypto.randomUUID()}`, ret!.dataset_version, `k-${crypto.randomUUID()}`),
      env.DB.prepare(
        "INSERT INTO return_reviews (id, version_id, decision, reviewer_id, created_at) VALUES (?1, ?2, 'accepted', 'someone', 0)",
      ).bind(crypto.randomUUID(), ver!.id),
      env.DB.prepare(
        "INSERT INTO api_keys (id, org_id, name, prefix, key_hash, created_by, created_at) VALUES (?1, ?2, 'k', 'sph_', ?3, 'x', 0)",
      ).bind(crypto.randomUUID(), orgId, crypto.randomUUID()),
      env.DB.prepare("INSERT INTO memberships (user_id, org_id, role, created_at) VALUES (?1, ?2, 'submitter', 0)").bind(user, orgId),
      env.DB.prepare(
        "INSERT INTO invitations (id, email, org_id, role, invited_by, created_at, expires_at) VALUES (?1, 'x@example.cymru', ?2, 'submitter', 'x', 0, 1)",
      ).bind(crypto.randomUUID(), orgId),
      env.DB.prepare("UPDATE organisations SET name_en = 'Renamed' WHERE id = ?1").bind(orgId),
    ];
    for (const stmt of attempts) await expect(stmt.run()).rejects.toThrow(/org-archived/);
  });
});
