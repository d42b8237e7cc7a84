// Saving, listing, reading, concurrency, completing, deleting and sharing self-assessments,
// against the real local D1.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { comps, draft } from './assessments-fixtures.ts';
import { call, client, expectError, json, type Session, signIn } from './helpers.ts';

let me: Session;
let other: Session;
beforeAll(async () => {
  me = await signIn('ymarferydd-api@example.cymru');
  other = await signIn('rhywun-arall@example.cymru');
});
const as = (session: Session) => ({ session });
async function create(session = me, a = draft()) {
  const res = await client(as(session)).assessments.$post({ json: { assessment: a } });
  expect(res.status, await res.clone().text()).toBe(201);
  return json(res);
}

describe('saving and listing', () => {
  it('creates from a browser draft, keeps its framework version, and lists it with progress', async () => {
    const a = draft(10);
    const saved = await create(me, a);
    expect(saved).toMatchObject({ frameworkVersion: '1.0', status: 'draft', rev: 1, answered: 10, total: comps.length });
    expect(saved.id).not.toBe(a.id); // the server names it
    expect(saved.assessment.answers).toEqual(a.answers);
    const list = await json(await client(as(me)).assessments.$get());
    expect(list.assessments.find((x) => x.id === saved.id)).toMatchObject({ answered: 10, frameworkVersion: '1.0', status: 'draft' });
    expect(list.assessments[0]).not.toHaveProperty('assessment');
    const one = await json(await client(as(me)).assessments[':id'].$get({ param: { id: saved.id } }));
    expect(one.assessment.plan).toEqual(a.plan);
    expect(one.shares).toEqual([]);
  });

  it('refuses drafts that do not fit their framework version, or name an unknown one', async () => {
    const bad = draft();
    bad.answers[comps[0]!.id] = { held: 9 };
    const e = await expectError(await client(as(me)).assessments.$post({ json: { assessment: bad } }), 400, 'validation');
    expect(e.fields?.[0]?.field).toBe('assessment');
    await expectError(
      await client(as(me)).assessments.$post({ json: { assessment: { ...draft(), frameworkVersion: '0.1' } } }),
      400,
      'validation',
    );
    await expectError(
      await client(as(me)).assessments.$post({ json: { assessment: { ...draft(), answers: { 'no-such-competency': { held: 1 } } } } }),
      400,
      'validation',
    );
  });

  it('old framework versions stay readable: a stored record is read against its own version', async () => {
    const saved = await create();
    const one = await json(await client(as(me)).assessments[':id'].$get({ param: { id: saved.id } }));
    expect(one.frameworkVersion).toBe(one.assessment.frameworkVersion);
  });
});

