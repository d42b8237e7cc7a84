// The corrections from a Welsh editor's review of the whole hub (issue 14), one test each,
// so that none comes back.
import { describe, expect, it } from 'vitest';
import { validateReturn } from '../../content/dataset/validate.ts';
import { formatList, t } from '../../content/i18n.ts';
import { currentDataset, currentFramework, sourceById, termById } from '../../content/index.ts';
import { strings } from '../../content/ui/strings.ts';
import { ruleText } from '../../site/src/lib/dataset.ts';
import { datasetCsv, glossaryCsv } from '../../site/src/lib/downloads.ts';

const cy = (key: keyof typeof strings) => {
  const v = strings[key].cy;
  return typeof v === 'string' ? v : Object.values(v).join(' ');
};

describe('Welsh lists are joined by hand, not by Intl.ListFormat("cy")', () => {
  it('writes "X, Y a Z", "ac" before a vowel, never "a(c)"', () => {
    expect(formatList(['“Gwell”', '“Dim newid”', '“Gwaeth”'], 'cy')).toBe('“Gwell”, “Dim newid” a “Gwaeth”');
    expect(formatList(['“Gwell”', '“Llesiant wedi gwaethygu”'], 'cy')).toBe('“Gwell” a “Llesiant wedi gwaethygu”');
    expect(formatList(['iechyd', 'addysg'], 'cy')).toBe('iechyd ac addysg');
    expect(formatList(['“Gwell”', '“Unrhyw newid”'], 'cy')).toBe('“Gwell” ac “Unrhyw newid”');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(formatList(['un'], 'cy')).toBe('un');
  });
  it('puts the word after "a" in the aspirate mutation unless it is quoted', () => {
    expect(formatList(['tai', 'cymorth'], 'cy')).toBe('tai a chymorth');
    expect(formatList(['Abertawe', 'Caerdydd'], 'cy')).toBe('Abertawe a Chaerdydd');
    expect(formatList(['iechyd', 'pobl ifanc'], 'cy')).toBe('iechyd a phobl ifanc');
    expect(formatList(['JSON', 'CSV'], 'cy')).toBe('JSON a CSV');
    expect(formatList(['“Un”', '“Cymorth”'], 'cy')).toBe('“Un” a “Cymorth”');
  });
  it('the dataset page and the validation messages use it', () => {
    const rule = currentDataset.rules.find((r) => r.kind === 'sum-equals' && r.parts.length >= 2);
    expect(rule).toBeDefined();
    const text = ruleText(currentDataset, rule!, 'cy');
    expect(text).not.toContain('a(c)');
    expect(text).toMatch(/” ac? “/);
    expect(text).not.toMatch(/, ac? “[^”]*”\s*adio/); // no comma before the last "a"
  });
});

describe('the editor’s wording corrections', () => {
  it('assess.noscript is natural Welsh, not a calque of "needs"', () => {
    expect(cy('assess.noscript')).toMatch(/^Mae angen JavaScript ar yr offeryn hwn/);
  });
  it('"nodi bod", not "nodi fod", after a verb-noun', () => {
    expect(cy('assess.complete.submit')).toBe("Nodi bod yr asesiad wedi'i gwblhau");
  });
  it('soft mutation after "neu" on imperatives (rowch, gadwch, gysylltwch, ddefnyddiwch)', () => {
    expect(cy('search.none')).toContain('neu rowch gynnig');
    expect(cy('assess.account.conflict')).toContain('neu gadwch y fersiwn hon');
    expect(cy('email.returns.reminder.after.body')).toContain('neu gysylltwch â');
    const all = Object.keys(strings).map((k) => cy(k as keyof typeof strings));
    for (const s of all)
      expect(s).not.toMatch(
        /\bneu (rhowch|cadwch|cysylltwch|defnyddiwch|cliciwch|dewiswch|teipiwch|gwiriwch|darllenwch|dilynwch|pwyswch)\b/,
      );
  });
  it('"Ar gyfer", "Ar ddod" and "yn bodoli eisoes"', () => {
    expect(cy('share.for')).toBe('Ar gyfer');
    expect(cy('site.notPublished')).toBe('Ar ddod');
    expect(cy('error.returns.period-exists')).toBe("Mae'r cyfnod adrodd hwn yn bodoli eisoes.");
  });
  it('"beth y mae angen ei wneud", not "beth sydd angen ei wneud"', () => {
    expect(cy('rui.list.intro')).toContain('beth y mae angen ei wneud');
    expect(cy('error.returns.field.comment-required')).toContain('beth y mae angen ei newid');
    for (const k of Object.keys(strings)) expect(cy(k as keyof typeof strings)).not.toMatch(/beth sydd angen/);
  });
  it('the error summary title is one phrase everywhere', () => {
    expect(cy('assess.error.title')).toBe(cy('error.summaryTitle'));
    expect(cy('error.summaryTitle')).toBe('Mae problem');
  });
  it('a comparative "higher level" never reads as the level named Uwch', () => {
    expect(currentFramework.scale.find((l) => l.id === 'enhanced')?.name.cy).toBe('Uwch');
    for (const k of Object.keys(strings)) expect(cy(k as keyof typeof strings)).not.toMatch(/lefel uwch\b(?! na)/i);
  });
});

