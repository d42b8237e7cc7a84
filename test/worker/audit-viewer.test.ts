// GET /api/admin/audit: newest first, filtered by entity, paged with ?before, read only.
import { beforeAll, describe, expect, it } from 'vitest';
import { client, expectError, json, type Session, setRole, signIn, snapshot } from './helpers.ts';

let admin: Session;
let analyst: Session;
const created: string[] = [];
beforeAll(async () => {
  admin = await signIn('viewer-admin@example.cymru');
  await setRole(admin.userId, 'admin');
  analyst = await signIn('viewer-analyst@example.cymru');
  await setRole(analyst.userId, 'analyst');
  for (let i = 0; i < 3; i++) {
    const res = await client({ session: admin }).admin.organisations.$post({
      json: { nameCy: `Sefydliad ${i}`, nameEn: `Org ${i}`, type: 'other', healthBoard: 'pthb', localAuthority: 'powys' },
    });
    expect(res.status).toBe(201);
    created.push((await json(res)).organisation.id);
  }
  await client({ session: admin }).admin.organisations[':orgId'].$patch({ param: { orgId: created[0]! }, json: { nameEn: 'Org zero' } });
});

describe('audit log viewer API', () => {
  it('lists newest first and filters by entity type and id', async () => {
    const all = await json(await client({ session: analyst }).admin.audit.$get({ query: {} }));
    const seqs = all.entries.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(all.entries.some((e) => e.entityType === 'session')).toBe(true);

    const orgs = await json(await client({ session: analyst }).admin.audit.$get({ query: { entityType: 'organisation' } }));
    expect(orgs.entries.length).toBe(4);
    expect(orgs.entries.every((e) => e.entityType === 'organisation')).toBe(true);
    expect(orgs.entries[0]!.action).toBe('organisation.update');

    const one = await json(
      await client({ session: admin }).admin.audit.$get({ query: { entityType: 'organisation', entityId: created[0] } }),
    );
    expect(one.entries.map((e) => e.action)).toEqual(['organisation.update', 'organisation.create']);
  });

  it('pages with before and nextBefore, without repeating or skipping entries', async () => {
    const full = await json(await client({ session: admin }).admin.audit.$get({ query: { limit: '200' } }));
    const seen: number[] = [];
    let before: number | null = null;
    do {
      const page: { entries: { seq: number }[]; nextBefore: number | null } = await json(
        await client({ session: admin }).admin.audit.$get({ query: { limit: '3', ...(before ? { before: String(before) } : {}) } }),
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
      await client({ session: admin }).admin.audit.$get({ query: { entityType: 'DROP TABLE', limit: '0' } }),
      400,
      'validation',
    );
    expect(err.fields!.map((f) => f.field).sort()).toEqual(['entityType', 'limit']);
    expect(await snapshot()).toEqual(snap);
  });
});

describe('audit log names', () => {
  it('names who acted and what about, in the asked language, never a bare id', async () => {
    const cy = await json(
      await client({ session: analyst }).admin.audit.$get({ query: { entityType: 'organisation', entityId: created[0], lang: 'cy' } }),
    );
    expect(cy.entries.map((e) => [e.actorKind, e.actorName, e.subjectName])).toEqual([
      ['person', 'viewer-admin@example.cymru', 'Sefydliad 0'],
      ['person', 'viewer-admin@example.cymru', 'Sefydliad 0'],
    ]);
    const en = await json(
      await client({ session: analyst }).admin.audit.$get({ query: { entityType: 'organisation', entityId: created[0], lang: 'en' } }),
    );
    expect(en.entries[0]!.subjectName).toBe('Org zero');
    expect(en.entries[0]!.subjectErased).toBe(false);
  });

  it('describes a person who has since erased their account instead of showing their id', async () => {
    const gone = await signIn('viewer-erased@example.cymru');
    expect((await client({ session: gone }).account.$delete()).status).toBe(204);
    const page = await json(await client({ session: admin }).admin.audit.$get({ query: { entityType: 'user', entityId: gone.userId } }));
    expect(page.entries.length).toBeGreaterThan(0);
    for (const e of page.entries) {
      expect(e.subjectErased).toBe(true);
      expect(e.subjectName).toBeNull();
    }
    const erasure = page.entries.find((e) => e.action === 'user.delete');
    expect(erasure?.actorKind).toBe('erased');
    expect(erasure?.actorName).toBeNull();
  });
});
