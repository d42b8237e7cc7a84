import { describe, expect, it } from 'vitest';
import { fieldMap, fieldsOf } from '../../content/dataset/fields.ts';
import { type Issue, parseNumber, type ValidateOptions, validateReturn } from '../../content/dataset/validate.ts';
import { currentDataset as def } from '../../content/index.ts';
import type { Rule } from '../../content/schema.ts';
import { validReturn } from './dataset-fixtures.ts';
import { PERIOD, quartersBefore } from './outlier-fixtures.ts';

const fields = fieldMap(def);
const order = new Map(fieldsOf(def).map((f, i) => [f.key, i]));
const codes = (issues: Issue[]) => issues.map((i) => i.code);

/** Every message is complete in both languages: no unfilled {placeholder}, and the two differ. */
function expectWellFormed(issues: Issue[]) {
  for (const i of issues) {
    for (const lang of ['cy', 'en'] as const) {
      expect(i.message[lang].length, `${i.code} ${lang}`).toBeGreaterThan(10);
      expect(i.message[lang], `${i.code} ${lang}`).not.toMatch(/\{\w+\}/);
      expect(i.message[lang], `${i.code} ${lang}`).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(i.message.cy).not.toBe(i.message.en);
    for (const k of i.related) expect(fields.has(k), k).toBe(true);
  }
}

describe('validateReturn: a valid return', () => {
  it('a full, consistent return has no errors and no warnings, even with requireComplete', () => {
    const r = validateReturn(def, validReturn(def), { requireComplete: true });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(Object.keys(r.values)).toHaveLength(fieldsOf(def).length);
    expect(r.values['swemwbs-mean-end']).toBe(23.15);
  });

  it('an empty draft has no errors; requireComplete reports each required field', () => {
    expect(validateReturn(def, {}).errors).toEqual([]);
    const r = validateReturn(def, {}, { requireComplete: true });
    const required = fieldsOf(def).filter((f) => f.required);
    expect(r.errors).toHaveLength(required.length);
    expect(new Set(codes(r.errors))).toEqual(new Set(['required']));
    expect(r.errors.some((e) => e.field === 'swemwbs-people')).toBe(false); // optional
    expectWellFormed(r.errors);
  });

  it('coerces strings: blanks to null, thousands separators allowed', () => {
    const v = { ...validReturn(def), 'referrals-received': ' 1,234 ', 'people-declined': '', 'people-not-engaged': '   ' };
    const r = validateReturn(def, v);
    expect(r.values['referrals-received']).toBe(1234);
    expect(r.values['people-declined']).toBeNull();
    expect(r.values['people-not-engaged']).toBeNull();
    expect(r.errors).toEqual([]);
  });
});

describe('validateReturn: one field at a time', () => {
  it.each(['12abc', '1e3', 'NaN', 'Infinity', '-', '1,23', '12.', '0x10', 'twelve'])('"%s" is a type error', (bad) => {
    const r = validateReturn(def, { ...validReturn(def), 'people-declined': bad });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'type', field: 'people-declined', severity: 'error' });
    expect(r.values['people-declined']).toBeNull();
    expectWellFormed(r.errors);
  });

  it.each([NaN, Infinity, -Infinity, true, {}, []])('%s (not a finite number or string) is a type error', (bad) => {
    const r = validateReturn(def, { 'people-declined': bad });
    expect(codes(r.errors)).toEqual(['type']);
  });

  it('a negative count is a range error; a fractional count is a decimals error', () => {
    const neg = validateReturn(def, { 'people-declined': -1 });
    expect(neg.errors).toMatchObject([{ code: 'range', field: 'people-declined' }]);
    expect(neg.errors[0]!.message.en).toMatch(/0 or more/);
    expect(neg.errors[0]!.message.cy).toMatch(/0 neu fwy/);
    expect(codes(validateReturn(def, { 'people-declined': '-3' }).errors)).toEqual(['range']);
    const frac = validateReturn(def, { 'people-declined': 2.5 });
    expect(frac.errors).toMatchObject([{ code: 'decimals', field: 'people-declined' }]);
    expectWellFormed([...neg.errors, ...frac.errors]);
  });

  it('decimals: range and places come from the definition', () => {
    const base = validReturn(def);
    const low = validateReturn(def, { ...base, 'swemwbs-mean-start': 6.9 });
    expect(low.errors).toMatchObject([{ code: 'range', field: 'swemwbs-mean-start' }]);
    expect(low.errors[0]!.message.en).toBe('“Mean SWEMWBS score at start” must be between 7 and 35');
    expect(low.errors[0]!.message.cy).toBe('Rhaid i “Sgôr SWEMWBS gymedrig ar y dechrau” fod rhwng 7 a 35');
    expect(codes(validateReturn(def, { ...base, 'ons4-life-satisfaction-mean-end': 10.5 }).errors)).toEqual(['range']);
    const places = validateReturn(def, { ...base, 'swemwbs-mean-start': '19.123' });
    expect(places.errors).toMatchObject([{ code: 'decimals', field: 'swemwbs-mean-start' }]);
    expect(places.errors[0]!.message.en).toMatch(/2 decimal places/);
    expect(places.errors[0]!.message.cy).toMatch(/2 le degol/);
    expect(validateReturn(def, { ...base, 'swemwbs-mean-start': 7, 'swemwbs-mean-end': 35 }).errors).toEqual([]);
    expect(validateReturn(def, { ...base, 'ons4-life-satisfaction-mean-start': 0 }).errors).toEqual([]);
  });

  it('unknown keys are errors with code unknown-field, listed after the known fields', () => {
    const r = validateReturn(def, { 'no-such-field': 1, 'people-declined': -1, 'referrals-received.age-band.age-200-plus': 3 });
    expect(codes(r.errors)).toEqual(['range', 'unknown-field', 'unknown-field']);
    expect(r.errors[1]!.field).toBe('no-such-field');
    expect(r.errors[1]!.message.en).toContain('no-such-field');
    expect(r.errors[1]!.message.cy).toContain('no-such-field');
    expect(r.values).not.toHaveProperty('no-such-field');
    expectWellFormed(r.errors);
  });

  it('parseNumber is strict', () => {
    expect(parseNumber('1,234,567.5')).toEqual({ ok: true, value: 1234567.5 });
    expect(parseNumber('0')).toEqual({ ok: true, value: 0 });
    expect(parseNumber('')).toEqual({ ok: true, value: null });
    expect(parseNumber('12,34').ok).toBe(false);
    expect(parseNumber('+5').ok).toBe(false);
  });
});

