// Community assets through the API (issue 16): an asset and its draft with optimistic
// concurrency (a stale save is a 409, never an overwrite), immutable submitted assessments,
// consent and withdrawal (a withdrawn asset leaves the register, its CSV, the HSDS API and
// the downloads at once), Welsh-aware search, peer review beside the self-assessment, archive,
// and the suppressed national picture.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { hsdsId } from '../../content/hsds/ids.ts';
import { app } from '../../worker/src/index.ts';
import { assetAssessment, assetBody, createAsset, publish, standards, submittedAssessment } from './assets-fixtures.ts';
import { type Caller, call, expectError, type Session, setRole, signIn } from './helpers.ts';

let member: Caller;
let memberSession: Session;
let other: Caller;
let analyst: Caller;
let admin: Caller;
beforeAll(async () => {
  memberSession = await signIn('grwp@example.cymru');
  member = { session: memberSession };
  other = { session: await signIn('arall@example.cymru') };
  const an = await signIn('dadansoddwr@example.cymru');
  await setRole(an.userId, 'analyst');
  analyst = { session: an };
  const ad = await signIn('gweinyddwr@example.cymru');
  await setRole(ad.userId, 'admin');
  admin = { session: ad };
});

const body = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;
const row = (sql: string, ...args: unknown[]) =>
  env.DB.prepare(sql)
    .bind(...args)
    .first<Record<string, unknown>>();

/** The register's public views, each asked whether it shows the asset. */
async function shownEverywhere(assetId: string) {
  const serviceId = hsdsId('service', assetId);
  const list = await body<{ entries: { assetId: string }[] }>(await call('GET', '/api/register?perPage=100'));
  const csv = await (await call('GET', '/api/register.csv?lang=en')).text();
  const services = await body<{ contents: { id: string }[] }>(await call('GET', '/api/register/hsds/services?per_page=100'));
  const one = await call('GET', `/api/register/hsds/services/${serviceId}`);
  const download = await body<{ services: { id: string }[] }>(await call('GET', '/api/register/hsds.json?lang=cy'));
  const table = await (await call('GET', '/api/register/hsds/tables/services.csv?lang=cy')).text();
  return {
    list: list.entries.some((e) => e.assetId === assetId),
    csv: csv.includes(assetId),
    services: services.contents.some((s) => s.id === serviceId),
    service: one.status === 200,
    download: download.services.some((s) => s.id === serviceId),
    table: table.includes(serviceId),
  };
}
const ALL = { list: true, csv: true, services: true, service: true, download: true, table: true };
const NONE = { list: false, csv: false, services: false, service: false, download: false, table: false };

