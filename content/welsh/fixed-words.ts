// Welsh words that search must not read as mutated forms of other words. Without these
// lists, undoing a mutation lands on an unrelated word: "mae" (is) would also be indexed
// as "bae" (bay), "gan" (by) as "can" (hundred, song), "allan" (out) as "gallan" (they
// can). Two principled groups, checked by test/unit/welsh-mutations.test.ts.

/**
 * Closed-class words: articles, prepositions (with their personal forms), conjunctions,
 * particles, pronouns, demonstratives, interrogatives, quantifiers, and the forms of
 * "bod" (to be) and of the modal verbs. They carry no topic, nobody searches for them,
 * and nearly every guess at their radical or mutation is a different word; they are
 * indexed as written and nothing more.
 */
export const GRAMMAR_WORDS: ReadonlySet<string> = new Set([
  // articles and particles
  ...['y', 'yr', 'fe', 'mi', 'ni', 'nid', 'na', 'nad', 'nac', 'nag', 'ai', 'onid', 'oni', 'ie', 'naddo', 'do', 'dyma', 'dyna', 'dacw'],
  // prepositions
  ...['am', 'ar', 'at', 'gan', 'heb', 'i', 'o', 'dan', 'tan', 'dros', 'tros', 'drwy', 'trwy', 'wrth', 'hyd', 'rhwng', 'mewn', 'fewn'],
  ...[
    'gyda',
    'gydag',
    'efo',
    'â',
    'ag',
    'yn',
    'ger',
    'erbyn',
    'ynghylch',
    'ynglŷn',
    'oddi',
    'tua',
    'tuag',
    'rhag',
    'megis',
    'ymhlith',
    'ymysg',
  ],
  // personal forms of prepositions
  ...['amdano', 'amdani', 'amdanynt', 'amdanom', 'amdanoch', 'arno', 'arni', 'arnynt', 'arnom', 'arnoch', 'arnaf'],
  ...['ato', 'ati', 'atynt', 'atom', 'atoch', 'ataf', 'ganddo', 'ganddi', 'ganddynt', 'gennym', 'gennych', 'gennyf', 'gen'],
  ...['iddo', 'iddi', 'iddynt', 'inni', 'ichi', 'imi', 'ohono', 'ohoni', 'ohonynt', 'ohonom', 'ohonoch', 'ohonof'],
  ...['wrtho', 'wrthi', 'wrthynt', 'drosto', 'drosti', 'drostynt', 'drwyddo', 'drwyddi', 'hebddo', 'hebddi', 'rhyngddynt'],
  // conjunctions and adverbs of connection
  ...['a', 'ac', 'neu', 'ond', 'os', 'pe', 'pan', 'tra', 'er', 'fel', 'felly', 'oherwydd', 'naill', 'ychwaith', 'hefyd'],
  ...['wedyn', 'yna', 'yno', 'yma', 'eisoes', 'eto', 'nawr', 'bellach', 'mwyach', 'wedi'],
  // pronouns, possessives, demonstratives, interrogatives
  ...['fi', 'ti', 'di', 'ef', 'fo', 'e', 'hi', 'chi', 'chwi', 'nhw', 'hwy', 'fy', 'dy', 'ei', 'ein', 'eich', 'eu'],
  ...[
    'hun',
    'hunan',
    'hunain',
    'hwn',
    'hon',
    'hyn',
    'hynny',
    'honno',
    'hwnnw',
    'rhain',
    'rheini',
    'pwy',
    'beth',
    'pa',
    'pam',
    'sut',
    'ble',
  ],
  // quantifiers
  ...['pob', 'bob', 'mhob', 'phob', 'pawb', 'holl', 'rhai', 'llawer', 'mwy', 'fwy', 'mwyaf', 'fwyaf', 'llai', 'lleiaf', 'sawl', 'unrhyw'],
  ...['dim', 'ddim', 'neb', 'popeth'],
  // bod (to be)
  ...['bod', 'fod', 'mae', 'maen', 'maent', 'mai', 'yw', 'ydy', 'ydyw', 'ydi', 'oes', 'sy', 'sydd', 'oedd', 'roedd', 'doedd'],
  ...['bu', 'buodd', 'bydd', 'fydd', 'byddai', 'fyddai', 'byddant', 'byddwn', 'fyddwn', 'byddwch', 'fyddwch', 'bo', 'boed'],
  ...['wyf', 'rwy', 'rydw', 'dw', 'ydw', 'ydym', 'rydym', 'ydych', 'rydych', 'ydynt', 'dydy', 'dydw', 'does'],
  // modal verbs (gallu, dylai, cael as "may")
  ...['gall', 'all', 'gallai', 'allai', 'gallant', 'allant', 'gallwch', 'allwch', 'gallwn', 'allwn', 'gellir', 'ellir'],
  ...['dylai', 'ddylai', 'dylid', 'ddylid', 'dylech', 'ddylech', 'dylent', 'ddylent', 'caiff', 'gaiff', 'chaiff', 'cewch', 'gewch'],
]);

/**
 * Radicals in their own right whose "radical guess" is a different, real Welsh word. Their
 * own mutations are still indexed ("angen" gives "hangen", as in "ei hangen"), but they are
 * never read as mutated forms. Each entry names the word it would otherwise be taken for.
 */
export const NOT_MUTATED: Readonly<Record<string, string>> = {
  allan: 'gallan (they can)',
  anodd: 'ganodd (a form of canu, to sing)',
  angen: 'gangen (a form of cangen, branch)',
  awr: 'gawr (a form of cawr, giant)',
  dal: 'tal (tall)',
  deg: 'teg (fair)',
  man: 'ban (peak)',
  modd: 'bodd (pleasure)',
  naw: 'daw (comes)',
  nifer: 'difer (drip)',
  nod: 'dod (to come)',
  nos: 'dos (go!)',
  oed: 'goed (a form of coed, trees)',
  risg: 'rhisg (bark)',
  rôl: 'rhôl (roll)',
  rolau: 'rholau (rolls)',
};
