// Helpers for the returns, national and open-data worker tests.
import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { fieldsOf } from '../../content/dataset/fields.ts';
import { currentDataset } from '../../content/index.ts';
import { addMember, type Body, type Caller, client, json, makeOrg, setRole, signIn, snapshot } from './helpers.ts';

export const RETURN_TABLES = ['periods', 'returns', 'return_versions', 'return_reviews', 'reminders_sent', 'open_data_releases'];

/** snapshot() of the platform tables plus every returns table. */
export async function fullSnapshot(): Promise<Record<string, string>> {
  const out = await snapshot();
  for (const t of RETURN_TABLES) {
    const { results } = await env.DB.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all();
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(results)));
    out[t] = `${results.length}:${[...new Uint8Array(digest)]
      .slice(0, 8)
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')}`;
  }
  return out;
}

let n = 0;
export const uid = () => `${++n}-${crypto.randomUUID().slice(0, 8)}`;

async function sha256(v: string) {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(v));
  return [...new Uint8Array(d)].map((x) => x.toString(16).padStart(2, '0')).join('');
}
export async function insertKey(orgId: string) {
  const key = `sph_rt_${uid()}_${crypto.randomUUID()}`;
  const id = crypto.randomUUID();
  await env.DB.prepare(
    'INSERT INTO api_keys (id, org_id, name, prefix, key_hash, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)',
  )
    .bind(id, orgId, 'test', key.slice(0, 12), await sha256(key), 'seed', Date.now())
    .run();
  return { id, key };
}

export async function admin(): Promise<Caller> {
  const session = await signIn(`admin-${uid()}@example.cymru`, 'en');
  await setRole(session.userId, 'admin');
  return { session };
}
export async function analyst(): Promise<Caller> {
  const session = await signIn(`analyst-${uid()}@example.cymru`, 'en');
  await setRole(session.userId, 'analyst');
  return { session };
}

/** A new organisation with one signed-in submitter (lang as given). */
export async function orgWithSubmitter(opts: { region?: string; healthBoard?: string; lang?: 'cy' | 'en'; name?: string } = {}) {
  const orgId = crypto.randomUUID();
  await makeOrg(orgId, opts.name ?? `Org ${uid()}`, opts.healthBoard ?? 'cavuhb', opts.region ?? 'cardiff-and-vale');
  const session = await signIn(`sub-${uid()}@example.cymru`, opts.lang ?? 'cy');
  await addMember(session.userId, orgId);
  return { orgId, caller: { session } as Caller, email: session.email };
}

/** Opens a period through the API (default dates unless given). */
export async function openPeriod(by: Caller, id: string, dates: { opensAt?: string; dueAt?: string } = {}) {
  const res = await client(by).periods.$post({ json: { id, ...dates } });
  if (res.status !== 201 && res.status !== 409) throw new Error(`open period ${id}: ${res.status} ${await res.text()}`);
  return id;
}

/** A complete, valid return: `r` referrals (all in the first category of each breakdown), `s` people supported. */
export function validValues(r = 20, s = 10): Record<string, number | null> {
  const v: Record<string, number | null> = {};
  for (const f of fieldsOf(currentDataset)) v[f.key] = f.type === 'decimal' && f.key !== 'practitioner-fte' ? null : 0;
  const firsts = new Set<string>();
  for (const item of currentDataset.items) {
    for (const bId of item.breakdowns) {
      const b = currentDataset.breakdowns.find((x) => x.id === bId)!;
      firsts.add(`${item.id}.${b.id}.${b.categories[0]!.id}`);
    }
  }
  v['referrals-received'] = r;
  for (const k of Object.keys(v)) if (k.startsWith('referrals-received.') && firsts.has(k)) v[k] = r;
  v['what-matters-conversations'] = r;
  v['people-supported'] = s;
  for (const k of Object.keys(v)) if (k.startsWith('people-supported.') && firsts.has(k)) v[k] = s;
  v['practitioner-fte'] = 1;
  v['practitioners-headcount'] = 1;
  return v;
}

export const base = (orgId: string, periodId: string) => `/api/orgs/${orgId}/returns/${periodId}`;

/** Values as a page or a CSV sends them: numbers, numbers as text, or blanks. */
export type SentValues = Record<string, number | string | null>;

export async function putDraft(
  caller: Caller,
  orgId: string,
  periodId: string,
  rev: number,
  values: SentValues,
  explanations: Record<string, string> = {},
) {
  return client(caller).orgs[':orgId'].returns[':periodId'].draft.$put({ param: { orgId, periodId }, json: { rev, values, explanations } });
}
export async function submit(
  caller: Caller,
  orgId: string,
  periodId: string,
  rev: number,
  key = `idem-${uid()}`,
  extra: { amendmentReason?: string } = {},
) {
  return client(caller).orgs[':orgId'].returns[':periodId'].submit.$post({
    param: { orgId, periodId },
    header: { 'Idempotency-Key': key },
    json: { rev, declaration: { name: 'Enw Cyflwynydd', confirmed: true }, ...extra },
  });
}
export async function detail(caller: Caller, orgId: string, periodId: string) {
  const res = await client(caller).orgs[':orgId'].returns[':periodId'].$get({ param: { orgId, periodId } });
  expect(res.status, await res.clone().text()).toBe(200);
  return json(res);
}
export async function review(
  caller: Caller,
  orgId: string,
  periodId: string,
  version: number,
  decision: 'accept' | 'return',
  comment?: string,
) {
  return client(caller).national.returns[':orgId'][':periodId'].review.$post({
    param: { orgId, periodId },
    json: { version, decision, ...(comment ? { comment } : {}) },
  });
}
/** What a draft save (web, CSV or API) answers: the new rev and issues, or the error shape. */
export type DraftAnswer = Body<Awaited<ReturnType<typeof putDraft>>>;

/** Draft, submit and accept in one go; returns the version number. */
export async function acceptedReturn(sub: Caller, by: Caller, orgId: string, periodId: string, values: SentValues) {
  const d = await detail(sub, orgId, periodId);
  const saved = await putDraft(sub, orgId, periodId, d.draft.rev, values);
  expect(saved.status, await saved.clone().text()).toBe(200);
  const { rev } = await json(saved);
  const s = await submit(sub, orgId, periodId, rev, undefined, d.versions.length ? { amendmentReason: 'Correction' } : {});
  expect(s.status, await s.clone().text()).toBe(201);
  const { version } = await json(s);
  const r = await review(by, orgId, periodId, version, 'accept');
  expect(r.status, await r.clone().text()).toBe(201);
  return version;
}

/** A CSV template with the given figures filled in (the third column), as a person would before uploading it. */
export function fill(csv: string, values: Record<string, number | string | null>): string {
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  return (
    '\uFEFF' +
    lines
      .map((line, i) => {
        if (i === 0 || !line) return line;
        const key = line.split(',')[0]!;
        const v = values[key];
        if (v === undefined || v === null) return line;
        const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
        cells[2] = String(v);
        return cells.slice(0, 4).join(',');
      })
      .join('\r\n')
  );
}
