// One English term, one Welsh term. Where an editor settled on one Welsh word for an idea,
// the variants it replaced are listed here, and the translation check refuses any Welsh
// text that uses one (scripts/translations/check.ts).

export interface Term {
  en: string;
  cy: string;
  /** Welsh variants no longer used for this term (matched case-insensitively, on word boundaries). */
  avoid: RegExp;
}

export const TERMS: readonly Term[] = [
  { en: 'download', cy: 'lawrlwytho', avoid: /\b(ll|l)wytho i lawr\b/i },
  { en: 'upload', cy: 'lanlwytho', avoid: /\b(ll|l)wytho i fyny\b|\buwchlwytho\b|\b(ll|l)wytho(’r|'r)? (ffeil|templed)/i },
  {
    en: 'Warwick-Edinburgh Mental Wellbeing Scale',
    cy: 'Graddfa Llesiant Meddyliol Warwick-Caeredin',
    avoid: /\bLles Meddyliol\b|Warwick-Edinburgh/i,
  },
  { en: 'already (exists)', cy: 'eisoes', avoid: /\bbodoli[’']n barod\b/i },
  { en: 'what needs doing', cy: 'beth y mae angen ei wneud', avoid: /\bbeth sydd angen\b/i },
];

/** The terms a Welsh text gets wrong: the preferred word for each variant it uses. */
export function terminologyProblems(welsh: string): Term[] {
  return TERMS.filter((t) => t.avoid.test(welsh));
}
