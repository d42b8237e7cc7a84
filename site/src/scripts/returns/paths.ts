// URLs of the returns pages in each language (section `returns`, `admin` and `openData` of
// content/routes.ts). Pages that show one return take ?org=<id>&period=<id>.

import { path } from '../../../../content/routes.ts';
import type { Lang } from '../../../../content/schema.ts';

export interface ReturnsPaths {
  list: string;
  form: string;
  done: string;
  history: string;
  queue: string;
  review: string;
  completeness: string;
  totals: string;
  timeliness: string;
  openData: string;
  transparency: string;
  signIn: string;
}

export function returnsPaths(lang: Lang): ReturnsPaths {
  const cy = lang === 'cy';
  return {
    list: path(lang, 'returns'),
    form: path(lang, 'returns', cy ? 'ffurflen' : 'form'),
    done: path(lang, 'returns', cy ? 'cadarnhad' : 'confirmation'),
    history: path(lang, 'returns', cy ? 'hanes' : 'history'),
    queue: path(lang, 'admin', cy ? 'ffurflenni' : 'returns'),
    review: path(lang, 'admin', cy ? 'adolygu' : 'review'),
    completeness: path(lang, 'admin', cy ? 'cyflawnrwydd' : 'completeness'),
    totals: path(lang, 'admin', cy ? 'cyfansymiau' : 'totals'),
    timeliness: path(lang, 'admin', cy ? 'amseroldeb' : 'timeliness'),
    openData: path(lang, 'openData'),
    transparency: path(lang, 'openData', cy ? 'tryloywder' : 'transparency'),
    signIn: path(lang, 'signIn'),
  };
}

export type ReturnsPage = Exclude<keyof ReturnsPaths, 'signIn'>;

/** DOM id of a field's input ("referrals-received.age-band.age-0-17" → "f-referrals-received--age-band--age-0-17"). */
export const inputId = (key: string): string => `f-${key.replace(/\./g, '--')}`;
export const explainId = (key: string): string => `x-${key.replace(/\./g, '--')}`;
