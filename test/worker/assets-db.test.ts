// The community-asset tables of migration 0006 hold their rules in the database itself, so no
// route can break them: one draft per asset, a draft's rev moves by one, submitted assessments
// and peer reviews are immutable, peer links and the register point only at a submitted
// assessment of the same asset, invitations only change by being revoked, an archived asset is
// read-only and leaves the register. Also: the HSDS mapping runs in workerd with the same ids.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { hsdsId } from '../../content/hsds/ids.ts';
import { registerToHsds } from '../../content/hsds/register.ts';
import { currentStandards } from '../../content/index.ts';

const db = env.DB;
const NOW = 1_790_000_000_000;
const run = (sql: string, ...args: unknown[]) =>
  db
    .prepare(sql)
    .bind(...args)
    .run();
async function refused(p: Promise<unknown>, message: RegExp) {
  await expect(p).rejects.toThrow(message);
}

async function asset(id: string) {
  await run(
    `INSERT INTO assets (id, name_cy, name_en, type, local_authority, health_board, region, created_by, created_at, updated_at)
     VALUES (?1, 'Gardd', 'Garden', 'community-group', 'cardiff', 'cavuhb', 'cardiff-and-vale', 'u1', ?2, ?2)`,
    id,
    NOW,
  );
}
async function draft(id: string, assetId: string) {
  await run(
    `INSERT INTO asset_assessments (id, asset_id, standards_version, lang, data, total, created_by, created_at, updated_by, updated_at)
     VALUES (?1, ?2, '1.0', 'cy', '{}', 12, 'u1', ?3, 'u1', ?3)`,
    id,
    assetId,
    NOW,
  );
}
const submit = (id: string) =>
  run(
    `UPDATE asset_assessments SET status = 'submitted', answered = 12, submitted_at = ?2, submitted_by = 'u1', rev = rev + 1 WHERE id = ?1`,
    id,
    NOW,
  );

describe('asset assessments', () => {
  beforeAll(async () => {
    await asset('a1');
    await asset('a2');
  });

  it('allow one draft per asset, saved one rev at a time', async () => {
    await draft('d1', 'a1');
    await refused(draft('d2', 'a1'), /UNIQUE/);
    await run(`UPDATE asset_assessments SET data = '{"x":1}', rev = 2 WHERE id = 'd1'`);
    await refused(run(`UPDATE asset_assessments SET data = '{"x":2}', rev = 2 WHERE id = 'd1'`), /draft-conflict/);
    await refused(run(`UPDATE asset_assessments SET asset_id = 'a2', rev = 3 WHERE id = 'd1'`), /fixed/);
  });

  it('cannot be submitted incomplete, and once submitted never change or go', async () => {
    await refused(
      run(`UPDATE asset_assessments SET status = 'submitted', submitted_at = 1, submitted_by = 'u1', rev = 3 WHERE id = 'd1'`),
      /CHECK/,
    );
    await refused(run(`UPDATE asset_assessments SET status = 'submitted', answered = 12, rev = 3 WHERE id = 'd1'`), /CHECK/);
    await submit('d1');
    await refused(run(`UPDATE asset_assessments SET data = '{}', rev = rev + 1 WHERE id = 'd1'`), /immutable/);
    await refused(run(`DELETE FROM asset_assessments WHERE id = 'd1'`), /immutable/);
    // A new draft may start once the last one is submitted.
    await draft('d3', 'a1');
    await run(`DELETE FROM asset_assessments WHERE id = 'd3'`);
  });
});

describe('peer review', () => {
  beforeAll(async () => {
    await asset('p1');
    await draft('pd', 'p1');
    await asset('p2');
    await draft('pd2', 'p2');
    await submit('pd2');
  });
  const invite = (id: string, assetId: string, assessmentId: string) =>
    run(
      `INSERT INTO asset_peer_invitations (id, asset_id, assessment_id, token_hash, reviewer_kind, created_by, created_at, expires_at)
       VALUES (?1, ?2, ?3, ?1 || '-hash', 'regional-partnership', 'u1', ?4, ?5)`,
      id,
      assetId,
      assessmentId,
      NOW,
      NOW + 86_400_000,
    );

  it('is only for a submitted assessment of the same asset', async () => {
    await refused(invite('i0', 'p1', 'pd'), /peer-review-needs-submitted-assessment/);
    await refused(invite('i0', 'p1', 'pd2'), /peer-review-needs-submitted-assessment/);
    await invite('i1', 'p2', 'pd2');
  });

  it('keeps the reviewer’s judgement until submitted, then freezes it', async () => {
    const review = (invitation: string, assessment: string) =>
      run(
        `INSERT INTO asset_peer_reviews (invitation_id, assessment_id, ratings, updated_at) VALUES (?1, ?2, '{}', ?3)`,
        invitation,
        assessment,
        NOW,
      );
    await refused(review('i1', 'd1'), /peer-invitation-closed/);
    await refused(
      run(`INSERT INTO asset_peer_reviews (invitation_id, assessment_id, ratings, updated_at) VALUES ('i1', 'pd2', 'nope', 1)`),
      /CHECK/,
    );
    await review('i1', 'pd2');
    await run(`UPDATE asset_peer_reviews SET ratings = '{"a":{"level":1}}', rev = 2 WHERE invitation_id = 'i1'`);
    await refused(run(`UPDATE asset_peer_reviews SET ratings = '{}', rev = 2 WHERE invitation_id = 'i1'`), /draft-conflict/);
    await run(`UPDATE asset_peer_reviews SET submitted_at = ?1, rev = 3 WHERE invitation_id = 'i1'`, NOW);
    await refused(run(`UPDATE asset_peer_reviews SET summary = 'x', rev = 4 WHERE invitation_id = 'i1'`), /immutable/);
    await refused(run(`DELETE FROM asset_peer_reviews WHERE invitation_id = 'i1'`), /immutable/);
  });

  it('links change only by being revoked, once; a revoked link takes no review', async () => {
    await invite('i2', 'p2', 'pd2');
    await refused(run(`UPDATE asset_peer_invitations SET expires_at = expires_at + 1 WHERE id = 'i2'`), /only changes by being revoked/);
    await run(`UPDATE asset_peer_invitations SET revoked_at = ?1 WHERE id = 'i2'`, NOW);
    await refused(run(`UPDATE asset_peer_invitations SET revoked_at = ?1 WHERE id = 'i2'`, NOW + 1), /only changes by being revoked/);
    await refused(
      run(`INSERT INTO asset_peer_reviews (invitation_id, assessment_id, ratings, updated_at) VALUES ('i2', 'pd2', '{}', 1)`),
      /peer-invitation-closed/,
    );
    await refused(run(`DELETE FROM asset_peer_invitations WHERE id = 'i2'`), /never delete/);
  });
});

