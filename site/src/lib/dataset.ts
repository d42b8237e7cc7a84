// The dataset definition in words: field labels and validation rules, per language.

import { formatList, t } from '../../../content/i18n.ts';
import type { DatasetDefinition, Lang, Rule } from '../../../content/schema.ts';

/** "referrals-received.age-band.age-18-24" → "Referrals received (Age band: 18–24)". */
export function fieldLabel(ds: DatasetDefinition, ref: string, lang: Lang): string {
  const [itemId, breakdownId, categoryId] = ref.split('.');
  const item = ds.items.find((i) => i.id === itemId);
  const base = item ? item.label[lang] : ref;
  if (!breakdownId) return base;
  const b = ds.breakdowns.find((x) => x.id === breakdownId);
  const c = b?.categories.find((x) => x.id === categoryId);
  return `${base} (${b ? b.label[lang] : breakdownId}: ${c ? c.label[lang] : categoryId})`;
}

/** A validation rule in plain words. */
export function ruleText(ds: DatasetDefinition, rule: Rule, lang: Lang): string {
  const f = (ref: string) => fieldLabel(ds, ref, lang);
  switch (rule.kind) {
    case 'sum-equals':
      return t(lang, 'dataset.rule.sum-equals', {
        parts: formatList(
          rule.parts.map((p) => `“${f(p)}”`),
          lang,
        ),
        total: f(rule.total),
      });
    case 'not-greater':
      return t(lang, 'dataset.rule.not-greater', { field: f(rule.field), limit: f(rule.limit) });
    case 'change-vs-previous':
      return t(lang, 'dataset.rule.change-vs-previous', {
        field: f(rule.field),
        pct: Math.round(rule.maxChange * 100),
        base: rule.minBase,
      });
    case 'outlier-vs-history':
      return t(lang, 'dataset.rule.outlier-vs-history', {
        field: f(rule.field),
        quarters: rule.quarters,
        k: rule.k,
        spread: Math.round(rule.minSpread * 100),
        min: rule.minHistory,
      });
    case 'requires':
      return t(lang, 'dataset.rule.requires', { field: f(rule.field), requires: f(rule.requires) });
  }
}
