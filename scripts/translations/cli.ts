// npm run translations [-- command]
//   (no command)            list stale, missing, new and edited Welsh
//   review <id|pattern>…    mark texts reviewed after updating their Welsh ("ui:assess.*", "page:explainer:*")
//   review --new            mark every never-reviewed text reviewed (after reading them)
//   export [--csv] [--all] [--out file]
//                           XLIFF 2.0 (or CSV) of every new, stale or missing text (--all: every text)
//   import <file> [--review] [--leave-manual]
//                           check a translated XLIFF or CSV file, then write its Welsh into content/;
//                           nothing is written if any segment has a problem. --review (or segments
//                           marked reviewed/final in XLIFF) marks the texts reviewed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failing, report } from './check.ts';
import { fromCsv, fromXliff, toCsv, toXliff } from './exchange.ts';
import { applyEdits, checkReturned, locate, restore } from './importer.ts';
import { allUnits } from './repository.ts';
import { evaluate, matches, prune, readStatus, review, type Status, writeStatus } from './status.ts';
import type { Unit } from './units.ts';

const [command = 'list', ...args] = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--out'));

function load() {
  const status = readStatus();
  const { units, orphans } = allUnits(status);
  return { status, units, orphans };
}

/** Records prose blocks that are reviewed but moved under their current place, then prunes records of texts that are gone. */
function settle(status: Status, units: Unit[]): Status {
  const moved = evaluate(units, status).filter((s) => s.state === 'reviewed' && s.unit.prose);
  return prune(
    review(
      status,
      moved.map((s) => s.unit),
    ),
    units,
  );
}

function list() {
  const { status, units, orphans } = load();
  const r = report(units, status, orphans);
  const show = (state: string, title: string) => {
    const xs = r.states.filter((s) => s.state === state);
    if (!xs.length) return;
    console.log(`\n${title} (${xs.length}):`);
    for (const s of xs.slice(0, 200)) console.log(`  ${s.unit.id}  ${s.unit.file}${s.welshUpdated ? '  (Welsh updated since)' : ''}`);
    if (xs.length > 200) console.log(`  … and ${xs.length - 200} more`);
  };
  show('missing', 'No Welsh yet');
  show('stale', 'Stale: the English changed since the Welsh was reviewed');
  show('new', 'New: the Welsh has never been reviewed');
  show('edited', 'Edited: the Welsh changed since it was reviewed');
  for (const o of orphans) console.log(`\nWelsh block with no English in ${o.file}: “${o.text.slice(0, 70)}…”`);
  const c = r.counts;
  console.log(
    `\ntranslations: ${units.length} texts — ${c.reviewed} reviewed, ${c.edited} edited, ${c.new} new, ${c.stale} stale, ${c.missing} missing${orphans.length ? `, ${orphans.length} Welsh block(s) without English` : ''}`,
  );
  if (c.stale || c.missing || c.new || c.edited)
    console.log(
      'Update the Welsh, then mark it: npm run translations -- review <id or pattern>. For a translator: npm run translations -- export',
    );
  return failing(r).length || orphans.length ? 1 : 0;
}

function markReviewed() {
  const { status, units } = load();
  const states = evaluate(units, status);
  const chosen = flag('--new')
    ? states.filter((s) => s.state === 'new').map((s) => s.unit)
    : flag('--all')
      ? units
      : units.filter((u) => positional.some((p) => matches(u.id, p)));
  if (!chosen.length) {
    console.error('review: no text matches. Give ids or patterns (ui:assess.*), --new or --all.');
    return 1;
  }
  const missing = chosen.filter((u) => states.find((s) => s.unit === u)?.state === 'missing');
  if (missing.length) {
    console.error(`review: ${missing.length} text(s) have no Welsh yet, e.g. ${missing[0]!.id}`);
    return 1;
  }
  writeStatus(review(settle(status, units), chosen));
  console.log(`review: ${chosen.length} text(s) marked reviewed in content/translation-status.json`);
  return 0;
}

