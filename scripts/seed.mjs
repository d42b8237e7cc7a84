// Seeds the LOCAL D1 with demo data: organisations in every health board, one user per
// role, a membership and a demo API key. Idempotent (INSERT OR IGNORE on fixed ids).
// Run by `npm start` after the migrations; on its own: `node scripts/seed.mjs`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_API_KEY, DEMO_ASSETS, DEMO_ORGS, DEMO_USERS, SUBMITTER_ORG } from './demo-data.mjs';

const q = (v) => (v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
const now = Date.now();
const sql = [];
for (const g of DEMO_ORGS)
  sql.push(
    `INSERT OR IGNORE INTO organisations (id, name_cy, name_en, type, health_board, local_authority, region, clusters, created_at, updated_at) VALUES (${[g.id, g.nameCy, g.nameEn, g.type, g.healthBoard, g.localAuthority, g.region, '[]', now, now].map(q).join(', ')});`,
  );
for (const u of DEMO_USERS) {
  const role = u.role === 'analyst' || u.role === 'admin' ? u.role : null;
  sql.push(
    `INSERT OR IGNORE INTO users (id, email, lang, national_role, created_at) VALUES (${[u.id, u.email, u.lang, role, now].map(q).join(', ')});`,
  );
}
const submitter = DEMO_USERS.find((u) => u.role === 'submitter');
sql.push(
  `INSERT OR IGNORE INTO memberships (user_id, org_id, role, created_at) VALUES (${[submitter.id, SUBMITTER_ORG.id, 'submitter', now].map(q).join(', ')});`,
);
const keyHash = createHash('sha256').update(DEMO_API_KEY.key).digest('hex');
sql.push(
  `INSERT OR IGNORE INTO api_keys (id, org_id, name, prefix, key_hash, created_by, created_at) VALUES (${[DEMO_API_KEY.id, SUBMITTER_ORG.id, DEMO_API_KEY.name, DEMO_API_KEY.key.slice(0, 12), keyHash, 'seed', now].map(q).join(', ')});`,
);
// One audit row for the seed itself (the log is append-only, so only the first run adds it).
sql.push(
  `INSERT INTO audit_log (at, actor_user_id, action, entity_type, entity_id, after, request_id) SELECT ${now}, NULL, 'seed.demo', 'database', 'local', ${q(JSON.stringify({ organisations: DEMO_ORGS.length, users: DEMO_USERS.length }))}, 'seed' WHERE NOT EXISTS (SELECT 1 FROM audit_log WHERE action = 'seed.demo');`,
);

// ---- quarterly returns (issue 6): four periods with returns in every status. Needs Node 24
// (npm start) to read the TypeScript dataset definition; on older Node the returns are skipped.
let returnsNote = 'returns skipped (run through npm start for Node 24)';
try {
  const { currentDataset } = await import('../content/index.ts');
  const { fieldsOf } = await import('../content/dataset/fields.ts');
  const { validateReturn } = await import('../content/dataset/validate.ts');
  const P = await import('../content/stats/periods.ts');
  const fields = fieldsOf(currentDataset);
  const bds = new Map(currentDataset.breakdowns.map((b) => [b.id, b]));
  /** A complete, consistent return: r referrals, s people supported. */
  const valuesFor = (r, s) => {
    /** @type {Record<string, unknown>} */
    const v = {};
    for (const f of fields) v[f.key] = f.type === 'decimal' ? null : 0;
    const item = (id, total) => {
      v[id] = total;
      for (const bId of currentDataset.items.find((i) => i.id === id).breakdowns) {
        const cats = bds.get(bId).categories;
        const share = Math.floor(total / cats.length);
        cats.forEach((c, i) => (v[`${id}.${bId}.${c.id}`] = share + (i === 0 ? total - share * cats.length : 0)));
      }
    };
    const completed = Math.round(s * 0.5);
    const measured = Math.round(completed * 0.6);
    item('referrals-received', r);
    item('what-matters-conversations', Math.round(r * 0.8));
    item('what-matters-conversations-welsh', Math.round(r * 0.1));
    item('action-plans-agreed', Math.round(r * 0.6));
    item('people-supported', s);
    item('onward-referrals', Math.round(s * 0.7));
    item('people-declined', Math.round(r * 0.05));
    item('people-not-engaged', Math.round(r * 0.05));
    item('people-completed-support', completed);
    item('people-with-outcome-measure', measured);
    item('outcome-improved', measured - Math.floor(measured / 4) - Math.floor(measured / 8));
    item('outcome-no-change', Math.floor(measured / 4));
    item('outcome-worse', Math.floor(measured / 8));
    v['practitioner-fte'] = 2.5;
    v['practitioners-headcount'] = 3;
    v['practitioners-welsh-speaking'] = 1;
    for (const k of Object.keys(v)) if (v[k] === null) delete v[k];
    const { errors } = validateReturn(currentDataset, v, { requireComplete: true });
    if (errors.length) throw new Error(`seed return invalid: ${errors.map((e) => e.message.en).join('; ')}`);
    return v;
  };
  const day = (iso) => Date.parse(`${iso}T00:00:00Z`);
  const current = P.latestEndedPeriod(new Date(now));
  const ids = [
    P.previousPeriod(P.previousPeriod(P.previousPeriod(current))),
    P.previousPeriod(P.previousPeriod(current)),
    P.previousPeriod(current),
    current,
  ];
  const admin = DEMO_USERS.find((u) => u.role === 'admin');
  const analyst = DEMO_USERS.find((u) => u.role === 'analyst');
  // Periods are created open; the oldest is locked at the end (triggers refuse writes into a locked period).
  for (const id of ids)
    sql.push(
      `INSERT OR IGNORE INTO periods (id, opens_at, due_at, created_at) VALUES (${[id, day(P.defaultOpening(id)), day(P.defaultDue(id)), day(P.defaultOpening(id))].map(q).join(', ')});`,
    );
  const lockedAt = day(P.defaultDue(ids[0])) + 30 * 86_400_000;
  /** INSERT only when the row is absent, so a re-run fires no trigger (a locked period refuses inserts). */
  const insertNew = (table, cols, vals) =>
    `INSERT INTO ${table} (${cols.join(', ')}) SELECT ${vals.map(q).join(', ')} WHERE NOT EXISTS (SELECT 1 FROM ${table} WHERE id = ${q(vals[0])});`;
  const short = (orgId) => createHash('sha256').update(orgId).digest('hex').slice(0, 6).toUpperCase();
  const ref = (periodId, orgId, v) => `SP-${periodId.slice(0, 7)}-${periodId.slice(8).toUpperCase()}-${short(orgId)}-v${v}`;
  let nReturns = 0;
  /** status plan: 'draft' | 'submitted' | 'returned' | 'accepted' | 'amended' (accepted, amended with a reason, accepted again) */
  const addReturn = (pi, oi, plan, r, s) => {
    const periodId = ids[pi];
    const org = DEMO_ORGS[oi];
    const rid = `00000000-0000-4000-d000-${String(pi).padStart(4, '0')}${String(oi + 1).padStart(8, '0')}`;
    const opens = day(P.defaultOpening(periodId));
    const at = (d) => Math.min(opens + d * 86_400_000 + oi * 3_600_000, now - 3_600_000);
    const values = valuesFor(r, s);
    const versions =
      plan === 'draft'
        ? []
        : plan === 'amended'
          ? [valuesFor(Math.max(r - 4, 0), s), values]
          : plan === 'returned'
            ? [valuesFor(r + 40, s)]
            : [values];
    const rev = versions.length + 1;
    sql.push(
      insertNew(
        'returns',
        [
          'id',
          'org_id',
          'period_id',
          'dataset_version',
          'draft_values',
          'draft_explanations',
          'draft_rev',
          'draft_updated_at',
          'draft_updated_by',
          'draft_source',
          'created_at',
        ],
        [
          rid,
          org.id,
          periodId,
          currentDataset.version,
          JSON.stringify(plan === 'returned' ? versions[0] : values),
          '{}',
          rev,
          at(versions.length * 5 + 3),
          oi === 0 ? `user:${submitter.id}` : null,
          'web',
          at(2),
        ],
      ),
    );
    versions.forEach((vals, k) => {
      const vid = `${rid}-v${k + 1}`;
      const created = at(5 + k * 6);
      sql.push(
        insertNew(
          'return_versions',
          [
            'id',
            'return_id',
            'version',
            'reference',
            '"values"',
            'explanations',
            'dataset_version',
            'submitted_by_user_id',
            'api_key_id',
            'via',
            'declaration_name',
            'amendment_reason',
            'idempotency_key',
            'created_at',
          ],
          [
            vid,
            rid,
            k + 1,
            ref(periodId, org.id, k + 1),
            JSON.stringify(vals),
            '{}',
            currentDataset.version,
            oi === 0 ? submitter.id : null,
            oi === 0 ? null : DEMO_API_KEY.id,
            oi === 0 ? 'web' : oi % 2 ? 'csv' : 'api',
            `Swyddog data, ${org.nameCy}`,
            k > 0
              ? 'Cywiro nifer yr atgyfeiriadau ar ôl gwirio’r system achosion. / Corrected the number of referrals after checking the case system.'
              : null,
            `seed-${rid}-${k + 1}`,
            created,
          ],
        ),
      );
      const decision = plan === 'returned' ? 'returned' : plan === 'submitted' ? null : 'accepted';
      if (decision) {
        const comment =
          decision === 'returned'
            ? 'Mae cyfanswm yr atgyfeiriadau yn llawer uwch na’r chwarter diwethaf: gwiriwch y ffigurau. / Referrals are far higher than last quarter: please check the figures.'
            : null;
        sql.push(
          insertNew(
            'return_reviews',
            ['id', 'version_id', 'decision', 'comment', 'reviewer_id', 'created_at'],
            [`${vid}r`, vid, decision, comment, analyst.id, created + 2 * 86_400_000],
          ),
        );
      }
    });
    nReturns++;
  };
  // Older periods: accepted for most organisations (Powys Connect has small counts, to show suppression).
  for (const pi of [0, 1, 2])
    DEMO_ORGS.forEach((_g, oi) => {
      if (oi < 12)
        addReturn(pi, oi, pi === 2 && oi === 8 ? 'amended' : 'accepted', oi === 10 ? 3 : 20 + oi * 7 + pi * 3, oi === 10 ? 3 : 12 + oi * 3);
    });
  // The current period: every status.
  addReturn(3, 0, 'draft', 60, 25);
  addReturn(3, 2, 'submitted', 45, 20);
  addReturn(3, 4, 'returned', 38, 16);
  addReturn(3, 6, 'accepted', 70, 30);
  addReturn(3, 8, 'amended', 52, 22);
  sql.push(`UPDATE periods SET locked_at = ${lockedAt}, locked_by = ${q(admin.id)} WHERE id = ${q(ids[0])} AND locked_at IS NULL;`);
  sql.push(`INSERT OR IGNORE INTO open_data_releases (period_id, first_published_at) VALUES (${q(ids[0])}, ${lockedAt});`);
  returnsNote = `${ids.length} periods (${ids[0]} locked … ${current}), ${nReturns} returns`;
} catch (e) {
  if (
    !(e instanceof Error) ||
    !/Unknown file extension|ERR_UNKNOWN_FILE_EXTENSION|Cannot find module/.test(
      String(e.message) + String(/** @type {{ code?: string }} */ (e).code),
    )
  )
    throw e;
}

// ---- community assets (issue 16): self-assessments, a peer review, the register (published
// entries and one withdrawn) for the community-group user. Needs Node 24, like the returns.
let assetsNote = 'community assets skipped (run through npm start for Node 24)';
try {
  const { currentStandards, geography } = await import('../content/index.ts');
  const { emptyAssetAssessment } = await import('../content/assets/assessment.ts');
  const { registerEntryOf } = await import('../content/assets/register.ts');
  const { searchText } = await import('../content/assets/search.ts');
  const { hsdsId } = await import('../content/hsds/ids.ts');
  const group = DEMO_USERS.find((u) => u.role === 'community-group');
  const DAY = 86_400_000;
  const ins = (table, row) =>
    `INSERT OR IGNORE INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.values(row).map(q).join(', ')});`;
  DEMO_ASSETS.forEach((a, i) => {
    const la = geography.localAuthorities.find((x) => x.id === a.localAuthority);
    const region = geography.regions.find((x) => x.healthBoard === la.healthBoard);
    const created = now - (120 - i * 7) * DAY;
    const row = {
      id: a.id,
      name_cy: a.nameCy,
      name_en: a.nameEn,
      type: a.type,
      local_authority: la.id,
      health_board: la.healthBoard,
      region: region.id,
      area_served: JSON.stringify({ localAuthorities: [la.id], healthBoards: [] }),
      activity_types: JSON.stringify(a.activityTypes),
      created_by: group.id,
      created_at: created,
      updated_at: created,
    };
    sql.push(ins('assets', row));
    sql.push(ins('asset_members', { user_id: group.id, asset_id: a.id, added_by: group.id, created_at: created }));
    const record = (id, level, at, lang) => {
      const r = emptyAssetAssessment(currentStandards, lang, new Date(at));
      currentStandards.standards.forEach((s, k) => {
        const l = level(k);
        if (l !== null)
          r.answers[s.id] = { level: l, evidence: lang === 'cy' ? `Tystiolaeth ar gyfer ${s.code}.` : `Evidence for ${s.code}.` };
      });
      return { ...r, id };
    };
    const total = currentStandards.standards.length;
    const submittedAt = created + 30 * DAY;
    const sid = a.id.replace('-8a00-', '-8a01-');
    const data = record(sid, a.levels, submittedAt, i % 2 ? 'en' : 'cy');
    sql.push(
      ins('asset_assessments', {
        id: sid,
        asset_id: a.id,
        standards_version: currentStandards.version,
        lang: data.lang,
        data: JSON.stringify(data),
        rev: 2,
        status: 'submitted',
        answered: total,
        total,
        created_by: group.id,
        created_at: created,
        updated_by: group.id,
        updated_at: submittedAt,
        submitted_by: group.id,
        submitted_at: submittedAt,
      }),
    );
    if (a.plan.includes('draft')) {
      const did = a.id.replace('-8a00-', '-8a02-');
      const d = record(did, (k) => (k < 5 ? Math.min(3, a.levels(k) + 1) : null), now - 2 * DAY, 'cy');
      sql.push(
        ins('asset_assessments', {
          id: did,
          asset_id: a.id,
          standards_version: currentStandards.version,
          lang: 'cy',
          data: JSON.stringify(d),
          rev: 3,
          status: 'draft',
          answered: 5,
          total,
          created_by: group.id,
          created_at: now - 9 * DAY,
          updated_by: group.id,
          updated_at: now - 2 * DAY,
        }),
      );
    }
    let reviewedAt = null;
    if (a.plan.includes('peer-reviewed')) {
      const inv = a.id.replace('-8a00-', '-8a03-');
      reviewedAt = submittedAt + 14 * DAY;
      sql.push(
        ins('asset_peer_invitations', {
          id: inv,
          asset_id: a.id,
          assessment_id: sid,
          token_hash: createHash('sha256').update(`demo-peer-${a.id}`).digest('hex'),
          reviewer_kind: 'regional-partnership',
          reviewer_name: 'Partneriaeth Caerdydd a’r Fro / Cardiff and Vale Partnership',
          created_by: group.id,
          created_at: submittedAt + DAY,
          expires_at: submittedAt + 31 * DAY,
        }),
      );
      const ratings = Object.fromEntries(
        currentStandards.standards.map((s, k) => [
          s.id,
          {
            level: Math.max(0, a.levels(k) - (k % 4 === 0 ? 1 : 0)),
            comment: k % 4 === 0 ? 'Angen tystiolaeth ysgrifenedig. / Needs written evidence.' : undefined,
          },
        ]),
      );
      sql.push(
        ins('asset_peer_reviews', {
          invitation_id: inv,
          assessment_id: sid,
          ratings: JSON.stringify(ratings),
          summary: 'Sylfaen gadarn; cofnodwch y dystiolaeth. / A sound foundation; record the evidence.',
          rev: 3,
          updated_at: reviewedAt,
          submitted_at: reviewedAt,
        }),
      );
    }
    if (a.plan.includes('published') || a.plan.includes('withdrawn')) {
      const given = submittedAt + 20 * DAY;
      const withdrawn = a.plan.includes('withdrawn') ? given + 10 * DAY : null;
      sql.push(
        ins('asset_register', {
          asset_id: a.id,
          assessment_id: sid,
          consent_given_at: given,
          consent_given_by: group.id,
          withdrawn_at: withdrawn,
          withdrawn_by: withdrawn ? group.id : null,
          updated_at: withdrawn ?? given,
        }),
      );
      if (!withdrawn) {
        const entry = registerEntryOf({
          asset: {
            id: a.id,
            nameCy: a.nameCy,
            nameEn: a.nameEn,
            type: a.type,
            areaServed: { localAuthorities: [la.id], healthBoards: [] },
            activityTypes: a.activityTypes,
          },
          assessment: { standardsVersion: currentStandards.version, answers: data.answers, submittedAt },
          peerReviewSubmittedAt: reviewedAt,
          consent: { givenAt: given, withdrawnAt: null },
        });
        sql.push(
          ins('asset_register_entries', {
            asset_id: a.id,
            entry: JSON.stringify(entry),
            search: searchText(a),
            hsds_service_id: hsdsId('service', a.id),
            updated_at: given,
          }),
        );
      }
    }
  });
  const published = DEMO_ASSETS.filter((a) => a.plan.includes('published')).length;
  assetsNote = `${DEMO_ASSETS.length} community assets (${published} on the register, 1 peer reviewed, 1 withdrawn)`;
} catch (e) {
  if (
    !(e instanceof Error) ||
    !/Unknown file extension|ERR_UNKNOWN_FILE_EXTENSION|Cannot find module/.test(
      String(e.message) + String(/** @type {{ code?: string }} */ (e).code),
    )
  )
    throw e;
}

const dir = mkdtempSync(join(tmpdir(), 'sphub-seed-'));
const file = join(dir, 'seed.sql');
writeFileSync(file, sql.join('\n') + '\n');
const args = ['wrangler', 'd1', 'execute', 'DB', '--local', '--file', file, ...process.argv.slice(2)];
const r = spawnSync('npx', args, {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
});
rmSync(dir, { recursive: true, force: true });
if (r.status !== 0) {
  process.stdout.write(r.stdout ?? '');
  process.exit(r.status ?? 1);
}
console.log(
  `Seeded ${DEMO_ORGS.length} organisations (every health board), ${DEMO_USERS.length} demo users, 1 membership, 1 demo API key; ${returnsNote}; ${assetsNote}.`,
);
