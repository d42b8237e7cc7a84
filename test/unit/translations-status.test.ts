// Translation status that cannot drift, proved on fixtures: change an English text and the
// check refuses it; mark it reviewed (after updating the Welsh) and it passes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { report, repositoryReport } from '../../scripts/translations/check.ts';
import { proseUnitsAndOrphans } from '../../scripts/translations/repository.ts';
import { evaluate, formatStatus, hash, readStatus, review, type Status } from '../../scripts/translations/status.ts';
import { contentUnits, stringUnits, type Unit } from '../../scripts/translations/units.ts';

const strings = (en: string) => ({
  'share.for': { cy: 'Ar gyfer', en },
  'count.terms': {
    cy: {
      zero: '{count} term',
      one: '{count} term',
      two: '{count} derm',
      few: '{count} therm',
      many: '{count} therm',
      other: '{count} term',
    },
    en: { one: '{count} term', other: '{count} terms' },
  },
});
const glossary = (definition: string) => [
  {
    id: 'wellbeing',
    term: { cy: 'Llesiant', en: 'Wellbeing' },
    definition: { cy: 'Pa mor dda…', en: definition },
    alternatives: { cy: ['Lles'], en: ['Well-being'] },
  },
];
const fixtureUnits = (en = 'For', definition = 'How well a person feels') => [
  ...stringUnits(strings(en), 'fixture/strings.ts'),
  ...contentUnits('glossary', 'fixture/terms.ts', glossary(definition)),
];
const stateOf = (units: Unit[], status: Status, id: string) => evaluate(units, status).find((s) => s.unit.id === id)?.state;

describe('translation status on a fixture', () => {
  it('names every text, plural form and list by a stable id', () => {
    const ids = fixtureUnits().map((u) => u.id);
    expect(ids).toEqual([
      'ui:share.for',
      'ui:count.terms',
      'glossary:wellbeing:term',
      'glossary:wellbeing:definition',
      'glossary:wellbeing:alternatives',
    ]);
    const plural = fixtureUnits()[1]!;
    expect(plural.segments.map((s) => `${s.id}=${s.en}`)).toEqual([
      'zero={count} terms',
      'one={count} term',
      'two={count} terms',
      'few={count} terms',
      'many={count} terms',
      'other={count} terms',
    ]);
  });
  it('refuses a text whose English changed after its Welsh was reviewed, and passes once it is marked reviewed', () => {
    const status = review(new Map(), fixtureUnits());
    expect(report(fixtureUnits(), status).errors).toEqual([]);

    // the English changes; the Welsh does not
    const changed = fixtureUnits('Intended for');
    const r = report(changed, status);
    expect(r.counts.stale).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^translation ui:share\.for: the English changed since the Welsh was reviewed/);
    expect(r.errors[0]).toContain('npm run translations -- review');

    // a reviewer updates the Welsh (or confirms it) and marks it reviewed: the check passes
    const reviewed = review(
      status,
      changed.filter((u) => u.id === 'ui:share.for'),
    );
    expect(report(changed, reviewed).errors).toEqual([]);
    expect(stateOf(changed, reviewed, 'ui:share.for')).toBe('reviewed');
  });
  it('tells new, edited and stale-and-updated texts apart', () => {
    const status = review(new Map(), fixtureUnits());
    const units = fixtureUnits('For', 'How well someone feels');
    // English of the definition changed and the Welsh was updated too: still stale until reviewed
    const updated = units.map((u) => (u.id === 'glossary:wellbeing:definition' ? { ...u, cy: 'Pa mor dda y mae rhywun…' } : u));
    const s = evaluate(updated, status).find((x) => x.unit.id === 'glossary:wellbeing:definition')!;
    expect(s.state).toBe('stale');
    expect(s.welshUpdated).toBe(true);
    // Welsh changed alone: edited (a warning, not a refusal)
    const edited = fixtureUnits().map((u) => (u.id === 'ui:share.for' ? { ...u, cy: 'I' } : u));
    expect(stateOf(edited, status, 'ui:share.for')).toBe('edited');
    expect(report(edited, status).errors).toEqual([]);
    expect(report(edited, status).warnings.join()).toMatch(/1 text\(s\) whose Welsh changed/);
    // never reviewed: new (a warning)
    expect(stateOf(fixtureUnits(), new Map(), 'ui:share.for')).toBe('new');
  });
  it('writes one sorted line per text, and reads it back', () => {
    const status = review(new Map(), fixtureUnits());
    const text = formatStatus(status);
    expect(text.split('\n').filter((l) => l.startsWith('    "'))).toHaveLength(5);
    const dir = mkdtempSync(join(tmpdir(), 'status-'));
    writeFileSync(join(dir, 's.json'), text);
    expect(readStatus(join(dir, 's.json'))).toEqual(status);
    expect(JSON.parse(text).units['ui:share.for']).toBe(`${hash('For')} ${hash('Ar gyfer')}`);
  });
});

