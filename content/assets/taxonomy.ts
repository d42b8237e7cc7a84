// The two small bilingual classifications of community assets: what kind of asset it is (its
// main form, used by the national picture) and what kinds of activity it offers (the
// register's facets, and an HSDS taxonomy for directories). Ids are permanent: published
// register entries and HSDS exports use them.
import type { z } from 'zod';
import type { ActivityType, AssetType, Text } from '../schema.ts';

const t = (cy: string, en: string): Text => ({ cy, en });

/** Who a peer reviewer is (labels: `assets.reviewer.*` in content/ui/strings.ts). */
export const REVIEWER_KINDS = ['regional-partnership', 'national-team', 'peer-organisation'] as const;
export type ReviewerKind = (typeof REVIEWER_KINDS)[number];

export const assetTypeList: z.input<typeof AssetType>[] = [
  {
    id: 'community-group',
    name: t('Grŵp cymunedol neu wirfoddol', 'Community or voluntary group'),
    description: t(
      "Grŵp sy'n cael ei redeg gan wirfoddolwyr yn bennaf, heb staff cyflogedig neu gydag ychydig iawn ohonynt.",
      'A group run mainly by volunteers, with no paid staff or very few.',
    ),
  },
  {
    id: 'charity',
    name: t('Elusen', 'Charity'),
    description: t(
      'Elusen gofrestredig neu sefydliad corfforedig elusennol sydd â staff neu wasanaethau rheolaidd.',
      'A registered charity or charitable incorporated organisation with staff or regular services.',
    ),
  },
  {
    id: 'social-enterprise',
    name: t('Menter gymdeithasol', 'Social enterprise'),
    description: t(
      "Busnes sy'n masnachu at ddibenion cymdeithasol neu amgylcheddol, gan gynnwys mentrau cydweithredol.",
      'A business that trades for social or environmental purposes, including co-operatives.',
    ),
  },
  {
    id: 'community-venue',
    name: t('Canolfan neu leoliad cymunedol', 'Community centre or venue'),
    description: t(
      "Neuadd, canolfan neu le arall sy'n cynnal gweithgareddau gan sawl grŵp.",
      'A hall, centre or other place that hosts activities run by several groups.',
    ),
  },
  {
    id: 'public-service',
    name: t('Gwasanaeth cyhoeddus', 'Public service'),
    description: t(
      'Gwasanaeth gan y cyngor neu gorff cyhoeddus arall, fel llyfrgell, canolfan hamdden neu wasanaeth cefn gwlad.',
      'A service run by the council or another public body, such as a library, leisure centre or countryside service.',
    ),
  },
  {
    id: 'other',
    name: t('Arall', 'Other'),
    description: t('Unrhyw fath arall o ased cymunedol.', 'Any other kind of community asset.'),
  },
];

