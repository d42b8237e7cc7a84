// Validation of a quarterly return against a dataset definition. The same function runs in the
// browser (form), in the Worker (API, CSV upload) and in tests, so every issue is reported at
// once, in both languages, in form order, with the field labels and numbers filled in.
import { formatList, t } from '../i18n.ts';
import type { DatasetDefinition, Lang, Rule, Text } from '../schema.ts';
import { type Field, type FieldKey, fieldsOf, inSentence } from './fields.ts';
import { formatValue, parseNumber } from './numbers.ts';
import { type HistoryQuarter, outlierBand } from './outliers.ts';

export interface Issue {
  severity: 'error' | 'warning';
  /** 'type', 'range', 'decimals', 'required', 'breakdown-sum', 'breakdown-total', 'unknown-field', or a rule id. */
  code: string;
  field: FieldKey;
  related: FieldKey[];
  message: Text;
}

export interface ValidateOptions {
  /** Values of the last accepted return, for change-vs-previous warnings. */
  previous?: Record<string, number | null>;
  /** The organisation's accepted quarters before this one and this return's period, for outlier-vs-history warnings. */
  history?: { periodId: string; quarters: readonly HistoryQuarter[] };
  /** Report missing required fields (on submission; drafts may be incomplete). */
  requireComplete?: boolean;
}

export interface ValidationResult {
  values: Record<FieldKey, number | null>;
  errors: Issue[];
  warnings: Issue[];
}

export { formatValue, type Parsed, parseNumber } from './numbers.ts';

/** Count decimal places of a number as written in plain notation. */
function decimalPlaces(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = n.toString();
  if (s.includes('e')) {
    const [mant, exp] = s.split('e') as [string, string];
    const frac = mant.split('.')[1]?.length ?? 0;
    return Math.max(0, frac - Number(exp));
  }
  return s.split('.')[1]?.length ?? 0;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? vars[k]! : m));
}

type Vars = Record<string, string | number | null | { cy: string; en: string }>;

/** Fill a bilingual template: numbers are formatted per language, Text values picked per language. */
function message(template: Text, vars: Vars): Text {
  const one = (lang: Lang) => {
    const v: Record<string, string> = {};
    for (const [k, x] of Object.entries(vars)) {
      if (x === null) v[k] = lang === 'cy' ? 'gwag' : 'blank';
      else if (typeof x === 'number') v[k] = formatValue(x, lang);
      else if (typeof x === 'string') v[k] = x;
      else v[k] = x[lang];
    }
    return fill(template[lang], v);
  };
  return { cy: one('cy'), en: one('en') };
}

const both = (f: (lang: Lang) => string): Text => ({ cy: f('cy'), en: f('en') });

// ---------------------------------------------------------------- generated messages
/** Every validation message, in both languages (also read by the translations tool). */
export const validationMessages = {
  type: {
    cy: 'Rhowch “{field}” fel rhif, er enghraifft 12 neu 1,234',
    en: 'Enter “{field}” as a number, for example 12 or 1,234',
  },
  whole: {
    cy: 'Rhaid i “{field}” fod yn rhif cyfan, heb le degol',
    en: '“{field}” must be a whole number, with no decimal places',
  },
  negative: {
    cy: 'Rhaid i “{field}” fod yn 0 neu fwy',
    en: '“{field}” must be 0 or more',
  },
  between: {
    cy: 'Rhaid i “{field}” fod rhwng {min} a {max}',
    en: '“{field}” must be between {min} and {max}',
  },
  atLeast: {
    cy: 'Rhaid i “{field}” fod yn {min} neu fwy',
    en: '“{field}” must be {min} or more',
  },
  atMost: {
    cy: 'Rhaid i “{field}” fod yn {max} neu lai',
    en: '“{field}” must be {max} or less',
  },
  decimals: {
    cy: 'Rhowch “{field}” gyda dim mwy na {places}',
    en: 'Enter “{field}” with no more than {places}',
  },
  required: {
    cy: 'Rhowch ffigur ar gyfer “{field}” (rhowch 0 os nad oes dim)',
    en: 'Enter a figure for “{field}” (enter 0 if there were none)',
  },
  breakdownSum: {
    cy: 'Mae’r ffigurau ar gyfer “{field}” yn ôl {breakdown} yn dod i {total}, ond {value} yw’r cyfanswm. Rhaid iddynt fod yr un fath.',
    en: 'The figures for “{field}” by {breakdown} add up to {total}, but the total is {value}. They must be the same.',
  },
  breakdownOver: {
    cy: 'Mae’r ffigurau a roddwyd hyd yma ar gyfer “{field}” yn ôl {breakdown} eisoes yn dod i {total}, sy’n fwy na’r cyfanswm o {value}.',
    en: 'The figures entered so far for “{field}” by {breakdown} already add up to {total}, which is more than the total of {value}.',
  },
  breakdownTotal: {
    cy: 'Rhowch gyfanswm ar gyfer “{field}”: mae ffigurau yn ôl {breakdown} wedi’u rhoi, ond mae’r cyfanswm yn wag.',
    en: 'Enter the total for “{field}”: figures by {breakdown} are filled in, but the total is blank.',
  },
  unknown: {
    cy: 'Nid yw “{key}” yn faes yn fersiwn {version} o’r set ddata graidd.',
    en: '“{key}” is not a field of version {version} of the core dataset.',
  },
} satisfies Record<string, Text>;

