// Issue 13.3: erasing an account leaves no personal data behind, in ANY table, the append-only
// audit log included. The person does everything first: invited to an organisation and to a
// national role, signs in, names themself, saves and submits a return under their own name,
// self-assesses, contributes to the skills picture, shares with a supervisor, asks for more links,
// and is invited to act for community assets, joins one and publishes it on the register.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { draft } from './assessments-fixtures.ts';
import { createAsset, publish, submittedAssessment } from './assets-fixtures.ts';
import { call, client, freshIp, json, signIn } from './helpers.ts';
import { admin, analyst, openPeriod, putDraft, review, validValues } from './returns-helpers.ts';

const P = '2025-26-q4';
const EMAIL = 'gwenllian.erasmus-prawf@example.cymru';
const NAME = 'Gwenllian Erasmus-Prawf';

async function sha256(v: string) {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(v));
  return [...new Uint8Array(d)].map((x) => x.toString(16).padStart(2, '0')).join('');
}

/** Every table of the database, found at run time (D1's own internal tables cannot be read). */
async function everyTable(): Promise<string[]> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  ).all<{ name: string }>();
  return results.map((r) => r.name);
}

/** Tables (and the first matching row) whose text holds any of the needles, case-insensitively. */
async function findEverywhere(needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const t of await everyTable()) {
    const { results } = await env.DB.prepare(`SELECT * FROM "${t}"`).all();
    for (const row of results) {
      const text = JSON.stringify(row).toLowerCase();
      const hit = needles.find((n) => text.includes(n.toLowerCase()));
      if (hit) {
        found.push(`${t}: ${hit} in ${JSON.stringify(row).slice(0, 300)}`);
        break;
      }
    }
  }
  return found;
}

describe('erasing an account', () => {
  it('leaves neither the address nor the name in any table', { timeout: 60_000 }, async () => {
    const boss = await admin();
    const ana = await analyst();
    await openPeriod(boss, P);
    const org = await json(
      await client(boss).admin.organisations.$post({
        json: { nameCy: 'Cymdeithas Prawf', nameEn: 'Test Association', type: 'third-sector', healthBoard: 'cavuhb' },
      }),
    );
    const orgId = org.organisation.id as string;
    for (const body of [
      { email: EMAIL, role: 'submitter', orgId },
      { email: EMAIL, role: 'analyst' },
    ]) {
      expect((await call('POST', '/api/admin/invitations', { caller: boss, body })).status).toBe(201);
    }
    // A revoked invitation too.
    const spare = await json(await client(boss).admin.invitations.$post({ json: { email: EMAIL, role: 'admin' } }));
    expect((await call('DELETE', `/api/admin/invitations/${spare.invitation.id}`, { caller: boss })).status).toBe(200);

    // Invited to act for a community asset (accepted on sign-in), and to another, revoked.
    const keeper = { session: await signIn('ceidwad-asedau@example.cymru') };
    const assetA = await createAsset(keeper);
    const assetB = await createAsset(keeper, { nameCy: 'Ail Ased', nameEn: 'Second Asset' });
    expect((await call('POST', `/api/assets/${assetA}/invitations`, { caller: keeper, body: { email: EMAIL } })).status).toBe(201);
    const toRevoke = await call('POST', `/api/assets/${assetB}/invitations`, { caller: keeper, body: { email: EMAIL } });
    const revokedId = ((await toRevoke.json()) as { invitation: { id: string } }).invitation.id;
    expect((await call('DELETE', `/api/assets/${assetB}/invitations/${revokedId}`, { caller: keeper })).status).toBe(200);

    const session = await signIn(EMAIL, 'cy');
    const me = { session };
    // Now a member of asset A: self-assesses it and publishes it on the register.
    await publish(me, assetA, await submittedAssessment(me, assetA));
    expect((await call('PATCH', '/api/account', { caller: me, body: { name: NAME } })).status).toBe(200);
    const rev = (await json(await putDraft(me, orgId, P, 0, validValues(12)))).rev;
    const sub = await call('POST', `/api/orgs/${orgId}/returns/${P}/submit`, {
      caller: me,
      body: { rev, declaration: { name: NAME, confirmed: true } },
      headers: { 'Idempotency-Key': 'erasure-submit-1' },
    });
    expect(sub.status, await sub.clone().text()).toBe(201);
    expect((await review(ana, orgId, P, 1, 'return', 'Please check the age bands.')).status).toBe(201);
    // Comments on a figure: theirs (naming themselves) and the analyst's (naming them).
    for (const [by, body] of [
      [me, `Checked by ${NAME} (${EMAIL}).`],
      [ana, `Thanks ${NAME}: please flag it if it changes.`],
    ] as const) {
      const res = await call('POST', `/api/orgs/${orgId}/returns/${P}/notes`, { caller: by, body: { field: 'referrals-received', body } });
      expect(res.status, await res.clone().text()).toBe(201);
    }

    const a = await json(await client(me).assessments.$post({ json: { assessment: draft() } }));
    expect(
      (await call('POST', `/api/assessments/${a.id}/complete`, { caller: me, body: { contribute: true, healthBoard: 'cavuhb' } })).status,
    ).toBe(200);
    const share = await json(
      await client(me).assessments[':id'].shares.$post({
        param: { id: a.id },
        json: { expiresInDays: 7, supervisorName: 'Goruchwyliwr Prawf' },
      }),
    );
    expect(share.token).toBeTruthy();
    // More sign-in links (rate-limit windows are keyed by a hash of the address).
    expect((await call('POST', '/api/auth/request', { body: { email: EMAIL }, headers: { 'CF-Connecting-IP': freshIp() } })).status).toBe(
      202,
    );

    const needles = [EMAIL, NAME, await sha256(EMAIL), session.userId];
    expect((await findEverywhere([EMAIL, NAME])).length).toBeGreaterThan(0); // the search does find them before

    expect((await call('DELETE', '/api/account', { caller: me })).status).toBe(204);
    // The bare user id may stay as the actor of past actions, but nothing may tie it to the person.
    expect(await findEverywhere(needles.slice(0, 3))).toEqual([]);
    // and the tables that listed them by id hold nothing of theirs
    for (const [t, col] of [
      ['users', 'id'],
      ['sessions', 'user_id'],
      ['memberships', 'user_id'],
      ['assessments', 'user_id'],
      ['asset_members', 'user_id'],
    ] as const) {
      expect(await env.DB.prepare(`SELECT COUNT(*) n FROM ${t} WHERE ${col} = ?1`).bind(session.userId).first('n')).toBe(0);
    }
    // The comments stay (with the bare id as author), their text redacted.
    const notes = await env.DB.prepare(
      'SELECT body, redacted, author_id FROM return_notes WHERE return_id IN (SELECT id FROM returns WHERE org_id = ?1) ORDER BY created_at',
    )
      .bind(orgId)
      .all<{ body: string; redacted: number; author_id: string }>();
    expect(notes.results.map((n) => [n.body, n.redacted])).toEqual([
      ['Checked by […] ([…]).', 1],
      ['Thanks […]: please flag it if it changes.', 1],
    ]);
    expect(notes.results[0]!.author_id).toBe(session.userId);
    // The return keeps its version (immutable), with the declaration redacted.
    const v = await env.DB.prepare('SELECT declaration_name FROM return_versions WHERE submitted_by_user_id = ?1')
      .bind(session.userId)
      .first<{ declaration_name: string }>();
    expect(v).not.toBeNull();
    expect(v!.declaration_name).not.toContain('Gwenllian');
  });
});