describe('Markdown prose on a fixture page', () => {
  const copyFixture = () => {
    const dir = mkdtempSync(join(tmpdir(), 'prose-'));
    cpSync('site/test-fixtures/content/pages', join(dir, 'pages'), { recursive: true });
    return { dir, dirs: [{ prefix: 'page', dir: join(dir, 'pages') }] };
  };
  const edit = (file: string, f: (s: string) => string) => writeFileSync(file, f(readFileSync(file, 'utf8')));

  it('pairs the blocks of each page and refuses a paragraph whose English changed', () => {
    const { dir, dirs } = copyFixture();
    const first = proseUnitsAndOrphans(new Map(), dirs);
    expect(first.units.some((u) => u.id === 'page:explainer:title')).toBe(true);
    expect(first.units.filter((u) => u.id.startsWith('page:explainer:') && u.prose).length).toBe(4);
    const status = review(new Map(), first.units);
    expect(report(first.units, status).errors).toEqual([]);

    const en = join(dir, 'pages/en/explainer.md');
    const para = first.units.find((u) => u.id.startsWith('page:explainer:') && u.prose?.kind === 'p')!;
    edit(en, (s) => s.replace(para.en, `${para.en} A new English sentence.`));
    const after = proseUnitsAndOrphans(status, dirs);
    const r = report(after.units, status, after.orphans);
    expect(r.errors).toEqual([expect.stringMatching(new RegExp(`^translation ${para.id}: the English changed`))]);
    expect(
      report(
        after.units,
        review(
          status,
          after.units.filter((u) => u.id === para.id),
        ),
      ).errors,
    ).toEqual([]);
  });
  it('finds a paragraph added in English where it is, without blaming the blocks after it', () => {
    const { dir, dirs } = copyFixture();
    const status = review(new Map(), proseUnitsAndOrphans(new Map(), dirs).units);
    const en = join(dir, 'pages/en/explainer.md');
    const units = proseUnitsAndOrphans(status, dirs).units.filter((u) => u.id.startsWith('page:explainer:') && u.prose);
    const target = units[1]!;
    edit(en, (s) => s.replace(target.en, `A paragraph added in English.\n\n${target.en}`));
    const after = proseUnitsAndOrphans(status, dirs);
    const r = report(after.units, status, after.orphans);
    expect(r.counts.missing).toBe(1);
    expect(r.counts.stale).toBe(0);
    expect(r.errors).toEqual([expect.stringMatching(/^translation page:explainer:\d+: no Welsh/)]);
    // and a Welsh paragraph whose English was removed is reported, not silently kept
    edit(en, (s) => s.replace(`A paragraph added in English.\n\n${target.en}\n\n`, ''));
    const removed = proseUnitsAndOrphans(status, dirs);
    expect(removed.orphans.map((o) => o.text)).toEqual([units[1]!.cy]);
  });
});

describe('one English term, one Welsh term', () => {
  it('refuses Welsh that uses a variant the editor replaced, and finds none in the hub', () => {
    const status = review(new Map(), fixtureUnits());
    const variant = fixtureUnits().map((u) => (u.id === 'ui:share.for' ? { ...u, cy: 'Llwytho i lawr fel CSV' } : u));
    expect(report(variant, status).errors).toContainEqual(
      expect.stringMatching(/^terminology ui:share\.for: say “lawrlwytho” for “download”/),
    );
    const hub = repositoryReport();
    expect(hub.errors.filter((e) => e.startsWith('terminology'))).toEqual([]);
    expect(hub.errors).toEqual([]);
  });
});

describe('the hub’s own status file', () => {
  it('covers every text of the hub, all reviewed', () => {
    const status = readStatus();
    expect(status.size).toBeGreaterThan(2000);
    for (const prefix of [
      'ui:',
      'glossary:',
      'source:',
      'framework:',
      'standards:',
      'dataset:',
      'geography:',
      'message:',
      'page:',
      'spec:',
    ])
      expect([...status.keys()].some((k) => k.startsWith(prefix))).toBe(true);
  });
  it('the repository check refuses a text whose English changed since review, until it is marked reviewed', () => {
    // Simulate "the English of share.for changed": its recorded English hash no longer matches.
    const dir = mkdtempSync(join(tmpdir(), 'status-'));
    const file = join(dir, 'translation-status.json');
    const status = readStatus();
    const rec = status.get('ui:share.for')!;
    status.set('ui:share.for', { en: hash('Something else'), cy: rec.cy });
    writeFileSync(file, formatStatus(status));
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/translations/cli.ts', ...args], {
        encoding: 'utf8',
        env: { ...process.env, TRANSLATION_STATUS: file },
      });
    const refused = cli();
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/Stale: the English changed since the Welsh was reviewed \(1\):\n {2}ui:share\.for/);
    const marked = cli('review', 'ui:share.for');
    expect(marked.status).toBe(0);
    expect(cli().status).toBe(0);
    expect(readStatus(file).get('ui:share.for')).toEqual(readStatus().get('ui:share.for'));
  }, 60_000);
});