describe('one English term, one Welsh term', () => {
  it('download is lawrlwytho and upload is lanlwytho in every string', () => {
    expect(cy('assess.download.title')).toBe('Argraffu neu lawrlwytho');
    expect(cy('assess.download.csv')).toBe('Lawrlwytho fel CSV');
    expect(cy('error.returns.csv-invalid')).toContain('lanlwytho');
    expect(cy('error.returns.csv-encoding')).toContain('lanlwytho');
    expect(cy('email.returns.reminder.before.body')).toContain("lanlwytho'r templed CSV");
  });
  it('yes and no are Ydy / Nac ydy in downloads, as in the interface', () => {
    const glossaryCy = glossaryCsv([termById.get('wemwbs')!, termById.get('social-prescribing')!], 'cy');
    expect(glossaryCy).toMatch(/,Ydy,/);
    expect(glossaryCy).toMatch(/,Nac ydy,/);
    expect(glossaryCy).not.toMatch(/,(ie|na),/);
    const datasetCy = datasetCsv(currentDataset, 'cy');
    expect(datasetCy).toMatch(/,Ydy,/);
    expect(datasetCy).not.toMatch(/,(ie|na),/);
    expect(cy('national.yes')).toBe(cy('assess.csv.yes'));
  });
  it('WEMWBS and SWEMWBS have their full Welsh names, and the DSIC source its full title', () => {
    expect(termById.get('wemwbs')?.term.cy).toBe('Graddfa Llesiant Meddyliol Warwick-Caeredin (WEMWBS)');
    expect(termById.get('swemwbs')?.term.cy).toBe('Graddfa Fer Llesiant Meddyliol Warwick-Caeredin (SWEMWBS)');
    expect(sourceById.get('wemwbs-howto')?.title.cy).toMatch(/^Graddfeydd Llesiant Meddyliol Warwick-Caeredin/);
    expect(sourceById.get('nhse-dsic-social-prescribing')?.title.cy).toBe(
      'Catalog Integreiddio Gwasanaethau Digidol: y gallu “Presgripsiynu Cymdeithasol”',
    );
  });
});

describe('decimal places have Welsh plural forms', () => {
  it('"2 le degol", "1 lle degol", "3 lle degol"', () => {
    expect(t('cy', 'dataset.places', { count: 2 })).toBe('2 le degol');
    expect(t('cy', 'dataset.places', { count: 1 })).toBe('1 lle degol');
    expect(t('cy', 'dataset.places', { count: 3 })).toBe('3 lle degol');
    expect(t('en', 'dataset.places', { count: 1 })).toBe('1 decimal place');
    expect(t('cy', 'dataset.decimals', { places: t('cy', 'dataset.places', { count: 2 }) })).toBe('hyd at 2 le degol');
  });
  it('the validation message for too many decimal places uses them', () => {
    const item = currentDataset.items.find((i) => i.type === 'decimal' && i.decimals === 2);
    expect(item).toBeDefined();
    const r = validateReturn(currentDataset, { [item!.id]: 1.234 });
    const issue = r.errors.find((e) => e.code === 'decimals');
    expect(issue?.message.cy).toContain('2 le degol');
    expect(issue?.message.en).toContain('2 decimal places');
  });
});