describe('validateReturn: generated breakdown sums (every item with breakdowns)', () => {
  const withBreakdowns = def.items.filter((i) => i.breakdowns.length > 0);
  const cases = withBreakdowns.flatMap((item) =>
    item.breakdowns.map((bId) => {
      const b = def.breakdowns.find((x) => x.id === bId)!;
      return { item: item.id, breakdown: bId, cells: b.categories.map((c) => `${item.id}.${bId}.${c.id}`) };
    }),
  );
  it('there are cases to test', () => expect(cases.length).toBeGreaterThanOrEqual(9));

  it.each(cases)('$item by $breakdown: categories must add up to the total', ({ item, breakdown, cells }) => {
    const good = validReturn(def);
    const bad = { ...good, [cells[0]!]: good[cells[0]!]! + 1 };
    const r = validateReturn(def, bad);
    expect(r.errors).toHaveLength(1);
    const e = r.errors[0]!;
    expect(e).toMatchObject({ code: 'breakdown-sum', field: item, severity: 'error' });
    expect(e.related).toEqual(cells);
    const b = def.breakdowns.find((x) => x.id === breakdown)!;
    expect(e.message.en).toContain(`by ${b.label.en.charAt(0).toLowerCase()}${b.label.en.slice(1)}`);
    expect(e.message.cy).toContain(`yn ôl ${b.label.cy.charAt(0).toLowerCase()}${b.label.cy.slice(1)}`);
    expectWellFormed(r.errors);
  });

  it.each(cases)('$item by $breakdown: categories filled but total blank is an error', ({ item, cells }) => {
    const v: Record<string, unknown> = { ...validReturn(def), [item]: '' };
    const r = validateReturn(def, v);
    const mine = r.errors.filter((e) => e.code === 'breakdown-total' && e.field === item);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.some((e) => e.related.join() === cells.join())).toBe(true);
    expectWellFormed(r.errors);
  });

  it.each(cases)('$item by $breakdown: a partly filled breakdown is checked only once it exceeds the total', ({ item, cells }) => {
    const v: Record<string, unknown> = { [item]: 10 };
    v[cells[0]!] = 4;
    expect(validateReturn(def, v).errors).toEqual([]);
    v[cells[1]!] = 7;
    expect(codes(validateReturn(def, v).errors)).toEqual(['breakdown-sum']);
  });

  it('reports both the total and the numbers in each language’s format', () => {
    const good = validReturn(def);
    const cell = 'referrals-received.age-band.age-0-17';
    const r = validateReturn(def, { ...good, [cell]: good[cell]! + 1000 });
    expect(r.errors[0]!.message.en).toContain('2,234');
    expect(r.errors[0]!.message.en).toContain('1,234');
    expect(r.errors[0]!.message.cy).toContain('2,234');
    expect(r.errors[0]!.message.cy).toMatch(/band oedran/);
  });
});

