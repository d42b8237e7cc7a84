// Every UI string of the hub, in Welsh and English. A key missing a language fails
// the type-check and the content check. Plural strings give all six Welsh forms.
import type { PluralText } from '../i18n.ts';

const s = <T extends Record<string, { cy: string; en: string } | PluralText>>(x: T) => x;

export const strings = s({
  'site.name': { cy: 'Hwb Fframwaith Presgripsiynu Cymdeithasol', en: 'Social Prescribing Framework Hub' },
  'site.tagline': {
    cy: 'Fframwaith Cenedlaethol Cymru ar gyfer Presgripsiynu Cymdeithasol, ar waith',
    en: "Wales's National Framework for Social Prescribing, put to work",
  },
  'nav.skip': { cy: "Neidio i'r prif gynnwys", en: 'Skip to main content' },
  'nav.home': { cy: 'Hafan', en: 'Home' },
  'nav.switch': { cy: 'English', en: 'Cymraeg' },
  'nav.switchLabel': { cy: 'Read this page in English', en: "Darllenwch y dudalen hon yn Gymraeg" },
  'count.terms': {
    cy: { zero: '{count} term', one: '{count} term', two: '{count} derm', few: '{count} thelerau', many: '{count} thelerau', other: '{count} term' },
    en: { one: '{count} term', other: '{count} terms' },
  },
  // ---- reporting periods (worker/src/stats/periods.ts) and open statistics (worker/src/stats/*)
  'period.label': { cy: '{start} i {end} {year} (Ch{q} {fy})', en: '{start} to {end} {year} ({fy} Q{q})' },
  'period.short': { cy: 'Ch{q} {fy}', en: '{fy} Q{q}' },
  'period.status.not-started': { cy: 'Heb ddechrau', en: 'Not started' },
  'period.status.draft': { cy: 'Drafft', en: 'Draft' },
  'period.status.submitted': { cy: 'Wedi\'i chyflwyno', en: 'Submitted' },
  'period.status.returned': { cy: 'Wedi\'i dychwelyd i\'w diwygio', en: 'Returned for amendment' },
  'period.status.accepted': { cy: 'Wedi\'i derbyn', en: 'Accepted' },
  'period.late': { cy: 'Hwyr', en: 'Late' },
  'period.due': { cy: 'Dyddiad cau: {date}', en: 'Due: {date}' },
  'stats.wales': { cy: 'Cymru', en: 'Wales' },
  'stats.code.c.label': { cy: 'cyfrinachol', en: 'confidential' },
  'stats.code.c.explanation': {
    cy: 'Nid yw\'r ffigur wedi\'i gyhoeddi er mwyn diogelu unigolion: mae\'n gyfrif bach (1 i 4), neu byddai ei gyhoeddi\'n golygu bod modd cyfrifo cyfrif bach drwy ei dynnu o gyfanswm.',
    en: 'The figure is withheld to protect individuals: it is a small count (1 to 4), or publishing it would let a small count be worked out by subtraction from a total.',
  },
  'stats.code.p.label': { cy: 'dros dro', en: 'provisional' },
  'stats.code.p.explanation': {
    cy: 'Mae\'r chwarter yn dal ar agor i sefydliadau ddiwygio eu ffurflenni, felly gall y ffigur newid.',
    en: 'The quarter is still open for organisations to amend their returns, so the figure may change.',
  },
  'stats.code.r.label': { cy: 'diwygiedig', en: 'revised' },
  'stats.code.r.explanation': {
    cy: 'Mae\'r ffigur wedi newid ers iddo gael ei gyhoeddi gyntaf. Gweler y rhestr o ddiwygiadau.',
    en: 'The figure has changed since it was first published. See the list of revisions.',
  },
  'stats.code.x.label': { cy: 'ddim ar gael', en: 'not available' },
  'stats.code.x.explanation': {
    cy: 'Nid oes ffurflen wedi\'i derbyn ar gyfer yr ardal hon yn y chwarter hwn, felly nid oes ffigur.',
    en: 'No accepted return covers this area and quarter, so there is no figure.',
  },
  'stats.code.z.label': { cy: 'ddim yn berthnasol', en: 'not applicable' },
  'stats.code.z.explanation': {
    cy: 'Nid yw\'r mesur yn berthnasol i\'r ardal hon neu i\'r chwarter hwn.',
    en: 'The measure does not apply to this area or quarter.',
  },
  'stats.csv.period': { cy: 'Cyfnod', en: 'Period' },
  'stats.csv.periodLabel': { cy: 'Enw\'r cyfnod', en: 'Period name' },
  'stats.csv.areaCode': { cy: 'Cod yr ardal', en: 'Area code' },
  'stats.csv.areaName': { cy: 'Enw\'r ardal', en: 'Area name' },
  'stats.csv.measure': { cy: 'Mesur', en: 'Measure' },
  'stats.csv.measureName': { cy: 'Enw\'r mesur', en: 'Measure name' },
  'stats.csv.value': { cy: 'Gwerth', en: 'Value' },
  'stats.csv.noteCodes': { cy: 'CodauNodiadau', en: 'NoteCodes' },
  'stats.revision': {
    cy: 'Diwygiwyd {measure} ar gyfer {area}, {period}, ar {date}.',
    en: '{measure} for {area}, {period}, was revised on {date}.',
  },
});

export type StringKey = keyof typeof strings;