describe('an asset and its self-assessment', () => {
  it('creates an asset with its first member; a stale edit is a 409 and changes nothing', async () => {
    const id = await createAsset(member);
    const read = await body<{ rev: number; healthBoard: string; region: string }>(
      await call('GET', `/api/assets/${id}`, { caller: member }),
    );
    expect(read).toMatchObject({ rev: 1, healthBoard: 'cavuhb', region: 'cardiff-and-vale' });
    const ok = await call('PATCH', `/api/assets/${id}`, { caller: member, body: { rev: 1, nameEn: 'Cwm Community Garden' } });
    expect(ok.status).toBe(200);
    expect(await body(ok)).toMatchObject({ rev: 2, name: { en: 'Cwm Community Garden' } });
    await expectError(await call('PATCH', `/api/assets/${id}`, { caller: member, body: { rev: 1, nameEn: 'Lost' } }), 409, 'conflict');
    expect(await row('SELECT name_en, rev FROM assets WHERE id = ?1', id)).toEqual({ name_en: 'Cwm Community Garden', rev: 2 });
    // Nothing of one asset is visible to someone who is not its member.
    await expectError(await call('GET', `/api/assets/${id}`, { caller: other }), 403, 'forbidden');
    expect((await call('GET', `/api/assets/${id}`, { caller: analyst })).status).toBe(200);
    const mine = await body<{ assets: { id: string }[] }>(await call('GET', '/api/assets', { caller: other }));
    expect(mine.assets.map((a) => a.id)).not.toContain(id);
  });

  it('refuses an area served that is empty, bilingually', async () => {
    const res = await call('POST', '/api/assets', {
      caller: member,
      body: assetBody({ areaServed: { localAuthorities: [], healthBoards: [] } }),
      headers: { 'Accept-Language': 'cy' },
    });
    await expectError(res, 400, 'validation');
  });

  it('keeps one draft, saved by revision, and submitted assessments never change', async () => {
    const id = await createAsset(member);
    const base = `/api/assets/${id}/assessments`;
    const created = await call('POST', base, { caller: member, body: { assessment: assetAssessment(3) } });
    expect(created.status).toBe(201);
    const draft = await body<{ id: string; rev: number; answered: number }>(created);
    expect(draft).toMatchObject({ rev: 1, answered: 3 });
    await expectError(await call('POST', base, { caller: member, body: { assessment: assetAssessment(1) } }), 409, 'draft-exists');

    const saved = await call('PUT', `${base}/${draft.id}`, { caller: member, body: { rev: 1, assessment: assetAssessment(6) } });
    expect(await body(saved)).toMatchObject({ rev: 2, answered: 6 });
    // A save from the old revision loses: 409, and the draft keeps the newer save.
    await expectError(
      await call('PUT', `${base}/${draft.id}`, { caller: member, body: { rev: 1, assessment: assetAssessment(1) } }),
      409,
      'draft-conflict',
    );
    expect(await row('SELECT rev, answered FROM asset_assessments WHERE id = ?1', draft.id)).toEqual({ rev: 2, answered: 6 });

    await expectError(await call('POST', `${base}/${draft.id}/submit`, { caller: member, body: { rev: 2 } }), 422, 'assessment-incomplete');
    await call('PUT', `${base}/${draft.id}`, { caller: member, body: { rev: 2, assessment: assetAssessment() } });
    await expectError(await call('POST', `${base}/${draft.id}/submit`, { caller: member, body: { rev: 2 } }), 409, 'draft-conflict');
    const sub = await call('POST', `${base}/${draft.id}/submit`, { caller: member, body: { rev: 3 } });
    expect(await body(sub)).toMatchObject({ status: 'submitted', rev: 4, answered: standards.length });

    await expectError(
      await call('PUT', `${base}/${draft.id}`, { caller: member, body: { rev: 4, assessment: assetAssessment(2) } }),
      409,
      'already-submitted',
    );
    await expectError(await call('DELETE', `${base}/${draft.id}`, { caller: member }), 409, 'already-submitted');
    // Exports: CSV in the reader's language, JSON exactly the record.
    const csv = await (await call('GET', `${base}/${draft.id}/export.csv?lang=cy`, { caller: member })).text();
    expect(csv).toContain('Cod y safon');
    const json = await body<{ standardsVersion: string }>(await call('GET', `${base}/${draft.id}/export.json`, { caller: member }));
    expect(json.standardsVersion).toBe('1.0');
    // A new draft after submitting, and the comparison of the two.
    const second = await submittedAssessment(member, id, () => 3);
    const cmp = await body<{ standards: { move: string }[]; overall: { after: number } }>(
      await call('GET', `/api/assets/${id}/compare?a=${draft.id}&b=${second}`, { caller: member }),
    );
    expect(cmp.overall.after).toBe(3);
    expect(cmp.standards.some((s) => s.move === 'up')).toBe(true);
    // National analysts read submitted assessments only, never a draft.
    const list = await body<{ assessments: { status: string }[] }>(await call('GET', base, { caller: analyst }));
    expect(list.assessments.every((a) => a.status === 'submitted')).toBe(true);
  });
});