/** Make a return that breaks exactly this rule, starting from a valid one. */
function breakRule(rule: Rule): {
  input: Record<string, number | null>;
  previous?: Record<string, number | null>;
  history?: ValidateOptions['history'];
} {
  const v: Record<string, number | null> = validReturn(def);
  switch (rule.kind) {
    case 'not-greater': {
      const limit = v[rule.limit]!;
      const f = fields.get(rule.field)!;
      if (f.max !== undefined && limit + 1 > f.max) v[rule.limit] = f.max - 2;
      v[rule.field] = v[rule.limit]! + 1;
      return { input: v };
    }
    case 'sum-equals':
      v[rule.total] = v[rule.total]! + 1;
      return { input: v };
    case 'requires': {
      const req = fields.get(rule.requires)!;
      v[rule.requires] = req.min !== undefined && req.min > 0 ? null : 0;
      return { input: v };
    }
    case 'change-vs-previous': {
      const previous: Record<string, number | null> = { ...v };
      previous[rule.field] = Math.max(rule.minBase, v[rule.field]!) * 3;
      return { input: v, previous };
    }
    case 'outlier-vs-history': {
      // The organisation's usual figure was three times this one, quarter after quarter.
      const usual = { ...v, [rule.field]: v[rule.field]! * 3 };
      const quarters = quartersBefore(rule.quarters).map((periodId) => ({ periodId, values: usual }));
      return { input: v, history: { periodId: PERIOD, quarters } };
    }
  }
}

describe('validateReturn: every rule of the definition', () => {
  it.each(def.rules.map((r) => [r.id, r] as const))('%s fires on a crafted return and only there', (_id, rule) => {
    const { input, previous, history } = breakRule(rule);
    const r = validateReturn(def, input, { ...(previous ? { previous } : {}), ...(history ? { history } : {}) });
    const issues = rule.severity === 'warning' ? r.warnings : r.errors;
    const hit = issues.filter((i) => i.code === rule.id);
    expect(hit, JSON.stringify(r.errors.map((e) => e.code))).toHaveLength(1);
    expect(hit[0]!.severity).toBe(rule.severity);
    expect(fields.has(hit[0]!.field)).toBe(true);
    expectWellFormed(issues);
    // The crafted values are all valid on their own: only rules fire.
    expect(codes(r.errors).filter((c) => ['type', 'range', 'decimals', 'required', 'unknown-field'].includes(c))).toEqual([]);
    // And the valid return (with the same previous, where one is needed) stays quiet.
    const quiet = validateReturn(def, validReturn(def), { previous: validReturn(def) });
    expect(codes([...quiet.errors, ...quiet.warnings])).not.toContain(rule.id);
  });

  it('the message of a not-greater rule names both fields and both numbers in each language', () => {
    const r = validateReturn(def, { ...validReturn(def), 'action-plans-agreed': 1500, 'what-matters-conversations': 1200 });
    const e = r.errors.find((i) => i.code === 'action-plans-within-conversations')!;
    expect(e.message.en).toBe(
      '“Action plans agreed” is 1,500, which is more than “‘What matters’ conversations held” (1,200). Every new action plan follows a “what matters” conversation, so check both figures.',
    );
    expect(e.message.cy).toContain('“Cynlluniau gweithredu a gytunwyd” yw 1,500');
    expect(e.message.cy).toContain('“Sgyrsiau ‘beth sy’n bwysig’ a gynhaliwyd” (1,200)');
  });

  it('the sum-equals message lists the parts joined in each language', () => {
    const r = validateReturn(def, { ...validReturn(def), 'outcome-worse': 6 });
    const e = r.errors.find((i) => i.code === 'outcome-directions-sum')!;
    expect(e.related).toEqual(['outcome-improved', 'outcome-no-change', 'outcome-worse']);
    expect(e.message.en).toContain('“Wellbeing improved”, “No meaningful change in wellbeing” and “Wellbeing worse” add up to 46');
    expect(e.message.cy).toContain('“Llesiant wedi gwella”, “Dim newid ystyrlon mewn llesiant” a “Llesiant wedi gwaethygu”');
  });

  it('rules skip fields that already have their own error', () => {
    const r = validateReturn(def, { ...validReturn(def), 'action-plans-agreed': '9999x' });
    expect(codes(r.errors)).toEqual(['type']);
  });
});

