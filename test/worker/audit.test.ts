// Every write leaves an audit row (same batch as the change); the audit log cannot be
// changed through the API (there is no route) nor in SQL (triggers).
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Answer,
  call,
  client,
  expectError,
  json,
  latestMail,
  makeOrg,
  type Session,
  setRole,
  signIn,
  tokenFrom,
  verify,
} from './helpers.ts';

type Row = {
  seq: number;
  action: string;
  entity_type: string;
  entity_id: string;
  actor_user_id: string | null;
  actor_api_key_id: string | null;
  before: string | null;
  after: string | null;
  request_id: string;
};
async function rowsAfter(seq: number): Promise<Row[]> {
  return (await env.DB.prepare('SELECT * FROM audit_log WHERE seq > ?1 ORDER BY seq').bind(seq).all<Row>()).results;
}
async function maxSeq(): Promise<number> {
  return (await env.DB.prepare('SELECT COALESCE(MAX(seq), 0) AS m FROM audit_log').first<{ m: number }>())!.m;
}
/** Runs a write and returns the audit rows it added, checking they carry its request id. */
async function audited(run: () => Promise<Answer>, status: number): Promise<Row[]> {
  const seq = await maxSeq();
  const res = await run();
  expect(res.status, await res.clone().text()).toBe(status);
  const rows = await rowsAfter(seq);
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) expect(r.request_id).toBe(res.headers.get('X-Request-Id'));
  return rows;
}

const ORG = '00000000-0000-4000-8000-0000000000d1';
let admin: Session;
beforeAll(async () => {
  admin = await signIn('audit-admin@example.cymru');
  await setRole(admin.userId, 'admin');
  await makeOrg(ORG, 'Audited Org');
});

