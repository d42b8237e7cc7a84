// Community-asset rows written straight into the test database (no request, no audit): an
// asset and its members, an assessment, consent, a peer-review link and an invitation. Shared
// by the asset authorisation matrix and the round-trip budget.
import { env } from 'cloudflare:workers';
import { currentStandards } from '../../content/index.ts';
import { assetAssessment } from './assets-fixtures.ts';

let n = 0;

export async function sha256(v: string) {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(v));
  return [...new Uint8Array(d)].map((x) => x.toString(16).padStart(2, '0')).join('');
}
export const run = (sql: string, ...args: unknown[]) =>
  env.DB.prepare(sql)
    .bind(...args)
    .run();

/** A user with no session, returning its id. */
export async function insertUser() {
  const id = crypto.randomUUID();
  await run(
    "INSERT INTO users (id, email, lang, created_at) VALUES (?1, ?2, 'cy', ?3)",
    id,
    `extra-${++n}-${id}@example.cymru`,
    Date.now(),
  );
  return id;
}

/** An asset in Cardiff with the given members, returning its id. */
export async function insertAsset(members: string[]) {
  const id = crypto.randomUUID();
  const now = Date.now();
  await run(
    `INSERT INTO assets (id, name_cy, name_en, type, local_authority, health_board, region, area_served, activity_types, created_by, created_at, updated_at)
     VALUES (?1, 'Ased', 'Asset', 'community-group', 'cardiff', 'cavuhb', 'cardiff-and-vale', '{"localAuthorities":["cardiff"],"healthBoards":[]}', '["volunteering"]', 'seed', ?2, ?2)`,
    id,
    now,
  );
  for (const u of members)
    await run('INSERT INTO asset_members (user_id, asset_id, added_by, created_at) VALUES (?1, ?2, ?3, ?4)', u, id, 'seed', now);
  return id;
}

/** A complete assessment of the asset (every standard answered) at revision 1, returning its id. */
export async function insertAssessment(assetId: string, status: 'draft' | 'submitted') {
  const id = crypto.randomUUID();
  const now = Date.now();
  const data = JSON.stringify({ ...assetAssessment(), id });
  const total = currentStandards.standards.length;
  await run(
    `INSERT INTO asset_assessments (id, asset_id, standards_version, lang, data, rev, status, answered, total, created_by, created_at, updated_by, updated_at, submitted_by, submitted_at)
     VALUES (?1, ?2, ?3, 'cy', ?4, 1, ?5, ?6, ?6, 'seed', ?7, 'seed', ?7, ?8, ?9)`,
    id,
    assetId,
    currentStandards.version,
    data,
    status,
    total,
    now,
    status === 'submitted' ? 'seed' : null,
    status === 'submitted' ? now : null,
  );
  return id;
}

/** Consent to publish the asset's submitted assessment on the register. */
export async function insertConsent(assetId: string, assessmentId: string, by: string) {
  await run(
    'INSERT INTO asset_register (asset_id, assessment_id, consent_given_at, consent_given_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?3)',
    assetId,
    assessmentId,
    Date.now(),
    by,
  );
}

/** A peer-review link to a submitted assessment, valid for a day: its id and its token. */
export async function insertPeerLink(assetId: string, assessmentId: string, by: string) {
  const token = `peer${++n}_${crypto.randomUUID().replace(/-/g, '')}`;
  const id = crypto.randomUUID();
  await run(
    `INSERT INTO asset_peer_invitations (id, asset_id, assessment_id, token_hash, reviewer_kind, created_by, created_at, expires_at)
     VALUES (?1, ?2, ?3, ?4, 'peer-organisation', ?5, ?6, ?7)`,
    id,
    assetId,
    assessmentId,
    await sha256(token),
    by,
    Date.now(),
    Date.now() + 86400_000,
  );
  return { id, token };
}

/** A pending invitation to act for the asset, valid for a day, returning its id. */
export async function insertInvitation(assetId: string, by: string) {
  const id = crypto.randomUUID();
  await run(
    'INSERT INTO asset_invitations (id, asset_id, email, invited_by, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)',
    id,
    assetId,
    `invitee-${++n}-${id}@example.cymru`,
    by,
    Date.now(),
    Date.now() + 86400_000,
  );
  return id;
}