export const activityTypeList: z.input<typeof ActivityType>[] = [
  {
    id: 'arts-and-crafts',
    name: t('Celf a chrefft', 'Arts and crafts'),
    description: t(
      'Gweithgareddau creadigol fel peintio, gwau, crochenwaith neu ysgrifennu creadigol.',
      'Creative activities such as painting, knitting, pottery or creative writing.',
    ),
    terms: ['creative-referral'],
  },
  {
    id: 'music-and-singing',
    name: t('Cerddoriaeth a chanu', 'Music and singing'),
    description: t(
      'Corau, grwpiau canu, dysgu offeryn a sesiynau cerddoriaeth.',
      'Choirs, singing groups, learning an instrument and music sessions.',
    ),
    terms: ['creative-referral'],
  },
  {
    id: 'physical-activity',
    name: t('Gweithgarwch corfforol a chwaraeon', 'Physical activity and sport'),
    description: t(
      'Dosbarthiadau ymarfer corff, chwaraeon, dawns a symud ysgafn, gan gynnwys cynlluniau atgyfeirio at ymarfer corff.',
      'Exercise classes, sport, dance and gentle movement, including exercise referral schemes.',
    ),
    terms: ['exercise-referral'],
  },
  {
    id: 'walking-and-outdoors',
    name: t("Cerdded a'r awyr agored", 'Walking and the outdoors'),
    description: t('Teithiau cerdded mewn grŵp a gweithgareddau eraill yn yr awyr agored.', 'Group walks and other activities outdoors.'),
    terms: ['green-referral', 'nature-based-interventions'],
  },
  {
    id: 'gardening-and-growing',
    name: t('Garddio a thyfu bwyd', 'Gardening and growing food'),
    description: t('Gerddi cymunedol, rhandiroedd a phrosiectau tyfu.', 'Community gardens, allotments and growing projects.'),
    terms: ['green-referral', 'nature-based-interventions'],
  },
  {
    id: 'nature-and-conservation',
    name: t('Natur a chadwraeth', 'Nature and conservation'),
    description: t(
      'Gwirfoddoli cadwraeth, gofalu am gynefinoedd a dysgu am fyd natur.',
      'Conservation volunteering, caring for habitats and learning about nature.',
    ),
    terms: ['green-referral', 'nature-based-interventions'],
  },
  {
    id: 'water-activities',
    name: t('Gweithgareddau dŵr', 'Water-based activities'),
    description: t(
      'Nofio, padlfyrddio, canŵio a gweithgareddau eraill ar yr arfordir, afonydd neu lynnoedd.',
      'Swimming, paddleboarding, canoeing and other activities on the coast, rivers or lakes.',
    ),
    terms: ['blue-referral'],
  },
  {
    id: 'heritage-and-culture',
    name: t('Treftadaeth a diwylliant', 'Heritage and culture'),
    description: t(
      'Amgueddfeydd, hanes lleol, archifau a digwyddiadau diwylliannol.',
      'Museums, local history, archives and cultural events.',
    ),
    terms: ['creative-referral'],
  },
  {
    id: 'welsh-language',
    name: t('Gweithgareddau Cymraeg', 'Welsh-language activities'),
    description: t(
      "Gweithgareddau sy'n cael eu cynnal yn Gymraeg, a chyfleoedd i ddysgu neu ymarfer y Gymraeg.",
      'Activities held in Welsh, and chances to learn or practise Welsh.',
    ),
    terms: ['active-offer'],
  },
  {
    id: 'learning-and-skills',
    name: t('Dysgu a sgiliau', 'Learning and skills'),
    description: t(
      'Cyrsiau, dosbarthiadau i oedolion a dysgu sgiliau newydd, gan gynnwys sgiliau digidol.',
      'Courses, adult classes and learning new skills, including digital skills.',
    ),
    terms: ['education-on-referral'],
  },
  {
    id: 'volunteering',
    name: t('Gwirfoddoli', 'Volunteering'),
    description: t("Cyfleoedd i roi amser i helpu eraill neu'r gymuned.", 'Chances to give time to help others or the community.'),
    terms: ['community-assets'],
  },
  {
    id: 'social-groups',
    name: t('Grwpiau cymdeithasol a chyfeillio', 'Social groups and befriending'),
    description: t(
      'Clybiau cinio, grwpiau coffi, cynlluniau cyfeillio a gweithgareddau i gwrdd â phobl.',
      'Lunch clubs, coffee groups, befriending schemes and activities for meeting people.',
    ),
    terms: ['loneliness-and-isolation'],
  },
  {
    id: 'peer-support',
    name: t('Cymorth gan gymheiriaid a lles meddyliol', 'Peer support and mental wellbeing'),
    description: t(
      'Grwpiau lle mae pobl sydd â phrofiadau tebyg yn cefnogi ei gilydd, a gweithgareddau ar gyfer lles meddyliol.',
      'Groups where people with similar experiences support each other, and activities for mental wellbeing.',
    ),
    terms: ['wellbeing'],
  },
  {
    id: 'advice-and-practical-help',
    name: t('Cyngor a help ymarferol', 'Advice and practical help'),
    description: t(
      'Cyngor am arian, budd-daliadau, dyledion, tai neu gyflogaeth.',
      'Advice on money, benefits, debt, housing or employment.',
    ),
    terms: ['welfare-support-referral'],
  },
  {
    id: 'food-and-cooking',
    name: t('Bwyd a choginio', 'Food and cooking'),
    description: t("Coginio gyda'n gilydd, prydau cymunedol a sgiliau bwyd.", 'Cooking together, community meals and food skills.'),
    terms: [],
  },
  {
    id: 'carers-support',
    name: t('Cymorth i ofalwyr', 'Support for carers'),
    description: t(
      'Grwpiau, seibiannau a gwybodaeth i bobl sy’n gofalu am rywun.',
      'Groups, breaks and information for people who care for someone.',
    ),
    terms: [],
  },
];