describe('audit log', () => {
  it('records sign-in: link request, account creation, session; and sign-outs', async () => {
    let rows = await audited(() => client().auth.request.$post({ json: { email: 'new-person@example.cymru' } }), 202);
    expect(rows.map((r) => r.action)).toEqual(['login-token.create']);
    const token = tokenFrom((await latestMail('new-person@example.cymru'))!.text);
    rows = await audited(() => verify(token), 200);
    expect(rows.map((r) => r.action)).toEqual(['user.create', 'session.create']);
    expect(rows[0]!.actor_user_id).toBe(rows[0]!.entity_id);
    expect(JSON.stringify(rows)).not.toContain('new-person@example.cymru');
    const s = await signIn('new-person@example.cymru');
    rows = await audited(() => client({ session: s }).auth['sign-out'].$post(), 200);
    expect(rows.map((r) => [r.action, r.actor_user_id])).toEqual([['session.delete', s.userId]]);
    const s2 = await signIn('new-person@example.cymru');
    rows = await audited(() => client({ session: s2 }).auth['sign-out-everywhere'].$post(), 200);
    expect(rows.map((r) => r.action)).toEqual(['session.delete-all']);
  });

  it('records account changes with before and after', async () => {
    const s = await signIn('acct@example.cymru');
    const rows = await audited(() => client({ session: s }).account.$patch({ json: { name: 'Siân', lang: 'en' } }), 200);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'user.update', entity_type: 'user', entity_id: s.userId, actor_user_id: s.userId });
    // What changed, never the name itself: the log is append-only and must survive erasure.
    expect(JSON.parse(rows[0]!.before!)).toEqual({ lang: 'cy' });
    expect(JSON.parse(rows[0]!.after!)).toEqual({ lang: 'en', nameChanged: true });
    expect(rows[0]!.after).not.toContain('Siân');
  });

  it('records every admin change, and an invitation accepted by signing in', async () => {
    const caller = { session: admin };
    let rows = await audited(
      () =>
        client(caller).admin.organisations.$post({
          json: {
            nameCy: 'Cymdeithas Prawf',
            nameEn: 'Test Association',
            type: 'third-sector',
            healthBoard: 'sbuhb',
            localAuthority: 'swansea',
          },
        }),
      201,
    );
    expect(rows.map((r) => r.action)).toEqual(['organisation.create']);
    const orgId = rows[0]!.entity_id;
    expect(JSON.parse(rows[0]!.after!)).toMatchObject({ nameCy: 'Cymdeithas Prawf', region: 'west-glamorgan' });
    rows = await audited(
      () => client(caller).admin.organisations[':orgId'].$patch({ param: { orgId: orgId }, json: { nameEn: 'Renamed Association' } }),
      200,
    );
    expect(rows.map((r) => r.action)).toEqual(['organisation.update']);
    expect(JSON.parse(rows[0]!.before!).nameEn).toBe('Test Association');
    expect(JSON.parse(rows[0]!.after!).nameEn).toBe('Renamed Association');

    rows = await audited(
      () => client(caller).admin.invitations.$post({ json: { email: 'invitee@example.cymru', role: 'submitter', orgId, lang: 'en' } }),
      201,
    );
    expect(rows.map((r) => r.action)).toEqual(['invitation.create']);
    const mail = (await latestMail('invitee@example.cymru'))!;
    expect(mail.text).toContain('Renamed Association');
    expect(mail.text).toContain('http://127.0.0.1:8787/en/sign-in/');
    const invitee = await signIn('invitee@example.cymru');
    const acceptRows = (
      await env.DB.prepare("SELECT action FROM audit_log WHERE action IN ('invitation.accept','membership.create') AND actor_user_id = ?1")
        .bind(invitee.userId)
        .all()
    ).results;
    expect(acceptRows.map((r) => r.action)).toEqual(['invitation.accept', 'membership.create']);
    expect((await json(await client({ session: invitee }).auth.me.$get())).user!.orgIds).toEqual([orgId]);

    rows = await audited(
      () => client(caller).admin.users[':userId'].role.$put({ param: { userId: invitee.userId }, json: { nationalRole: 'analyst' } }),
      200,
    );
    expect(rows.map((r) => [r.action, r.before, r.after])).toEqual([['user.role', '{"nationalRole":null}', '{"nationalRole":"analyst"}']]);

    rows = await audited(
      () => client(caller).admin.organisations[':orgId']['api-keys'].$post({ param: { orgId: orgId }, json: { name: 'CRM' } }),
      201,
    );
    expect(rows.map((r) => r.action)).toEqual(['api-key.create']);
    expect(rows[0]!.after).not.toContain('keyHash');
    const keyId = rows[0]!.entity_id;
    rows = await audited(
      () => client(caller).admin.organisations[':orgId']['api-keys'][':keyId'].$delete({ param: { orgId: orgId, keyId: keyId } }),
      200,
    );
    expect(rows.map((r) => r.action)).toEqual(['api-key.revoke']);

    rows = await audited(() => client(caller).admin.invitations.$post({ json: { email: 'later@example.cymru', role: 'analyst' } }), 201);
    rows = await audited(() => client(caller).admin.invitations[':id'].$delete({ param: { id: rows[0]!.entity_id } }), 200);
    expect(rows.map((r) => r.action)).toEqual(['invitation.revoke']);

    rows = await audited(
      () => client(caller).admin.organisations[':orgId'].members[':userId'].$delete({ param: { orgId: orgId, userId: invitee.userId } }),
      204,
    );
    expect(rows.map((r) => r.action)).toEqual(['membership.delete']);
    rows = await audited(() => client(caller).admin.organisations[':orgId'].$delete({ param: { orgId: orgId } }), 200);
    expect(rows.map((r) => r.action)).toEqual(['organisation.archive']);
    for (const r of rows) expect(r.actor_user_id).toBe(admin.userId);
  });

  it('has no route that changes or deletes it', async () => {
    const before = await maxSeq();
    const count = async () => (await env.DB.prepare('SELECT COUNT(*) n, group_concat(action) a FROM audit_log').first())!;
    const snap = await count();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      for (const path of ['/api/admin/audit', `/api/admin/audit/${before}`, '/api/audit', `/api/audit/${before}`])
        await expectError(
          await call(method, path, { caller: { session: admin }, body: method === 'DELETE' ? undefined : { action: 'x' } }),
          404,
          'not-found',
        );
    expect(await count()).toEqual(snap);
    const list = await json(await client({ session: admin }).admin.audit.$get({ query: {} }));
    expect(list.entries.length).toBeGreaterThan(5);
  });

  it('refuses UPDATE and DELETE in SQL (triggers)', async () => {
    const seq = await maxSeq();
    await expect(env.DB.prepare("UPDATE audit_log SET action = 'forged' WHERE seq = ?1").bind(seq).run()).rejects.toThrow(/append-only/);
    await expect(env.DB.prepare('DELETE FROM audit_log WHERE seq = ?1').bind(seq).run()).rejects.toThrow(/append-only/);
    await expect(env.DB.prepare('DELETE FROM audit_log').run()).rejects.toThrow(/append-only/);
    expect(await maxSeq()).toBe(seq);
    expect(await env.DB.prepare("SELECT COUNT(*) n FROM audit_log WHERE action = 'forged'").first('n')).toBe(0);
  });

  it('never keeps a change without its audit row, nor an audit row without its change (one batch)', async () => {
    const seq = await maxSeq();
    const orgs = await env.DB.prepare('SELECT COUNT(*) n FROM organisations').first('n');
    // The second statement fails (duplicate primary key): the whole batch must roll back.
    await expect(
      env.DB.batch([
        env.DB.prepare(
          "INSERT INTO audit_log (at, action, entity_type, entity_id, request_id) VALUES (1, 'organisation.create', 'organisation', ?1, 'r')",
        ).bind(ORG),
        env.DB.prepare(
          "INSERT INTO organisations (id, name_cy, name_en, type, health_board, region, clusters, created_at, updated_at) VALUES (?1, 'a', 'b', 'other', 'pthb', 'powys', '[]', 1, 1)",
        ).bind(ORG),
      ]),
    ).rejects.toThrow();
    expect(await maxSeq()).toBe(seq);
    expect(await env.DB.prepare('SELECT COUNT(*) n FROM organisations').first('n')).toBe(orgs);
  });
});