function exportFile() {
  const { status, units } = load();
  const states = evaluate(units, status).filter((s) => flag('--all') || ['new', 'stale', 'missing'].includes(s.state));
  const out = flag('--csv') ? toCsv(states) : toXliff(states);
  const file = option('--out');
  if (file) {
    writeFileSync(file, out);
    console.error(`export: ${states.length} text(s) written to ${file}`);
  } else process.stdout.write(out);
  return 0;
}

function importFile() {
  const file = positional[0];
  if (!file) {
    console.error('import: give the translated .xlf or .csv file');
    return 1;
  }
  const text = readFileSync(file, 'utf8');
  let returned: ReturnType<typeof fromCsv>;
  try {
    returned = /\.csv$/i.test(file) ? fromCsv(text) : fromXliff(text);
  } catch (e) {
    console.error(`import: ${file} cannot be read: ${(e as Error).message}. Nothing was changed.`);
    return 1;
  }
  const { units } = load();
  const { changes, problems } = checkReturned(returned, units);
  const { edits, manual } = locate(changes);
  if (problems.length || (manual.length && !flag('--leave-manual'))) {
    for (const p of [...problems, ...manual]) console.error(`  - ${p}`);
    console.error(`import: ${problems.length + manual.length} problem(s); nothing was changed.`);
    if (!problems.length) console.error('Use --leave-manual to write the others and edit these by hand.');
    return 1;
  }
  const placed = changes.filter((c) => !manual.some((m) => m.startsWith(`${c.unit.id}:`)));
  const before = applyEdits(edits);
  // Check in a fresh process that the content now loads and says exactly the new Welsh.
  const dir = mkdtempSync(join(tmpdir(), 'translations-'));
  const expected = join(dir, 'expected.json');
  const toReview = placed.filter((c) => flag('--review') || c.reviewed).map((c) => c.unit.id);
  writeFileSync(expected, JSON.stringify({ expect: placed.map((c) => ({ id: c.unit.id, cy: c.cy })), review: toReview }));
  const v = spawnSync(process.execPath, [process.argv[1]!, 'verify', expected], { encoding: 'utf8' });
  if (v.status !== 0) {
    restore(before);
    console.error(`import: the written Welsh did not check out, so every file was restored.\n${v.stderr || v.stdout}`);
    return 1;
  }
  for (const m of manual) console.error(`  by hand: ${m}`);
  console.log(
    `import: ${placed.length} text(s) written to ${before.size} file(s)${toReview.length ? `, ${toReview.length} marked reviewed` : ''}. Run npm run format.`,
  );
  return 0;
}

/** Internal: after an import, in a fresh process, every imported text must read back as written. */
function verify() {
  const { expect, review: ids } = JSON.parse(readFileSync(positional[0]!, 'utf8')) as {
    expect: { id: string; cy: Record<string, string> }[];
    review: string[];
  };
  const { status, units } = load();
  const byId = new Map(units.map((u) => [u.id, u]));
  const wrong = expect.filter((e) => {
    const u = byId.get(e.id);
    return !u || u.segments.some((s) => s.cy !== e.cy[s.id]);
  });
  if (wrong.length) {
    console.error(`verify: ${wrong.length} text(s) do not read back as imported, e.g. ${wrong[0]!.id}`);
    return 1;
  }
  if (ids.length)
    writeStatus(
      review(
        settle(status, units),
        units.filter((u) => ids.includes(u.id)),
      ),
    );
  return 0;
}

const commands: Record<string, () => number> = { list, review: markReviewed, export: exportFile, import: importFile, verify };
if (!commands[command]) {
  console.error(`translations: unknown command "${command}" (list, review, export, import)`);
  process.exit(2);
}
try {
  process.exit(commands[command]());
} catch (e) {
  console.error(`translations: ${(e as Error).stack ?? e}`);
  process.exit(1);
}
