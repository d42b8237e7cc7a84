// GET /api/admin/audit: newest first, filtered by entity, paged with ?before, read only.
import { beforeAll, describe, expect, it } from 'vitest';
import { call, expectError, json, type Session, setRole, signIn, snapshot } from './helpers.ts';

let admin: Session;
let analyst: Session;
const created: string[] = [];
beforeAll(async () => {
  admin = await signIn('viewer-admin@example.cymru');
  await setRole(admin.userId, 'admin');
  analyst = await signIn('viewer-analyst@example.cymru');
  await setRole(analyst.userId, 'analyst');
  for (let i = 0; i < 3; i++) {
    const res = await call('POST', '/api/admin/organisations', {
      caller: { session: admin },
      body: { nameCy: `Sefydliad ${i}`, nameEn: `Org ${i}`, type: 'other', healthBoard: 'pthb', localAuthority: 'powys' },
    });
    expect(res.status).toBe(201);
    created.push((await json(res)).organisation.id);
  }
  await call('PATCH', `/api/admin/organisations/${created[0]}`, { caller: { session: admin }, body: { nameEn: 'Org zero' } });
});

type Entry = { seq: number; action: string; entityType: string; entityId: string };
describe('audit log viewer API', () => {
  it('lists newest first and filters by entity type and id', async () => {
    const all = await json<{ entries: Entry[] }>(await call('GET', '/api/admin/audit', { caller: { session: analyst } }));
    const seqs = all.entries.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(all.entries.some((e) => e.entityType === 'session')).toBe(true);

    const orgs = await json<{ entries: Entry[] }>(
      await call('GET', '/api/admin/audit?entityType=organisation', { caller: { session: analyst } }),
    );
    expect(orgs.entries.length).toBe(4);
    expect(orgs.entries.every((e) => e.entityType === 'organisation')).toBe(true);
    expect(orgs.entries[0]!.action).toBe('organisation.update');

    const one = await json<{ entries: Entry[] }>(
      await call('GET', `/api/admin/audit?entityType=organisation&entityId=${created[0]}`, { caller: { session: admin } }),
    );
    expect(one.entries.map((e) => e.action)).toEqual(['organisation.update', 'organisation.create']);
  });

  it('pages with before and nextBefore, without repeating or skipping entries', async () => {
    const full = await json<{ entries: Entry[] }>(await call('GET', '/api/admin/audit?limit=200', { caller: { session: admin } }));
    const seen: number[] = [];
    let before: number | null = null;
    do {
      const page: { entries: Entry[]; nextBefore: number | null } = await json(
        await call('GET', `/api/admin/audit?limit=3${before ? `&before=${before}` : ''}`, { caller: { session: admin } }),
      );
      expect(page.entries.length).toBeLessThanOrEqual(3);
      seen.push(...page.entries.map((e) => e.seq));
      before = page.nextBefore;
    } while (before !== null);
    expect(seen).toEqual(full.entries.map((e) => e.seq));
  });

  it('refuses a bad filter with field messages, and changes nothing', async () => {
    const snap = await snapshot();
    const err = await expectError(
      await call('GET', '/api/admin/audit?entityType=DROP%20TABLE&limit=0', { caller: { session: admin } }),
      400,
      'validation',
    );
    expect(err.fields!.map((f) => f.field).sort()).toEqual(['entityType', 'limit']);
    expect(await snapshot()).toEqual(snap);
  });
});
