// Strings per page: what the shell ships (pageStringsData) formats in the browser
// (stringsFrom, without the table) exactly as the table-backed t() does.
import { describe, expect, it, vi } from 'vitest';
import { relativeDay } from '../../content/datetime.ts';
import { pageStringsData, t } from '../../content/i18n.ts';
import { formatUiString, translatorFrom } from '../../content/i18n-format.ts';
import { type StringKey, strings } from '../../content/ui/strings.ts';

const ALL = Object.keys(strings) as StringKey[];
const LANGS = ['cy', 'en'] as const;

describe('page strings', () => {
  it('ships only the declared keys, in one language', () => {
    const data = pageStringsData('cy', ['account.saved', 'date.inDays']);
    expect(Object.keys(data.strings)).toEqual(['account.saved', 'date.inDays']);
    expect(data.lang).toBe('cy');
    expect(JSON.stringify(data)).not.toContain('Saved.');
  });

  it('formats every string in both languages as t() does, with placeholders and every plural form', () => {
    for (const lang of LANGS) {
      const pageT = translatorFrom<StringKey>(pageStringsData(lang, ALL));
      for (const key of ALL) {
        for (const count of [0, 1, 2, 3, 6, 11]) {
          const vars = { count, name: 'Ana', date: '1 Rhagfyr 2026' };
          expect(pageT(key, vars), `${lang} ${key} ${count}`).toBe(t(lang, key, vars));
        }
      }
    }
  });

  it('picks all six Welsh plural forms', () => {
    const pageT = translatorFrom<'date.inDays'>(pageStringsData('cy', ['date.inDays']));
    expect([1, 2, 3, 6, 10].map((count) => pageT('date.inDays', { count }))).toEqual([
      t('cy', 'date.inDays', { count: 1 }),
      'mewn 2 ddiwrnod',
      'mewn 3 diwrnod',
      t('cy', 'date.inDays', { count: 6 }),
      t('cy', 'date.inDays', { count: 10 }),
    ]);
  });

  it('shows an undeclared key as itself and reports it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const pageT = translatorFrom<StringKey>(pageStringsData('en', ['account.saved']));
    expect(pageT('account.title')).toBe('account.title');
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('leaves an unknown placeholder as written', () => {
    expect(formatUiString('en', 'Hello {name} {other}', { name: 'Ana' })).toBe('Hello Ana {other}');
  });
});

describe('relative days without the table', () => {
  it('gives the key and count that t() formats', () => {
    expect(relativeDay(0)).toEqual({ key: 'date.today', vars: { count: 0 } });
    expect(relativeDay(-1)?.key).toBe('date.yesterday');
    expect(relativeDay(4)).toEqual({ key: 'date.inDays', vars: { count: 4 } });
    expect(relativeDay(-3)).toEqual({ key: 'date.daysAgo', vars: { count: 3 } });
    expect(relativeDay(Number.NaN)).toBeNull();
  });
});