const placesText = (n: number): Text => both((lang) => t(lang, 'dataset.places', { count: n }));

// ---------------------------------------------------------------- definition check
/** Problems with the definition itself (unknown field references in rules, duplicate ids). Empty when sound. */
export function checkDefinition(def: DatasetDefinition): string[] {
  const problems: string[] = [];
  const keys = new Set(fieldsOf(def).map((f) => f.key));
  const seen = new Set<string>();
  for (const r of def.rules) {
    if (seen.has(r.id)) problems.push(`rule ${r.id}: duplicate id`);
    seen.add(r.id);
    for (const ref of ruleRefs(r)) if (!keys.has(ref)) problems.push(`rule ${r.id}: unknown field ${ref}`);
  }
  const sections = new Set(def.sections.map((s) => s.id));
  for (const i of def.items) if (!sections.has(i.section)) problems.push(`item ${i.id}: unknown section ${i.section}`);
  if (keys.size !== fieldsOf(def).length) problems.push('duplicate field keys');
  return problems;
}

/** Every field a rule reads, the main one first. */
export function ruleRefs(r: Rule): FieldKey[] {
  switch (r.kind) {
    case 'sum-equals':
      return [r.total, ...r.parts];
    case 'not-greater':
      return [r.field, r.limit];
    case 'requires':
      return [r.field, r.requires];
    case 'change-vs-previous':
    case 'outlier-vs-history':
      return [r.field];
  }
}

// ---------------------------------------------------------------- validation
/** What validation looks up in a definition, built once per definition (a save and a submission each validate). */
interface DefinitionIndex {
  fields: Field[];
  byKey: Map<FieldKey, Field>;
  order: Map<FieldKey, number>;
  /** Each item's breakdowns with the keys of their cells. */
  sums: { item: DatasetDefinition['items'][number]; breakdown: DatasetDefinition['breakdowns'][number]; cells: FieldKey[] }[];
}
const indexes = new WeakMap<DatasetDefinition, DefinitionIndex>();

function indexOf(def: DatasetDefinition): DefinitionIndex {
  const hit = indexes.get(def);
  if (hit) return hit;
  const fields = fieldsOf(def);
  const breakdowns = new Map(def.breakdowns.map((b) => [b.id, b]));
  const index: DefinitionIndex = {
    fields,
    byKey: new Map(fields.map((f) => [f.key, f])),
    order: new Map(fields.map((f, i) => [f.key, i])),
    sums: def.items.flatMap((item) =>
      item.breakdowns.map((bId) => {
        const breakdown = breakdowns.get(bId)!;
        return { item, breakdown, cells: breakdown.categories.map((c) => `${item.id}.${breakdown.id}.${c.id}`) };
      }),
    ),
  };
  indexes.set(def, index);
  return index;
}