describe('register', () => {
  beforeAll(async () => {
    await asset('r1');
    await draft('rd', 'r1');
    await asset('r2');
    await draft('rs2', 'r2');
    await submit('rs2');
  });
  const publish = (assetId: string, assessmentId: string) =>
    run(
      `INSERT INTO asset_register (asset_id, assessment_id, consent_given_at, consent_given_by, updated_at) VALUES (?1, ?2, ?3, 'u1', ?3)`,
      assetId,
      assessmentId,
      NOW,
    );

  it('publishes only a submitted assessment of the same asset, and keeps the consent record', async () => {
    await refused(publish('r1', 'rd'), /register-needs-submitted-assessment/);
    await refused(publish('r1', 'rs2'), /register-needs-submitted-assessment/);
    await submit('rd');
    await publish('r1', 'rd');
    await refused(run(`UPDATE asset_register SET withdrawn_at = ?1, updated_at = ?1 WHERE asset_id = 'r1'`, NOW), /CHECK/);
    await run(`UPDATE asset_register SET withdrawn_at = ?1, withdrawn_by = 'u1', updated_at = ?1 WHERE asset_id = 'r1'`, NOW);
    await refused(run(`DELETE FROM asset_register WHERE asset_id = 'r1'`), /never delete/);
    await run(`UPDATE asset_register SET withdrawn_at = NULL, withdrawn_by = NULL, consent_given_at = ?1 WHERE asset_id = 'r1'`, NOW + 5);
  });

  it('archiving an asset withdraws it from the register and makes it read-only', async () => {
    await publish('r2', 'rs2');
    await run(`UPDATE assets SET archived_at = ?1 WHERE id = 'r2'`, NOW + 10);
    const row = await db.prepare(`SELECT withdrawn_at, withdrawn_by FROM asset_register WHERE asset_id = 'r2'`).first();
    expect(row).toEqual({ withdrawn_at: NOW + 10, withdrawn_by: 'archived' });
    await refused(run(`UPDATE asset_register SET withdrawn_at = NULL, withdrawn_by = NULL WHERE asset_id = 'r2'`), /asset-archived/);
    await refused(draft('rd3', 'r2'), /asset-archived/);
    await refused(run(`UPDATE assets SET name_en = 'x' WHERE id = 'r2'`), /asset-archived/);
    await refused(run(`DELETE FROM assets WHERE id = 'r2'`), /never deleted/);
    await run(`UPDATE assets SET archived_at = NULL WHERE id = 'r2'`); // an admin may restore it
  });
});

describe('HSDS in workerd', () => {
  it('derives the same name-based ids as in Node', () => {
    // The same value is asserted in Node by test/unit/hsds-register.test.ts.
    expect(hsdsId('service', 'x')).toBe('944f2890-b423-5b28-9866-5a349f57a7da');
    const levels = Object.fromEntries(currentStandards.standards.map((s) => [s.id, 2]));
    const { services } = registerToHsds(
      [
        {
          assetId: '0b7c1c1e-8f1a-4d0e-9a53-2f7d6c1b9e01',
          name: { cy: 'Gardd', en: 'Garden' },
          assetType: 'community-group',
          areaServed: { localAuthorities: ['cardiff'], healthBoards: [] },
          activityTypes: ['gardening-and-growing'],
          standardsVersion: currentStandards.version,
          levels,
          lastReviewed: '2026-10-01',
          peerReviewed: false,
          consentGivenAt: '2026-10-02T09:00:00.000Z',
          consentWithdrawnAt: null,
        },
      ],
      { lang: 'cy' },
    );
    expect(services[0]!.id).toBe(hsdsId('service', '0b7c1c1e-8f1a-4d0e-9a53-2f7d6c1b9e01'));
    expect(services[0]!.attributes).toHaveLength(currentStandards.standards.length + 2);
  });
});
