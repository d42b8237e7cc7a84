// Seeds the LOCAL D1 with demo data: organisations in every health board, one user per
// role, a membership and a demo API key. Idempotent (INSERT OR IGNORE on fixed ids).
// Run by `npm start` after the migrations; on its own: `node scripts/seed.mjs`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_API_KEY, DEMO_ORGS, DEMO_USERS, SUBMITTER_ORG } from './demo-data.mjs';

const q = (v) => (v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
const now = Date.now();
const sql = [];
for (const g of DEMO_ORGS)
  sql.push(`INSERT OR IGNORE INTO organisations (id, name_cy, name_en, type, health_board, local_authority, region, clusters, created_at, updated_at) VALUES (${[g.id, g.nameCy, g.nameEn, g.type, g.healthBoard, g.localAuthority, g.region, '[]', now, now].map(q).join(', ')});`);
for (const u of DEMO_USERS) {
  const role = u.role === 'analyst' || u.role === 'admin' ? u.role : null;
  sql.push(`INSERT OR IGNORE INTO users (id, email, lang, national_role, created_at) VALUES (${[u.id, u.email, u.lang, role, now].map(q).join(', ')});`);
}
const submitter = DEMO_USERS.find((u) => u.role === 'submitter');
sql.push(`INSERT OR IGNORE INTO memberships (user_id, org_id, role, created_at) VALUES (${[submitter.id, SUBMITTER_ORG.id, 'submitter', now].map(q).join(', ')});`);
const keyHash = createHash('sha256').update(DEMO_API_KEY.key).digest('hex');
sql.push(`INSERT OR IGNORE INTO api_keys (id, org_id, name, prefix, key_hash, created_by, created_at) VALUES (${[DEMO_API_KEY.id, SUBMITTER_ORG.id, DEMO_API_KEY.name, DEMO_API_KEY.key.slice(0, 12), keyHash, 'seed', now].map(q).join(', ')});`);
// One audit row for the seed itself (the log is append-only, so only the first run adds it).
sql.push(`INSERT INTO audit_log (at, actor_user_id, action, entity_type, entity_id, after, request_id) SELECT ${now}, NULL, 'seed.demo', 'database', 'local', ${q(JSON.stringify({ organisations: DEMO_ORGS.length, users: DEMO_USERS.length }))}, 'seed' WHERE NOT EXISTS (SELECT 1 FROM audit_log WHERE action = 'seed.demo');`);

const dir = mkdtempSync(join(tmpdir(), 'sphub-seed-'));
const file = join(dir, 'seed.sql');
writeFileSync(file, sql.join('\n') + '\n');
const args = ['wrangler', 'd1', 'execute', 'DB', '--local', '--file', file, ...process.argv.slice(2)];
const r = spawnSync('npx', args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' } });
rmSync(dir, { recursive: true, force: true });
if (r.status !== 0) {
  process.stdout.write(r.stdout ?? '');
  process.exit(r.status ?? 1);
}
console.log(`Seeded ${DEMO_ORGS.length} organisations (every health board), ${DEMO_USERS.length} demo users, 1 membership, 1 demo API key.`);