describe('the register: consent and withdrawal', () => {
  it('publishes by consent, and a withdrawn asset disappears from every view at once', async () => {
    const id = await createAsset(member);
    const draftOnly = await call('POST', `/api/assets/${id}/assessments`, { caller: member, body: { assessment: assetAssessment(2) } });
    const draftId = (await body<{ id: string }>(draftOnly)).id;
    await expectError(
      await call('PUT', `/api/assets/${id}/register`, { caller: member, body: { assessmentId: draftId } }),
      409,
      'not-submitted',
    );
    expect(await shownEverywhere(id)).toEqual(NONE);

    await call('DELETE', `/api/assets/${id}/assessments/${draftId}`, { caller: member });
    const assessment = await submittedAssessment(member, id);
    // National roles never publish.
    await expectError(
      await call('PUT', `/api/assets/${id}/register`, { caller: admin, body: { assessmentId: assessment } }),
      403,
      'forbidden',
    );
    await publish(member, id, assessment);
    expect(await shownEverywhere(id)).toEqual(ALL);

    const withdrawn = await call('DELETE', `/api/assets/${id}/register`, { caller: member });
    expect(await body(withdrawn)).toMatchObject({ published: false, entry: null });
    expect(await shownEverywhere(id)).toEqual(NONE);
    // Consent stays on record, and every change is in the audit log.
    expect(await row('SELECT withdrawn_at IS NOT NULL AS w FROM asset_register WHERE asset_id = ?1', id)).toEqual({ w: 1 });
    const actions = await env.DB.prepare(
      "SELECT action FROM audit_log WHERE entity_id = ?1 AND entity_type = 'asset_register' ORDER BY seq",
    )
      .bind(id)
      .all<{ action: string }>();
    expect(actions.results.map((r) => r.action)).toEqual(['asset_register.consent', 'asset_register.withdraw']);

    // Consenting again publishes again.
    await publish(member, id, assessment);
    expect(await shownEverywhere(id)).toEqual(ALL);
  });

  it('answers the HSDS downloads with an ETag, and a 304 until consent changes', async () => {
    const first = await call('GET', '/api/register/hsds.json?lang=en');
    const etag = first.headers.get('ETag')!;
    expect(first.headers.get('Cache-Control')).toMatch(/^public/);
    const again = await call('GET', '/api/register/hsds.json?lang=en', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    const id = await createAsset(member, { nameCy: 'Newydd', nameEn: 'New' });
    await publish(member, id, await submittedAssessment(member, id));
    const changed = await call('GET', '/api/register/hsds.json?lang=en', { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).not.toBe(etag);
    // Private answers stay private.
    expect((await call('GET', `/api/assets/${id}`, { caller: member })).headers.get('Cache-Control')).toBe('no-store');
  });

  it('follows a change of the asset at once, and archiving takes it off', async () => {
    const id = await createAsset(member, { nameCy: 'Côr Bach', nameEn: 'Little Choir', activityTypes: ['music-and-singing'] });
    await publish(member, id, await submittedAssessment(member, id));
    await call('PATCH', `/api/assets/${id}`, { caller: member, body: { rev: 1, nameEn: 'Little Choir of the Valley' } });
    const found = await body<{ entries: { name: { en: string } }[] }>(await call('GET', '/api/register?q=valley&lang=en'));
    expect(found.entries.map((e) => e.name.en)).toContain('Little Choir of the Valley');

    await expectError(await call('POST', `/api/assets/${id}/archive`, { caller: member }), 403, 'forbidden');
    expect((await call('POST', `/api/assets/${id}/archive`, { caller: admin })).status).toBe(200);
    expect(await shownEverywhere(id)).toEqual(NONE);
    await expectError(await call('PATCH', `/api/assets/${id}`, { caller: member, body: { rev: 2, nameEn: 'x' } }), 409, 'asset-archived');
    // Restoring does not publish again: only a member's consent does.
    expect((await call('POST', `/api/assets/${id}/restore`, { caller: admin })).status).toBe(200);
    expect(await shownEverywhere(id)).toEqual(NONE);
  });
});

describe('searching and filtering the register', () => {
  let garden: string;
  let help: string;
  beforeAll(async () => {
    garden = await createAsset(member, {
      nameCy: 'Gardd Gymunedol Llanrug',
      nameEn: 'Llanrug Community Garden',
      localAuthority: 'gwynedd',
      areaServed: { localAuthorities: ['gwynedd'], healthBoards: [] },
      activityTypes: ['gardening-and-growing'],
    });
    await publish(member, garden, await submittedAssessment(member, garden, () => 3));
    help = await createAsset(member, {
      nameCy: 'Canolfan Cymorth Tref',
      nameEn: 'Town Help Centre',
      type: 'community-venue',
      localAuthority: 'powys',
      areaServed: { localAuthorities: [], healthBoards: ['pthb'] },
      activityTypes: ['advice-and-practical-help'],
    });
    await publish(member, help, await submittedAssessment(member, help, () => 1));
  });
  const search = async (query: string) =>
    (await body<{ entries: { assetId: string }[] }>(await call('GET', `/api/register?${query}&perPage=100`))).entries.map((e) => e.assetId);

  it('finds a radical from a mutated form and the reverse, in names of both languages', async () => {
    expect(await search('q=chymunedol')).toContain(garden); // name has "Gymunedol"
    expect(await search('q=cymunedol')).toContain(garden);
    expect(await search('q=nghymorth')).toContain(help); // name has "Cymorth"
    expect(await search('q=gymorth')).toContain(help);
    expect(await search('q=garden')).toContain(garden);
    expect(await search('q=help%20centre')).toEqual([help]);
    expect(await search('q=llanrug%20garden')).toEqual([garden]);
    expect(await search('q=zzzz')).toEqual([]);
  });

  it('filters by place, activity, type and level', async () => {
    expect(await search('la=gwynedd')).toContain(garden);
    expect(await search('la=gwynedd')).not.toContain(help);
    expect(await search('la=powys')).toContain(help); // serves the health board that covers Powys
    expect(await search('activity=gardening-and-growing')).toContain(garden);
    expect(await search('type=community-venue')).toEqual(expect.arrayContaining([help]));
    expect(await search(`standard=${standards[0]!.id}&minLevel=3`)).toContain(garden);
    expect(await search(`standard=${standards[0]!.id}&minLevel=3`)).not.toContain(help);
    await expectError(await call('GET', '/api/register?la=atlantis'), 400, 'validation');
  });

  it('pages the HSDS services as the HSDS API does', async () => {
    const page1 = await body<{ total_items: number; total_pages: number; size: number; first_page: boolean; last_page: boolean }>(
      await call('GET', '/api/register/hsds/services?per_page=1&page=1'),
    );
    expect(page1.size).toBe(1);
    expect(page1.first_page).toBe(true);
    expect(page1.total_pages).toBe(page1.total_items);
    const last = await body<{ last_page: boolean; page_number: number }>(
      await call('GET', `/api/register/hsds/services?per_page=1&page=${page1.total_pages}`),
    );
    expect(last).toMatchObject({ last_page: true, page_number: page1.total_pages });
  });
});

describe('peer review', () => {
  it('records a reviewer’s own judgement beside the assessment, by link, and the register shows it', async () => {
    const id = await createAsset(member, { nameCy: 'Clwb Cerdded', nameEn: 'Walking Club', activityTypes: ['walking-and-outdoors'] });
    const assessment = await submittedAssessment(member, id);
    await publish(member, id, assessment);
    const made = await call('POST', `/api/assets/${id}/assessments/${assessment}/peer-invitations`, {
      caller: member,
      body: { reviewerKind: 'regional-partnership', reviewerName: 'Partneriaeth', expiresInDays: 14 },
    });
    expect(made.status).toBe(201);
    const { token, invitation } = await body<{ token: string; invitation: { id: string } }>(made);
    expect(await row('SELECT COUNT(*) AS n FROM asset_peer_invitations WHERE token_hash = ?1', token)).toEqual({ n: 0 });

    const seen = await body<{ assessment: { id: string }; review: null }>(
      await call('GET', '/api/peer-review', { headers: { 'X-Peer-Token': token } }),
    );
    expect(seen.review).toBeNull();
    // Nobody reviews their own asset.
    await expectError(
      await call('PUT', '/api/peer-review', { caller: member, headers: { 'X-Peer-Token': token }, body: { rev: 0, ratings: {} } }),
      403,
      'own-asset',
    );
    const ratings = { [standards[0]!.id]: { level: 1, comment: 'Angen mwy o dystiolaeth' } };
    const saved = await call('PUT', '/api/peer-review', {
      headers: { 'X-Peer-Token': token, Origin: 'http://127.0.0.1:8787' },
      body: { rev: 0, ratings },
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
    await expectError(
      await call('PUT', '/api/peer-review', { headers: { 'X-Peer-Token': token }, body: { rev: 0, ratings } }),
      409,
      'draft-conflict',
    );
    await expectError(
      await call('PUT', '/api/peer-review', { headers: { 'X-Peer-Token': token }, body: { rev: 1, ratings: { nope: { level: 1 } } } }),
      400,
      'validation',
    );
    expect((await call('POST', '/api/peer-review/submit', { headers: { 'X-Peer-Token': token }, body: { rev: 1 } })).status).toBe(200);
    await expectError(
      await call('PUT', '/api/peer-review', { headers: { 'X-Peer-Token': token }, body: { rev: 2, ratings } }),
      409,
      'already-submitted',
    );

    // Beside the self-assessment, never averaged: both levels stay as given.
    const detail = await body<{
      assessment: { answers: Record<string, { level: number }> };
      peerReviews: { ratings: Record<string, { level: number }> }[];
    }>(await call('GET', `/api/assets/${id}/assessments/${assessment}`, { caller: member }));
    expect(detail.peerReviews[0]!.ratings[standards[0]!.id]!.level).toBe(1);
    expect(detail.assessment.answers[standards[0]!.id]!.level).toBe(1);
    const entry = await body<{ entries: { assetId: string; peerReviewed: boolean }[] }>(await call('GET', '/api/register?q=cerdded'));
    expect(entry.entries.find((e) => e.assetId === id)?.peerReviewed).toBe(true);

    // Revoked: the link stops working.
    expect((await call('POST', `/api/assets/${id}/peer-invitations/${invitation.id}/revoke`, { caller: member })).status).toBe(200);
    await expectError(await call('GET', '/api/peer-review', { headers: { 'X-Peer-Token': token } }), 410, 'gone');
    await expectError(await call('GET', '/api/peer-review', { headers: { 'X-Peer-Token': 'x'.repeat(43) } }), 404, 'not-found');
  });

  it('emails the link in both languages when asked, keeping the token out of every path and the address out of the database', async () => {
    const id = await createAsset(member, { nameCy: 'Clwb Darllen', nameEn: 'Reading Club' });
    const assessment = await submittedAssessment(member, id);
    const to = 'adolygydd@example.cymru';
    const res = await call('POST', `/api/assets/${id}/assessments/${assessment}/peer-invitations`, {
      caller: member,
      body: { reviewerKind: 'peer-organisation', expiresInDays: 10, email: to, lang: 'cy' },
    });
    expect(res.status).toBe(201);
    const { token, link } = await body<{ token: string; link: string }>(res);
    expect(link).toMatch(
      /\/(cy|en)\/safonau-asedau-cymunedol\/adolygiad-cymheiriaid\/#token=|\/en\/community-asset-standards\/peer-review\/#token=/,
    );
    const mail = await env.DB.prepare('SELECT text FROM outbox WHERE "to" = ?1').bind(to).first<{ text: string }>();
    expect(mail!.text).toContain(`/cy/safonau-asedau-cymunedol/adolygiad-cymheiriaid/#token=${token}`);
    expect(mail!.text).toContain(`/en/community-asset-standards/peer-review/#token=${token}`);
    expect(mail!.text).toContain('Clwb Darllen');
    expect(await row("SELECT COUNT(*) AS n FROM asset_peer_invitations WHERE instr(COALESCE(reviewer_name, ''), ?1) > 0", to)).toEqual({
      n: 0,
    });
  });

  it('refuses a link to a draft', async () => {
    const id = await createAsset(member);
    const d = await body<{ id: string }>(
      await call('POST', `/api/assets/${id}/assessments`, { caller: member, body: { assessment: assetAssessment(1) } }),
    );
    await expectError(
      await call('POST', `/api/assets/${id}/assessments/${d.id}/peer-invitations`, {
        caller: member,
        body: { reviewerKind: 'national-team', expiresInDays: 3 },
      }),
      409,
      'not-submitted',
    );
  });
});

describe('the national picture', () => {
  it('is suppressed, for analysts and as open data alike', async () => {
    await expectError(await call('GET', '/api/national/assets/picture', { caller: other }), 403, 'forbidden');
    const national = await body<{
      assets: number;
      standards: { wales: { total: number | null }; regions: Record<string, { total: number | null }> }[];
    }>(await call('GET', '/api/national/assets/picture', { caller: analyst }));
    const open = await body(await call('GET', '/api/open-data/assets/picture'));
    expect(open).toEqual(national);
    expect(national.assets).toBeGreaterThan(0);
    for (const s of national.standards) {
      for (const d of [s.wales, ...Object.values(s.regions)]) if (d.total !== null) expect(d.total === 0 || d.total >= 5).toBe(true);
    }
  });

  // Outside the tests (which reset D1 inside one isolate) an isolate keeps the picture it built.
  it('is kept by the isolate, reading one row, until a submitted self-assessment or an asset changes (migration 0015)', async () => {
    const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
    const rows = { read: 0 };
    const counted = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(t, p) {
          const v = Reflect.get(t, p, t);
          if (typeof v !== 'function') return v;
          if (p === 'withSession') return (...a: unknown[]) => counted(v.apply(t, a));
          if (p === 'batch')
            return async (stmts: D1PreparedStatement[]) => {
              const results = (await v.call(t, stmts)) as D1Result[];
              for (const r of results) rows.read += r.meta.rows_read ?? 0;
              return results;
            };
          return v.bind(t);
        },
      });
    const dev = { ...env, ENVIRONMENT: 'development', DB: counted(env.DB) };
    const get = async () => {
      rows.read = 0;
      const res = await app.fetch(new Request('http://hub.test/api/open-data/assets/picture'), dev, ctx);
      expect(res.status).toBe(200);
      return { picture: (await res.json()) as { assets: number }, rowsRead: rows.read };
    };
    const first = await get();
    expect(first.rowsRead).toBeGreaterThan(2);
    const second = await get();
    expect(second.picture).toEqual(first.picture);
    expect(second.rowsRead).toBe(2); // the counter's row, twice: nothing else is read
    const id = await createAsset(member);
    await submittedAssessment(member, id);
    const third = await get();
    expect(third.picture.assets).toBe(first.picture.assets + 1);
    expect(third.rowsRead).toBeGreaterThan(2);
    expect((await get()).rowsRead).toBe(2);
    await env.DB.prepare('UPDATE assets SET archived_at = ?1 WHERE id = ?2').bind(Date.now(), id).run();
    expect((await get()).picture.assets).toBe(first.picture.assets);
  });
});

describe('invitations to act for an asset', () => {
  it('emails both languages, is accepted on sign-in, and a newer invitation replaces the pending one', async () => {
    const id = await createAsset(member, { nameCy: 'Cylch Ti a Fi', nameEn: 'Parent and Toddler Circle' });
    const to = 'aelod-newydd@example.cymru';
    const first = await call('POST', `/api/assets/${id}/invitations`, { caller: member, body: { email: to, lang: 'en' } });
    expect(first.status).toBe(201);
    await expectError(await call('POST', `/api/assets/${id}/invitations`, { caller: other, body: { email: to } }), 403, 'forbidden');
    const second = await call('POST', `/api/assets/${id}/invitations`, { caller: member, body: { email: to } });
    const list = await body<{ invitations: { revokedAt: string | null }[] }>(
      await call('GET', `/api/assets/${id}/invitations`, { caller: member }),
    );
    expect(list.invitations.map((i) => i.revokedAt === null)).toEqual([true, false]);
    const mail = await env.DB.prepare('SELECT subject, text FROM outbox WHERE "to" = ?1 ORDER BY rowid DESC')
      .bind(to)
      .first<{ text: string }>();
    expect(mail!.text).toContain('Parent and Toddler Circle');
    expect(mail!.text).toContain('Cylch Ti a Fi');
    // No address in the audit log: it refers to the invitation row.
    const logged = await env.DB.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE instr(COALESCE(after, ''), ?1) > 0")
      .bind(to)
      .first<{ n: number }>();
    expect(logged!.n).toBe(0);

    const joined = { session: await signIn(to) };
    expect((await call('GET', `/api/assets/${id}`, { caller: joined })).status).toBe(200);
    const accepted = (await body<{ invitation: { id: string } }>(second)).invitation.id;
    expect(await row('SELECT accepted_at IS NOT NULL AS a FROM asset_invitations WHERE id = ?1', accepted)).toEqual({ a: 1 });
    // An asset keeps at least one member.
    expect((await call('DELETE', `/api/assets/${id}/members/${joined.session.userId}`, { caller: member })).status).toBe(204);
    await expectError(await call('DELETE', `/api/assets/${id}/members/${memberSession.userId}`, { caller: member }), 409, 'last-member');
  });
});
