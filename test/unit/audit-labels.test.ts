// Every audit log action and record kind the Worker writes has a label in both languages,
// so the audit log page never shows a bare code on a Welsh (or English) page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabel } from '../../content/i18n.ts';
import { strings } from '../../content/ui/strings.ts';

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (e.name.endsWith('.ts')) yield readFileSync(p, 'utf8');
  }
}
const code = [...sources('worker/src')].join('\n');

/** Action codes written by auditEntry/auditIf: literals, both arms of a ternary, and `return.${…}` templates. */
function actionCodes(): Set<string> {
  const out = new Set<string>();
  for (const m of code.matchAll(/\baction:\s*([^\n]+)/g)) {
    const expr = m[1]!;
    for (const lit of expr.matchAll(/'([a-z_][a-z_.-]*\.[a-z_.-]+)'/g)) out.add(lit[1]!);
    const tpl = expr.match(/`([a-z_.-]+)\$\{[^}]*\?\s*'([a-z-]+)'\s*:\s*'([a-z-]+)'\s*\}`/);
    if (tpl) for (const arm of [tpl[2]!, tpl[3]!]) out.add(tpl[1]! + arm);
  }
  return out;
}
const entityTypes = () => new Set([...code.matchAll(/\bentityType:\s*'([a-z_]+)'/g)].map((m) => m[1]!));

describe('audit log labels', () => {
  it('finds the action codes the Worker writes (the scan itself works)', () => {
    const codes = actionCodes();
    for (const c of ['organisation.create', 'return.submit', 'return.accept', 'return.return', 'period.lock', 'period.unlock'])
      expect(codes).toContain(c);
    expect(codes.size).toBeGreaterThan(30);
  });
  it('has a Welsh and an English label for every action code', () => {
    const missing = [...actionCodes()].filter((c) => !(`audit.action.${c}` in strings));
    expect(missing).toEqual([]);
    for (const c of actionCodes()) {
      expect(auditActionLabel('cy', c)).not.toBe(c);
      expect(auditActionLabel('cy', c)).not.toBe(auditActionLabel('en', c));
    }
    expect(auditActionLabel('cy', 'return.return')).toBe("Dychwelwyd ffurflen i'w diwygio");
    expect(auditActionLabel('en', 'something.new')).toBe('something.new');
  });
  it('has a label for every kind of record', () => {
    const missing = [...entityTypes()].filter((e) => !(`adminui.audit.type.${e}` in strings));
    expect(missing).toEqual([]);
  });
});