describe('validateReturn: change against the previous quarter', () => {
  const change = def.rules.filter((r) => r.kind === 'change-vs-previous');

  it('gives no warnings without previous values, however large the change', () => {
    const v = validReturn(def);
    const r = validateReturn(def, v);
    expect(r.warnings).toEqual([]);
  });

  it('warns on a change of more than half, up or down, and not at exactly half', () => {
    const v = validReturn(def);
    const up = validateReturn(def, v, { previous: { 'referrals-received': 800 } }); // +54%
    expect(up.warnings).toMatchObject([{ code: 'change-referrals-received', field: 'referrals-received', severity: 'warning' }]);
    expect(up.warnings[0]!.message.en).toContain('800');
    expect(up.warnings[0]!.message.en).toContain('50%');
    expect(up.warnings[0]!.message.cy).toContain('y chwarter blaenorol');
    expect(up.errors).toEqual([]);
    expect(validateReturn(def, v, { previous: { 'referrals-received': 2500 } }).warnings).toHaveLength(1); // −51%
    expect(validateReturn(def, { ...v, 'referrals-received': 150 }, { previous: { 'referrals-received': 100 } }).warnings).toEqual([]);
  });

  it.each(change.map((r) => [r.id, r] as const))('%s stays quiet when the previous value is below its minimum base', (_id, rule) => {
    if (rule.kind !== 'change-vs-previous') return;
    const v = validReturn(def);
    const previous = { [rule.field]: Math.max(0, rule.minBase - 1) };
    const input = { ...v, [rule.field]: (rule.minBase + 5) * 10 };
    expect(validateReturn(def, input, { previous }).warnings).toEqual([]);
    expect(validateReturn(def, input, { previous: { [rule.field]: null } }).warnings).toEqual([]);
  });
});

describe('validateReturn: everything at once, in form order', () => {
  it('reports all issues, sorted by field order, with unknown fields last', () => {
    const v: Record<string, unknown> = {
      ...validReturn(def),
      zzz: 1,
      'practitioners-welsh-speaking': 7, // > headcount 6
      'people-declined': 'abc',
      'referrals-received.gender.female': 999999,
      'swemwbs-mean-start': 50,
    };
    const r = validateReturn(def, v, { requireComplete: true });
    expect(codes(r.errors)).toEqual(['breakdown-sum', 'type', 'range', 'welsh-speakers-within-headcount', 'unknown-field']);
    const idx = r.errors.slice(0, -1).map((e) => order.get(e.field)!);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    expectWellFormed(r.errors);
  });
});

describe('validateReturn: hostile input', () => {
  it('never throws, and every issue it gives is well formed', async () => {
    const fc = await import('fast-check');
    const keys = fieldsOf(def).map((f) => f.key);
    const key = fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 20 }));
    const value = fc.oneof(
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.double(),
      fc.string({ maxLength: 12 }),
      fc.constantFrom(null, undefined, '', ' ', '1,000', '-0', '00012', '1.005', true),
    );
    fc.assert(
      fc.property(
        fc.dictionary(key, value, { maxKeys: 30 }),
        fc.option(fc.dictionary(fc.constantFrom(...keys), fc.option(fc.integer({ min: 0, max: 1e5 })))),
        (input, prev) => {
          const r = validateReturn(def, input, { requireComplete: true, ...(prev ? { previous: prev } : {}) });
          for (const i of [...r.errors, ...r.warnings]) {
            if (i.code === 'unknown-field') {
              // The unknown key is echoed as given (it may itself look like a placeholder).
              expect(i.message.en).toContain(i.field);
              continue;
            }
            expect(i.message.cy).not.toMatch(/\{\w+\}|undefined|NaN/);
            expect(i.message.en).not.toMatch(/\{\w+\}|undefined|NaN/);
          }
          for (const v of Object.values(r.values)) expect(v === null || Number.isFinite(v)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