describe('migration 0005 on existing data', () => {
  it('removes addresses and declaration names from audit entries already written, and records that it did', async () => {
    const legacy = [
      ['invitation.create', 'invitation', null, { id: 'i1', email: 'old-invitee@example.cymru', role: 'analyst' }],
      [
        'invitation.accept',
        'invitation',
        { id: 'i1', email: 'old-invitee@example.cymru' },
        { id: 'i1', email: 'old-invitee@example.cymru' },
      ],
      ['return.submit', 'return', null, { version: 1, declarationName: 'Hen Enw Datganiad', rev: 2 }],
    ] as const;
    for (const [action, type, before, after] of legacy)
      await env.DB.prepare(
        "INSERT INTO audit_log (at, action, entity_type, entity_id, before, after, request_id) VALUES (1, ?1, ?2, 'legacy', ?3, ?4, 'legacy')",
      )
        .bind(action, type, before && JSON.stringify(before), JSON.stringify(after))
        .run();
    // Run the redaction part of migration 0005 again, as it runs on a database that has such rows.
    const m = env.TEST_MIGRATIONS.find((x) => x.name.startsWith('0005_'))!;
    const from = m.queries.findIndex((q) => q.includes('DROP TRIGGER `audit_log_no_update`'));
    expect(from).toBeGreaterThan(0);
    for (const q of m.queries.slice(from)) await env.DB.prepare(q).run();
    expect(await findEverywhere(['old-invitee@example.cymru', 'Hen Enw Datganiad'])).toEqual([]);
    const rows = await env.DB.prepare(
      "SELECT action, after FROM audit_log WHERE entity_id IN ('legacy', 'migration-0005') ORDER BY seq",
    ).all<{
      action: string;
      after: string;
    }>();
    expect(rows.results.map((r) => r.action)).toEqual(['invitation.create', 'invitation.accept', 'return.submit', 'audit_log.redact']);
    expect(JSON.parse(rows.results[2]!.after)).toEqual({ version: 1, rev: 2 });
    // and the log is append-only again
    await expect(env.DB.prepare("UPDATE audit_log SET action = 'x' WHERE entity_id = 'legacy'").run()).rejects.toThrow(/append-only/);
  });
});