describe('optimistic concurrency', () => {
  it('saves with the current rev, and of two saves from the same rev exactly one gets 409', async () => {
    const saved = await create();
    const next = draft(5);
    const ok = await client(as(me)).assessments[':id'].$put({ param: { id: saved.id }, json: { rev: 1, assessment: next } });
    expect(ok.status).toBe(200);
    expect((await json(ok)).rev).toBe(2);
    const auditBefore = (await env.DB.prepare("SELECT COUNT(*) n FROM audit_log WHERE action = 'assessment.update' AND entity_id = ?1")
      .bind(saved.id)
      .first<{ n: number }>())!.n;
    const [x, y] = await Promise.all([
      client(as(me)).assessments[':id'].$put({ param: { id: saved.id }, json: { rev: 2, assessment: draft(6) } }),
      client(as(me)).assessments[':id'].$put({ param: { id: saved.id }, json: { rev: 2, assessment: draft(7) } }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    await expectError(x.status === 409 ? x : y, 409, 'conflict');
    const winner = await json(x.status === 200 ? x : y);
    const row = await env.DB.prepare('SELECT rev, answered FROM assessments WHERE id = ?1')
      .bind(saved.id)
      .first<{ rev: number; answered: number }>();
    expect(row).toEqual({ rev: 3, answered: winner.answered }); // the loser changed nothing
    const auditAfter = (await env.DB.prepare("SELECT COUNT(*) n FROM audit_log WHERE action = 'assessment.update' AND entity_id = ?1")
      .bind(saved.id)
      .first<{ n: number }>())!.n;
    expect(auditAfter - auditBefore).toBe(1);
    // a stale rev is refused, never silently written over
    await expectError(
      await client(as(me)).assessments[':id'].$put({ param: { id: saved.id }, json: { rev: 1, assessment: draft(1) } }),
      409,
      'conflict',
    );
    expect(
      (await env.DB.prepare('SELECT answered FROM assessments WHERE id = ?1').bind(saved.id).first<{ answered: number }>())!.answered,
    ).toBe(winner.answered);
  });
});

describe('completing and deleting', () => {
  it('completes without adding anything to the national picture unless the person consents', async () => {
    const before = (await env.DB.prepare('SELECT COALESCE(SUM(count),0) n FROM skills_contributions').first<{ n: number }>())!.n;
    const a = await create();
    const done = await json(await client(as(me)).assessments[':id'].complete.$post({ param: { id: a.id }, json: {} }));
    expect(done).toMatchObject({ status: 'complete', contributed: false, rev: 2 });
    expect((await env.DB.prepare('SELECT COALESCE(SUM(count),0) n FROM skills_contributions').first<{ n: number }>())!.n).toBe(before);

    const b = await create(me, draft(6));
    const res = await client(as(me)).assessments[':id'].complete.$post({
      param: { id: b.id },
      json: { contribute: true, healthBoard: 'hduhb', setting: 'housing' },
    });
    expect((await json(res)).contributed).toBe(true);
    expect((await env.DB.prepare('SELECT COALESCE(SUM(count),0) n FROM skills_contributions').first<{ n: number }>())!.n).toBe(before + 6);
    // only once per assessment
    await client(as(me)).assessments[':id'].complete.$post({ param: { id: b.id }, json: { contribute: true } });
    expect((await env.DB.prepare('SELECT COALESCE(SUM(count),0) n FROM skills_contributions').first<{ n: number }>())!.n).toBe(before + 6);
    // the audit row does not say which health board or setting
    const audit = await env.DB.prepare("SELECT after FROM audit_log WHERE action = 'assessment.complete' AND entity_id = ?1")
      .bind(b.id)
      .first<{ after: string }>();
    expect(audit!.after).not.toMatch(/hduhb|housing/);
    await expectError(
      await call('POST', `/api/assessments/${b.id}/complete`, { caller: as(me), body: { contribute: true, setting: 'hospital' } }),
      400,
      'validation',
    );
  });

  it('deletes an assessment with its shares and supervisor views', async () => {
    const a = await create();
    const { token } = await json(await client(as(me)).assessments[':id'].shares.$post({ param: { id: a.id }, json: { expiresInDays: 7 } }));
    expect(
      (await call('PUT', '/api/share/view', { headers: { 'X-Share-Token': token }, body: { ratings: { [comps[0]!.id]: { level: 2 } } } }))
        .status,
    ).toBe(200);
    expect((await call('DELETE', `/api/assessments/${a.id}`, { caller: as(me) })).status).toBe(204);
    for (const [t, col] of [
      ['assessments', 'id'],
      ['assessment_shares', 'assessment_id'],
      ['supervisor_views', 'assessment_id'],
    ] as const) {
      expect((await env.DB.prepare(`SELECT COUNT(*) n FROM ${t} WHERE ${col} = ?1`).bind(a.id).first<{ n: number }>())!.n).toBe(0);
    }
    await expectError(await call('GET', '/api/share', { headers: { 'X-Share-Token': token } }), 404, 'not-found');
    await expectError(await call('GET', `/api/assessments/${a.id}`, { caller: as(me) }), 404, 'not-found');
  });
});

describe('sharing with a supervisor', () => {
  it('gives a read-only link (token stored hashed) where the supervisor adds their own view, kept beside the practitioner’s', async () => {
    const a = await create(me, draft());
    const res = await client(as(me)).assessments[':id'].shares.$post({
      param: { id: a.id },
      json: { expiresInDays: 14, supervisorName: 'Siân' },
    });
    expect(res.status).toBe(201);
    const { token, share } = await json(res);
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const stored = await env.DB.prepare('SELECT token_hash FROM assessment_shares WHERE id = ?1')
      .bind(share.id)
      .first<{ token_hash: string }>();
    expect(stored!.token_hash).not.toContain(token);
    expect(stored!.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const seen = await json(await client().share.$get({ header: { 'x-share-token': token } }));
    expect(seen.assessment.answers).toEqual(a.assessment.answers);
    expect(seen.supervisorName).toBe('Siân');
    expect(seen.supervisorView).toBeNull();
    expect(seen).not.toHaveProperty('userId');
    expect(JSON.stringify(seen)).not.toContain(me.email);

    const c0 = comps[0]!.id;
    const c1 = comps[1]!.id;
    const put = await call('PUT', '/api/share/view', {
      headers: { 'X-Share-Token': token },
      body: { ratings: { [c0]: { level: 4, comment: 'Cryf iawn' }, [c1]: { level: 0 } } },
    });
    expect(put.status, await put.clone().text()).toBe(200);
    // the practitioner's own ratings are untouched, the view sits beside them
    const mine = await json(await client(as(me)).assessments[':id'].$get({ param: { id: a.id } }));
    expect(mine.assessment.answers[c0]!.held).toBe(a.assessment.answers[c0]!.held);
    expect(mine.supervisorViews).toEqual([
      {
        shareId: share.id,
        supervisorName: 'Siân',
        ratings: { [c0]: { level: 4, comment: 'Cryf iawn' }, [c1]: { level: 0 } },
        updatedAt: expect.any(String),
      },
    ]);
    // audited with the link as the actor
    const audit = await env.DB.prepare("SELECT actor_user_id FROM audit_log WHERE entity_type = 'supervisor_view' AND entity_id = ?1")
      .bind(share.id)
      .first<{ actor_user_id: string }>();
    expect(audit!.actor_user_id).toBe(`share:${share.id}`);
    // the supervisor cannot change the practitioner's data or rate unknown competencies
    await expectError(
      await call('PUT', '/api/share/view', { headers: { 'X-Share-Token': token }, body: { ratings: { nope: { level: 1 } } } }),
      400,
      'validation',
    );
    await expectError(
      await call('PUT', '/api/share/view', { headers: { 'X-Share-Token': token }, body: { ratings: { [c0]: { level: 5 } } } }),
      400,
      'validation',
    );
    await expectError(
      await call('PUT', '/api/share/view', { headers: { 'X-Share-Token': token }, body: { answers: {} } }),
      400,
      'validation',
    );
    expect((await call('PUT', `/api/share/${token}`, { body: {} })).status).toBe(404);
  });

  it('refuses revoked (410) and expired (410) links, and unknown tokens (404)', async () => {
    const a = await create();
    const mk = async (days: number) =>
      json(await client(as(me)).assessments[':id'].shares.$post({ param: { id: a.id }, json: { expiresInDays: days } }));
    const r1 = await mk(3);
    const revoke = await client(as(me)).assessments[':id'].shares[':shareId'].$delete({ param: { id: a.id, shareId: r1.share.id } });
    expect((await json(revoke)).share.active).toBe(false);
    await expectError(await call('GET', '/api/share', { headers: { 'X-Share-Token': r1.token } }), 410, 'gone');
    await expectError(await call('PUT', '/api/share/view', { headers: { 'X-Share-Token': r1.token }, body: { ratings: {} } }), 410, 'gone');

    const r2 = await mk(1);
    expect((await call('GET', '/api/share', { headers: { 'X-Share-Token': r2.token } })).status).toBe(200);
    await env.DB.prepare('UPDATE assessment_shares SET expires_at = ?1 WHERE id = ?2')
      .bind(Date.now() - 1, r2.share.id)
      .run();
    await expectError(await call('GET', '/api/share', { headers: { 'X-Share-Token': r2.token } }), 410, 'gone');
    await expectError(await call('PUT', '/api/share/view', { headers: { 'X-Share-Token': r2.token }, body: { ratings: {} } }), 410, 'gone');

    await expectError(await call('GET', '/api/share', { headers: { 'X-Share-Token': 'x'.repeat(43) } }), 404, 'not-found');
    await expectError(await call('GET', '/api/share', { headers: { 'X-Share-Token': 'short' } }), 404, 'not-found');
    for (const days of [0, 91, 1.5])
      await expectError(
        await client(as(me)).assessments[':id'].shares.$post({ param: { id: a.id }, json: { expiresInDays: days } }),
        400,
        'validation',
      );
  });

  it('rate-limits a supervisor’s writes through one link', async () => {
    const a = await create();
    const { token } = await json(await client(as(me)).assessments[':id'].shares.$post({ param: { id: a.id }, json: { expiresInDays: 3 } }));
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++)
      statuses.push(
        (
          await call('PUT', '/api/share/view', {
            headers: { 'X-Share-Token': token },
            body: { ratings: { [comps[0]!.id]: { level: i % 5 } } },
          })
        ).status,
      );
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });

  it('never logs a share token', async () => {
    const a = await create();
    const { token } = await json(await client(as(me)).assessments[':id'].shares.$post({ param: { id: a.id }, json: { expiresInDays: 3 } }));
    const lines: string[] = [];
    const orig = console.log;
    console.log = (...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    };
    try {
      await client().share[':token'].$get({ param: { token: token } });
    } finally {
      console.log = orig;
    }
    expect(lines.some((l) => l.includes('/api/share/[token]'))).toBe(true);
    expect(lines.join('\n')).not.toContain(token);
  });
});

describe('nobody reads another practitioner’s assessment', () => {
  it('answers 404 to another person by every route, and changes nothing', async () => {
    const a = await create(me);
    const share = await json(await client(as(me)).assessments[':id'].shares.$post({ param: { id: a.id }, json: { expiresInDays: 3 } }));
    const o = as(other);
    await expectError(await client(o).assessments[':id'].$get({ param: { id: a.id } }), 404);
    await expectError(await client(o).assessments[':id'].$put({ param: { id: a.id }, json: { rev: 1, assessment: draft(1) } }), 404);
    await expectError(await client(o).assessments[':id'].complete.$post({ param: { id: a.id }, json: {} }), 404);
    await expectError(await client(o).assessments[':id'].shares.$post({ param: { id: a.id }, json: { expiresInDays: 3 } }), 404);
    await expectError(await client(o).assessments[':id'].shares[':shareId'].$delete({ param: { id: a.id, shareId: share.share.id } }), 404);
    await expectError(await client(o).assessments[':id'].$delete({ param: { id: a.id } }), 404);
    const list = await json(await client(o).assessments.$get());
    expect(list.assessments.map((x) => x.id)).not.toContain(a.id);
    // a share link of another assessment cannot be used to revoke or reach this one
    const mineB = await create(other);
    await expectError(
      await client(o).assessments[':id'].shares[':shareId'].$delete({ param: { id: mineB.id, shareId: share.share.id } }),
      404,
    );
    const still = await json(await client(as(me)).assessments[':id'].$get({ param: { id: a.id } }));
    expect(still.rev).toBe(1);
    expect(still.shares[0]!.active).toBe(true);
  });
});