export function validateReturn(def: DatasetDefinition, input: Record<string, unknown>, opts: ValidateOptions = {}): ValidationResult {
  const { fields, byKey, order, sums } = indexOf(def);
  const values: Record<FieldKey, number | null> = {};
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const bad = new Set<FieldKey>(); // fields with their own type/range/decimal error
  const label = (key: FieldKey): Text => byKey.get(key)?.label ?? { cy: key, en: key };

  const err = (code: string, field: FieldKey, related: FieldKey[], msg: Text) =>
    errors.push({ severity: 'error', code, field, related, message: msg });

  // Unknown keys.
  const unknown: Issue[] = [];
  for (const key of Object.keys(input)) {
    if (!byKey.has(key)) {
      unknown.push({
        severity: 'error',
        code: 'unknown-field',
        field: key,
        related: [],
        message: message(validationMessages.unknown, { key, version: def.version }),
      });
    }
  }

  // Each field on its own: type, whole numbers, range, decimals, required.
  for (const f of fields) {
    const parsed = parseNumber(Object.hasOwn(input, f.key) ? input[f.key] : undefined);
    if (!parsed.ok) {
      values[f.key] = null;
      bad.add(f.key);
      err('type', f.key, [], message(validationMessages.type, { field: f.label }));
      continue;
    }
    const v = parsed.value;
    values[f.key] = v;
    if (v === null) {
      if (opts.requireComplete && f.required) err('required', f.key, [], message(validationMessages.required, { field: f.label }));
      continue;
    }
    checkNumber(f, v);
  }

  function checkNumber(f: Field, v: number) {
    const min = f.type === 'count' ? Math.max(f.min ?? 0, 0) : f.min;
    const max = f.max;
    if (f.type === 'count' && !Number.isInteger(v)) {
      bad.add(f.key);
      err('decimals', f.key, [], message(validationMessages.whole, { field: f.label }));
    } else if (f.type === 'decimal' && f.decimals !== undefined && decimalPlaces(v) > f.decimals) {
      bad.add(f.key);
      err('decimals', f.key, [], message(validationMessages.decimals, { field: f.label, places: placesText(f.decimals) }));
    }
    if ((min !== undefined && v < min) || (max !== undefined && v > max)) {
      bad.add(f.key);
      const msg =
        f.type === 'count' && min === 0 && max === undefined
          ? validationMessages.negative
          : min !== undefined && max !== undefined
            ? validationMessages.between
            : min !== undefined
              ? validationMessages.atLeast
              : validationMessages.atMost;
      err('range', f.key, [], message(msg, { field: f.label, min: min ?? null, max: max ?? null }));
    }
  }

  const val = (key: FieldKey): number | null => (bad.has(key) ? null : (values[key] ?? null));

  // Generated breakdown sums.
  for (const { item, breakdown: b, cells } of sums) {
    if (bad.has(item.id) || cells.some((k) => bad.has(k))) continue;
    let present = 0;
    let sum = 0;
    for (const k of cells) {
      const v = values[k];
      if (v === null || v === undefined) continue;
      present++;
      sum += v;
    }
    if (present === 0) continue;
    const total = values[item.id] ?? null;
    const vars = { field: item.label, breakdown: both((l) => inSentence(b.label[l])), total: sum, value: total };
    if (total === null) {
      err('breakdown-total', item.id, [...cells], message(validationMessages.breakdownTotal, vars));
    } else if (present === cells.length) {
      if (sum !== total) err('breakdown-sum', item.id, [...cells], message(validationMessages.breakdownSum, vars));
    } else if (sum > total) {
      err('breakdown-sum', item.id, [...cells], message(validationMessages.breakdownOver, vars));
    }
  }

  // Explicit rules.
  for (const r of def.rules) {
    switch (r.kind) {
      case 'sum-equals': {
        const total = val(r.total);
        const parts = r.parts.map(val);
        if (total === null || parts.some((p) => p === null)) break;
        const sum = (parts as number[]).reduce((s, p) => s + p, 0);
        if (Math.abs(sum - total) > 1e-9) {
          const partsLabel = both((l) =>
            formatList(
              r.parts.map((p) => `“${label(p)[l]}”`),
              l,
            ),
          );
          err(r.id, r.total, r.parts, message(r.message, { field: label(r.total), value: total, limit: partsLabel, total: sum }));
        }
        break;
      }
      case 'not-greater': {
        const v = val(r.field);
        const limit = val(r.limit);
        if (v === null || limit === null) break;
        if (v > limit)
          err(r.id, r.field, [r.limit], message(r.message, { field: label(r.field), value: v, limit: label(r.limit), total: limit }));
        break;
      }
      case 'requires': {
        const v = val(r.field);
        if (v === null || v <= 0 || bad.has(r.requires)) break;
        const needed = val(r.requires);
        if (needed === null || needed <= 0) {
          err(
            r.id,
            r.field,
            [r.requires],
            message(r.message, { field: label(r.field), value: v, limit: label(r.requires), total: needed }),
          );
        }
        break;
      }
      case 'change-vs-previous': {
        if (!opts.previous) break;
        const prev = opts.previous[r.field];
        const v = val(r.field);
        if (prev === null || prev === undefined || !Number.isFinite(prev) || prev < r.minBase || prev <= 0 || v === null) break;
        if (Math.abs(v - prev) / prev > r.maxChange) {
          warnings.push({
            severity: 'warning',
            code: r.id,
            field: r.field,
            related: [],
            message: message(r.message, {
              field: label(r.field),
              value: v,
              previous: prev,
              limit: both((l) => `${formatValue(r.maxChange * 100, l)}%`),
            }),
          });
        }
        break;
      }
      case 'outlier-vs-history': {
        const v = val(r.field);
        if (!opts.history || v === null) break;
        const band = outlierBand(r, v, opts.history.periodId, opts.history.quarters);
        if (!band) break;
        // Bounds as whole numbers for counts, to the field's decimal places otherwise.
        const places = byKey.get(r.field)?.type === 'count' ? 0 : (byKey.get(r.field)?.decimals ?? 2);
        const round = (n: number) => Number(n.toFixed(places));
        warnings.push({
          severity: 'warning',
          code: r.id,
          field: r.field,
          related: [],
          message: message(r.message, {
            field: label(r.field),
            value: v,
            low: round(band.low),
            high: round(band.high),
            quarters: band.quarters,
          }),
        });
        break;
      }
    }
  }

  const byOrder = (a: Issue, b: Issue) => (order.get(a.field) ?? Infinity) - (order.get(b.field) ?? Infinity);
  errors.sort(byOrder); // Array.prototype.sort is stable: issues on one field keep their order.
  warnings.sort(byOrder);
  return { values, errors: [...errors, ...unknown], warnings };
}
