// Demo data shared by scripts/seed.mjs and scripts/print-demo-users.mjs. Fictional
// organisations (names made up for the demo) in every health board of Wales.
export const DEMO_USERS = [
  {
    id: '00000000-0000-4000-a000-000000000001',
    email: 'ymarferydd@demo.cymru',
    role: 'practitioner',
    lang: 'cy',
    label: { cy: 'Ymarferydd presgripsiynu cymdeithasol', en: 'Social prescribing practitioner' },
  },
  {
    id: '00000000-0000-4000-a000-000000000002',
    email: 'cyflwynydd@demo.cymru',
    role: 'submitter',
    lang: 'cy',
    label: { cy: 'Cyflwynydd ar ran sefydliad', en: 'Organisation submitter' },
  },
  {
    id: '00000000-0000-4000-a000-000000000003',
    email: 'dadansoddwr@demo.cymru',
    role: 'analyst',
    lang: 'en',
    label: { cy: 'Dadansoddwr cenedlaethol', en: 'National analyst' },
  },
  {
    id: '00000000-0000-4000-a000-000000000004',
    email: 'gweinyddwr@demo.cymru',
    role: 'admin',
    lang: 'cy',
    label: { cy: 'Gweinyddwr cenedlaethol', en: 'National administrator' },
  },
  {
    id: '00000000-0000-4000-a000-000000000005',
    email: 'grwp-cymunedol@demo.cymru',
    role: 'community-group',
    lang: 'cy',
    label: { cy: 'Grŵp cymunedol (asedau cymunedol)', en: 'Community group (community assets)' },
  },
];

/**
 * Community assets across Wales (issue 16), all acted for by the community-group user:
 * `plan` says what the seed gives each (submitted self-assessment, published on the register,
 * peer reviewed, consent withdrawn, a draft). `levels(i)` is the level of the i-th standard.
 */
const asset = (n, la, type, activityTypes, cy, en, plan, levels) => ({
  id: `00000000-0000-4000-8a00-${String(n).padStart(12, '0')}`,
  localAuthority: la,
  type,
  activityTypes,
  nameCy: cy,
  nameEn: en,
  plan,
  levels,
});
export const DEMO_ASSETS = [
  asset(
    1,
    'cardiff',
    'community-group',
    ['gardening-and-growing', 'volunteering'],
    'Gardd Gymunedol Glan-yr-afon',
    'Riverside Community Garden',
    ['published', 'peer-reviewed'],
    (i) => 1 + (i % 3),
  ),
  asset(
    2,
    'gwynedd',
    'charity',
    ['music-and-singing', 'welsh-language'],
    'Côr Cymunedol Bro Ffestiniog',
    'Ffestiniog Community Choir',
    ['published'],
    (i) => (i % 4 === 0 ? 3 : 2),
  ),
  asset(
    3,
    'powys',
    'community-group',
    ['walking-and-outdoors', 'physical-activity'],
    'Clwb Cerdded y Bannau',
    'Beacons Walking Club',
    ['published'],
    (i) => (i % 2 ? 1 : 2),
  ),
  asset(
    4,
    'swansea',
    'social-enterprise',
    ['learning-and-skills', 'volunteering'],
    'Caffi Trwsio Abertawe',
    'Swansea Repair Café',
    ['withdrawn'],
    () => 1,
  ),
  asset(
    5,
    'denbighshire',
    'community-venue',
    ['social-groups', 'food-and-cooking'],
    'Canolfan Gymunedol y Rhyl',
    'Rhyl Community Centre',
    ['draft'],
    (i) => (i % 3 === 0 ? 0 : 1),
  ),
];

const o = (n, hb, region, la, type, cy, en) => ({
  id: `00000000-0000-4000-b000-${String(n).padStart(12, '0')}`,
  healthBoard: hb,
  region,
  localAuthority: la,
  type,
  nameCy: cy,
  nameEn: en,
});
export const DEMO_ORGS = [
  o(
    1,
    'ctmuhb',
    'cwm-taf-morgannwg',
    'rhondda-cynon-taf',
    'third-sector',
    'Cysylltu Cymunedau Cwm Rhondda',
    'Rhondda Valley Community Connections',
  ),
  o(
    2,
    'ctmuhb',
    'cwm-taf-morgannwg',
    'bridgend',
    'local-authority',
    'Tîm Cydlynu Ardal Lleol Pen-y-bont',
    'Bridgend Local Area Coordination Team',
  ),
  o(3, 'abuhb', 'gwent', 'newport', 'third-sector', 'Llesiant Gyda’n Gilydd Casnewydd', 'Newport Wellbeing Together'),
  o(
    4,
    'abuhb',
    'gwent',
    'blaenau-gwent',
    'primary-care',
    'Presgripsiynu Cymdeithasol Clwstwr Blaenau Gwent',
    'Blaenau Gwent Cluster Social Prescribing',
  ),
  o(5, 'bcuhb', 'north-wales', 'gwynedd', 'third-sector', 'Cyswllt Cymuned Eryri', 'Eryri Community Link'),
  o(6, 'bcuhb', 'north-wales', 'wrexham', 'housing', 'Cartrefi Cynnes Wrecsam', 'Wrexham Warm Homes'),
  o(7, 'cavuhb', 'cardiff-and-vale', 'cardiff', 'third-sector', 'Rhwydwaith Lles Caerdydd', 'Cardiff Wellbeing Network'),
  o(8, 'cavuhb', 'cardiff-and-vale', 'vale-of-glamorgan', 'third-sector', 'Cyfeillion Cymunedol y Fro', 'Vale Community Friends'),
  o(9, 'hduhb', 'west-wales', 'ceredigion', 'third-sector', 'Cysylltwyr Cymunedol Ceredigion', 'Ceredigion Community Connectors'),
  o(10, 'hduhb', 'west-wales', 'pembrokeshire', 'health-board', 'Gwasanaeth Lles Sir Benfro', 'Pembrokeshire Wellbeing Service'),
  o(11, 'pthb', 'powys', 'powys', 'third-sector', 'Cysylltu Powys', 'Powys Connect'),
  o(12, 'pthb', 'powys', 'powys', 'primary-care', 'Llesiant Gwledig Maldwyn', 'Montgomeryshire Rural Wellbeing'),
  o(13, 'sbuhb', 'west-glamorgan', 'swansea', 'third-sector', 'Lles Cymunedol Bae Abertawe', 'Swansea Bay Community Wellbeing'),
  o(
    14,
    'sbuhb',
    'west-glamorgan',
    'neath-port-talbot',
    'local-authority',
    'Cydlynwyr Cymunedol Castell-nedd Port Talbot',
    'Neath Port Talbot Community Coordinators',
  ),
];
/** The submitter demo user is a member of this organisation. */
/** The first demo organisation: the demo submitter's. */
export const SUBMITTER_ORG = /** @type {(typeof DEMO_ORGS)[number]} */ (DEMO_ORGS[0]);
/** Demo-only API key for the submitter's organisation (never do this outside local development). */
export const DEMO_API_KEY = { id: '00000000-0000-4000-c000-000000000001', key: 'sph_demo_only_not_secret_rhondda_0001', name: 'Demo CRM' };
