// The national skills picture: a group of fewer than 5 never appears, directly or by
// subtraction from a total (property test over random contribution sets, proved with
// auditDisclosure), and the API serves only national analysts.
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geography } from '../../content/index.ts';
import { SKILLS_SETTINGS } from '../../content/platform.ts';
import { type ContributionCount, skillsNeeds } from '../../content/stats/skills.ts';
import { auditDisclosure } from '../../content/stats/suppress.ts';
import { comps, draft } from './assessments-fixtures.ts';
import { client, expectError, json, setRole, signIn } from './helpers.ts';

const HB = geography.healthBoards.map((h) => h.id);
const TOP = 4;
const small = (v: number | null) => v !== null && v >= 1 && v <= 4;

const contribution = fc.record({
  competencyId: fc.constantFrom('c1', 'c2'),
  held: fc.integer({ min: 0, max: TOP }),
  healthBoard: fc.constantFrom(...HB, ''),
  setting: fc.constantFrom(...SKILLS_SETTINGS, ''),
  count: fc.integer({ min: 1, max: 9 }),
});

describe('small-number suppression of the skills picture', () => {
  it('never publishes 1–4, and nothing withheld can be worked out from what is published (random contribution sets)', () => {
    fc.assert(
      fc.property(
        fc.array(contribution, { maxLength: 40 }),
        fc.constantFrom(...HB, ''),
        fc.constantFrom(...SKILLS_SETTINGS, ''),
        (counts, hb, st) => {
          const { competencies, tables } = skillsNeeds(['c1', 'c2'], counts, { healthBoards: HB, top: TOP, healthBoard: hb, setting: st });
          for (const { table, result } of tables) {
            const audit = auditDisclosure(table, result);
            expect(audit.problems).toEqual([]);
          }
          for (const c of competencies) {
            for (const d of [c.wales, c.healthBoard!, c.setting!]) {
              expect([...d.levels, d.total].some(small)).toBe(false);
              // published figures are true where shown
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a health board with 4 people never shows them, even as Wales minus the other boards', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HB),
        fc.array(fc.integer({ min: 5, max: 30 }), { minLength: HB.length, maxLength: HB.length }),
        fc.integer({ min: 0, max: TOP }),
        (target, others, level) => {
          const counts: ContributionCount[] = [];
          HB.forEach((h, i) =>
            counts.push({
              competencyId: 'c',
              held: h === target ? level : i % (TOP + 1),
              healthBoard: h,
              setting: 'third-sector',
              count: h === target ? 4 : others[i]!,
            }),
          );
          const { competencies, tables } = skillsNeeds(['c'], counts, { healthBoards: HB, top: TOP, healthBoard: target });
          const row = competencies[0]!.healthBoard!;
          expect(row.total).toBeNull();
          expect(row.levels[level]).toBeNull();
          const wales = competencies[0]!.wales;
          // the Wales total minus every other published board total cannot give 4
          const all = HB.map(
            (h) => skillsNeeds(['c'], counts, { healthBoards: HB, top: TOP, healthBoard: h }).competencies[0]!.healthBoard!.total,
          );
          expect(wales.total).not.toBeNull();
          expect(all.filter((x) => x === null).length).toBeGreaterThanOrEqual(2);
          expect(auditDisclosure(tables[0]!.table, tables[0]!.result).ok).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('GET /api/skills/needs', () => {
  it('shows analysts the consented counts, with a group of 4 withheld; refuses everyone else', async () => {
    // 4 practitioners in Powys, 6 in Hywel Dda, 7 with no health board: all consent
    const people = [...Array(4).fill('pthb'), ...Array(6).fill('hduhb'), ...Array(7).fill(undefined)];
    let i = 0;
    for (const hb of people) {
      const s = await signIn(`skills-${i++}@example.cymru`);
      const a = await json(await client({ session: s }).assessments.$post({ json: { assessment: draft(comps.length, () => 2) } }));
      const res = await client({ session: s }).assessments[':id'].complete.$post({
        param: { id: a.id },
        json: { contribute: true, ...(hb ? { healthBoard: hb } : {}), setting: 'primary-care' },
      });
      expect(res.status).toBe(200);
    }
    const practitioner = await signIn('skills-practitioner@example.cymru');
    await expectError(await client({ session: practitioner }).skills.needs.$get({ query: {} }), 403, 'forbidden');
    await expectError(await client().skills.needs.$get({ query: {} }), 401, 'unauthenticated');
    const analyst = await signIn('skills-analyst@example.cymru');
    await setRole(analyst.userId, 'analyst');
    const caller = { session: analyst };
    const wales = await json(await client(caller).skills.needs.$get({ query: {} }));
    expect(wales.levels).toEqual([0, 1, 2, 3, 4]);
    const c0 = wales.competencies.find((c) => c.competencyId === comps[0]!.id);
    expect(c0!.wales.total).toBe(17);
    expect(c0!.wales.levels[2]).toBe(17);
    const powys = await json(await client(caller).skills.needs.$get({ query: { healthBoard: 'pthb' } }));
    const hd = await json(await client(caller).skills.needs.$get({ query: { healthBoard: 'hduhb' } }));
    const none = await json(await client(caller).skills.needs.$get({ query: { healthBoard: 'none' } }));
    const p0 = powys.competencies.find((c) => c.competencyId === comps[0]!.id);
    const h0 = hd.competencies.find((c) => c.competencyId === comps[0]!.id);
    const n0 = none.competencies.find((c) => c.competencyId === comps[0]!.id);
    expect(p0!.healthBoard!.total).toBeNull();
    expect(p0!.healthBoard!.levels[2]).toBeNull();
    // 17 − 6 − 7 would give Powys's 4: so at least one of those is withheld too
    expect(h0!.healthBoard!.total === null || n0!.healthBoard!.total === null).toBe(true);
    const body = JSON.stringify([wales, powys, hd, none]);
    expect(body).not.toMatch(/"total":[1-4][,}]/);
    await expectError(await client(caller).skills.needs.$get({ query: { healthBoard: 'atlantis' } }), 400, 'validation');
    // the table holds counts only: no ids, no times finer than the quarter
    const cols = await env.DB.prepare('PRAGMA table_info(skills_contributions)').all<{ name: string }>();
    expect(cols.results.map((c) => c.name).sort()).toEqual([
      'competency_id',
      'count',
      'framework_version',
      'health_board',
      'held',
      'quarter',
      'setting',
    ]);
  }, 60_000);

  it('follows every new contribution at once, from totals the triggers keep equal to the counts', async () => {
    const analyst = await signIn('skills-analyst-2@example.cymru');
    await setRole(analyst.userId, 'analyst');
    const total = async () => {
      const body = await json(await client({ session: analyst }).skills.needs.$get({ query: {} }));
      return body.competencies.find((c) => c.competencyId === comps[0]!.id)!.wales.total;
    };
    const contribute = async (n: number) => {
      for (let k = 0; k < n; k++) {
        const s = await signIn(`skills-follow-${k}-${crypto.randomUUID()}@example.cymru`);
        const a = await json(await client({ session: s }).assessments.$post({ json: { assessment: draft(comps.length, () => 3) } }));
        await client({ session: s }).assessments[':id'].complete.$post({
          param: { id: a.id },
          json: { contribute: true, setting: 'primary-care' },
        });
      }
    };
    await contribute(6);
    const before = await total();
    expect(before).toBeGreaterThanOrEqual(6);
    expect(await total()).toBe(before); // the same state: the same answer
    await contribute(1);
    expect(await total()).toBe(before! + 1);
    const sums = `SELECT framework_version, competency_id, held, health_board, setting, SUM(count) AS n FROM skills_contributions
      GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`;
    const kept =
      'SELECT framework_version, competency_id, held, health_board, setting, count AS n FROM skills_totals WHERE count > 0 ORDER BY 1, 2, 3, 4, 5';
    expect((await env.DB.prepare(kept).all()).results).toEqual((await env.DB.prepare(sums).all()).results);
    // an update and a delete of the counts move the totals and the state too
    const state = async () => (await env.DB.prepare('SELECT version FROM skills_state').first<{ version: number }>())!.version;
    const s0 = await state();
    await env.DB.prepare('UPDATE skills_contributions SET count = count + 2 WHERE competency_id = ?').bind(comps[0]!.id).run();
    await env.DB.prepare('DELETE FROM skills_contributions WHERE competency_id = ?').bind(comps[1]!.id).run();
    expect(await state()).toBeGreaterThan(s0);
    expect((await env.DB.prepare(kept).all()).results).toEqual((await env.DB.prepare(sums).all()).results);
  }, 60_000);
});
