// D1 sessions (issue 12, worker/src/lib/database.ts): every /api answer hands back the
// session's bookmark, browsers that are signed in keep it as a cookie, a later request that
// sends it reads at least what was written, and public open data carries none. Locally there is
// one database and no replica, so this checks the plumbing, not replica lag.
import { describe, expect, it } from 'vitest';
import { type Caller, call, expectError } from './helpers.ts';
import { admin, base, openPeriod, orgWithSubmitter, validValues } from './returns-helpers.ts';

describe('D1 sessions and bookmarks', () => {
  it('hands back a bookmark, as a cookie for a signed-in browser, and reads what the person wrote with it', async () => {
    const adm = await admin();
    const { orgId, caller } = await orgWithSubmitter();
    const p = await openPeriod(adm, '2061-62-q1', { opensAt: '2025-01-01', dueAt: '2099-12-31' });
    const saved = await call('PUT', `${base(orgId, p)}/draft`, { caller, body: { rev: 0, values: validValues() } });
    expect(saved.status).toBe(200);
    const bookmark = saved.headers.get('X-D1-Bookmark');
    expect(bookmark).toMatch(/^[A-Za-z0-9_.:-]+$/);
    expect(saved.headers.get('Set-Cookie')).toContain(`sphub_d1=${bookmark}`);
    // The next read, from the same person with that bookmark (header or cookie), sees the save.
    const ways: { caller: Caller; headers: Record<string, string> }[] = [
      { caller, headers: { 'X-D1-Bookmark': bookmark! } },
      { caller: {}, headers: { Cookie: `${caller.session!.cookie}; sphub_d1=${bookmark}` } },
    ];
    for (const way of ways) {
      const read = await call('GET', base(orgId, p), way);
      expect(read.status).toBe(200);
      expect(((await read.json()) as { draft: { rev: number } }).draft.rev).toBe(1);
      expect(read.headers.get('X-D1-Bookmark')).toBeTruthy();
    }
  });

  it('ignores a bookmark that is not one, and keeps working', async () => {
    const { caller } = await orgWithSubmitter();
    const res = await call('GET', '/api/auth/me', { caller, headers: { 'X-D1-Bookmark': 'not a bookmark; <script>' } });
    expect(res.status).toBe(200);
  });

  it('gives public open data no bookmark and no cookie (it is cached publicly)', async () => {
    const res = await call('GET', '/api/open-data/totals.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('X-D1-Bookmark')).toBeNull();
    expect(res.headers.get('Set-Cookie')).toBeNull();
    expect(res.headers.get('Cache-Control')).toMatch(/public/);
    const etag = res.headers.get('ETag')!;
    const again = await call('GET', '/api/open-data/totals.json', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('answers a refused write in the one error shape', async () => {
    const res = await call('PATCH', '/api/account', { body: { name: 'x' } });
    await expectError(res, 401);
  });
});
