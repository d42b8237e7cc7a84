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
    cy: { zero: '{count} term', one: '{count} term', two: '{count} derm', few: '{count} therm', many: '{count} therm', other: '{count} term' },
    en: { one: '{count} term', other: '{count} terms' },
  },
});

export type StringKey = keyof typeof strings;
