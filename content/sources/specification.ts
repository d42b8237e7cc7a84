// Sources cited by the working version of the national specification for social prescribing.
// Every URL comes from the project's reference notes (shared/reference/nffsp-facts.md, anchors.md).
import type { z } from 'zod';
import type { Source } from '../schema.ts';

const WG = { cy: 'Llywodraeth Cymru', en: 'Welsh Government' };
const SPLOSSARY = {
  cy: 'Iechyd Cyhoeddus Cymru a Phrifysgol De Cymru (splossary.wales)',
  en: 'Public Health Wales and University of South Wales (splossary.wales)',
};

export const specification: z.input<typeof Source>[] = [
  {
    id: 'sp-wg-written-statement',
    title: {
      cy: 'Datganiad ysgrifenedig: Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol',
      en: 'Written statement: National Framework for Social Prescribing',
    },
    publisher: WG,
    url: 'https://gov.wales/written-statement-national-framework-social-prescribing',
  },
  {
    id: 'sp-wg-consultation-2022',
    title: {
      cy: 'Ymgynghoriad ar fframwaith cenedlaethol ar gyfer presgripsiynu cymdeithasol',
      en: 'Consultation on a national framework for social prescribing',
    },
    publisher: WG,
    url: 'https://gov.wales/node/49218',
    date: '2022-07-28',
  },
  {
    id: 'sp-senedd-wq90207',
    title: {
      cy: 'Cwestiwn Ysgrifenedig WQ90207: presgripsiynu cymdeithasol a data craidd',
      en: 'Written Question WQ90207: social prescribing and core data',
    },
    publisher: { cy: 'Senedd Cymru', en: 'Welsh Parliament' },
    url: 'https://record.senedd.wales/WrittenQuestion/90207',
    date: '2023-12-20',
  },
  {
    id: 'sp-wcva-welsh-model',
    title: {
      cy: 'Beth mae’r Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol yn ei olygu i’r sector',
      en: 'What the National Framework for Social Prescribing means for the sector',
    },
    publisher: { cy: 'Cyngor Gweithredu Gwirfoddol Cymru (WCVA)', en: 'Wales Council for Voluntary Action (WCVA)' },
    url: 'https://wcva.cymru/views/what-the-national-framework-for-social-prescribing-means-for-the-sector/',
    date: '2023-12',
  },
  {
    id: 'sp-phw-launch',
    title: {
      cy: 'Iechyd Cyhoeddus Cymru yn cefnogi lansio’r Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol',
      en: 'Public Health Wales supports the launch of the National Framework for Social Prescribing',
    },
    publisher: { cy: 'Iechyd Cyhoeddus Cymru', en: 'Public Health Wales' },
    url: 'https://publichealthwales.nhs.wales/news/public-health-wales-supports-the-launch-of-the-national-framework-for-social-prescribing/',
    date: '2023-12-11',
  },
  {
    id: 'sp-phw-interface-model',
    title: {
      cy: 'Model Rhyngwyneb Presgripsiynu Cymdeithasol',
      en: 'Social Prescribing Interface Model',
    },
    publisher: { cy: 'Iechyd Cyhoeddus Cymru', en: 'Public Health Wales' },
    url: 'https://publichealthwales.nhs.wales/news/understanding-social-prescribing-synergies-key-to-improving-health-and-wellbeing-for-all/',
    date: '2022-09-05',
  },
  {
    id: 'sp-splossary-social-prescribing',
    title: { cy: 'Rhestr termau: Presgripsiynu cymdeithasol', en: 'Glossary: Social prescribing' },
    publisher: SPLOSSARY,
    url: 'https://splossary.wales/wiki/social-prescribing/',
  },
  {
    id: 'sp-splossary-referral',
    title: { cy: 'Rhestr termau: Atgyfeirio', en: 'Glossary: Referral' },
    publisher: SPLOSSARY,
    url: 'https://splossary.wales/wiki/referral/',
  },
  {
    id: 'sp-splossary-models',
    title: { cy: 'Rhestr termau: Modelau presgripsiynu cymdeithasol', en: 'Glossary: Social prescribing models' },
    publisher: SPLOSSARY,
    url: 'https://splossary.wales/wiki/social-prescribing-models/',
  },
  {
    id: 'sp-splossary-care-navigator',
    title: { cy: 'Rhestr termau: Llywiwr gofal', en: 'Glossary: Care navigator' },
    publisher: SPLOSSARY,
    url: 'https://splossary.wales/wiki/care-navigator/',
  },
  {
    id: 'sp-splossary-outcome-principles',
    title: {
      cy: 'Rhestr termau: Egwyddorion canlyniadau presgripsiynu cymdeithasol',
      en: 'Glossary: Social prescribing outcome principles',
    },
    publisher: SPLOSSARY,
    url: 'https://splossary.wales/wiki/social-prescribing-outcome-principles/',
  },
  {
    id: 'sp-wallace-gcm-2021',
    title: {
      cy: 'Wallace et al. (2021): Mapio cysyniadau grŵp ar rolau presgripsiynwyr cymdeithasol yng Nghymru',
      en: 'Wallace et al. (2021): Group concept mapping of social prescriber roles in Wales',
    },
    publisher: { cy: 'Perspectives in Public Health', en: 'Perspectives in Public Health' },
    url: 'https://sage.cnpereading.com/doi/10.1177/1757913921990072',
    date: '2021',
  },
  {
    id: 'sp-makanjuola-2023',
    title: {
      cy: 'Makanjuola et al. (2023): Anghenion hyfforddi gweithwyr cyswllt yng Nghymru',
      en: 'Makanjuola et al. (2023): Training needs of link workers in Wales',
    },
    publisher: { cy: 'IJERPH (MDPI)', en: 'IJERPH (MDPI)' },
    url: 'https://www.mdpi.com/1660-4601/20/16/6549',
    date: '2023',
  },
  {
    id: 'sp-hee-link-worker',
    title: {
      cy: 'Archwiliwr rolau: gweithiwr cyswllt presgripsiynu cymdeithasol',
      en: 'Roles explorer: social prescribing link worker',
    },
    publisher: { cy: 'Health Education England', en: 'Health Education England' },
    url: 'https://www.hee.nhs.uk/our-work/workforce-transformation/spread-adoption/hee-roles-explorer/system-priorities-primary-care/social-prescribing-link-worker',
  },
  {
    id: 'sp-nhse-workforce-framework',
    title: {
      cy: 'Fframwaith datblygu’r gweithlu: gweithwyr cyswllt presgripsiynu cymdeithasol (B1569)',
      en: 'Workforce development framework: social prescribing link workers (B1569)',
    },
    publisher: { cy: 'GIG Lloegr', en: 'NHS England' },
    url: 'https://www.england.nhs.uk/long-read/workforce-development-framework-social-prescribing-link-workers/',
  },
  {
    id: 'sp-prsb-standard',
    title: {
      cy: 'Safon Wybodaeth Presgripsiynu Cymdeithasol (v1.1)',
      en: 'Social Prescribing Information Standard (v1.1)',
    },
    publisher: { cy: 'Professional Record Standards Body', en: 'Professional Record Standards Body' },
    url: 'https://theprsb.org/standards/social-prescribing-standard/',
    date: '2023-01',
  },
  {
    id: 'sp-wemwbs',
    title: {
      cy: 'Graddfa Llesiant Meddyliol Warwick-Caeredin (WEMWBS): sut i’w defnyddio',
      en: 'Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS): how to use it',
    },
    publisher: { cy: 'Prifysgol Warwick', en: 'University of Warwick' },
    url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto',
  },
  {
    id: 'sp-swemwbs',
    title: {
      cy: 'WEMWBS a SWEMWBS: canllawiau i ymchwilwyr',
      en: 'WEMWBS and SWEMWBS: guidance for researchers',
    },
    publisher: { cy: 'Prifysgol Warwick', en: 'University of Warwick' },
    url: 'https://warwick.ac.uk/fac/med/research/platform/wemwbs/researchers/guidance/',
  },
  {
    id: 'sp-ons4',
    title: {
      cy: 'Safon wedi’i chysoni: llesiant personol (ONS4)',
      en: 'Harmonised standard: personal well-being (ONS4)',
    },
    publisher: { cy: 'Gwasanaeth Dadansoddi’r Llywodraeth', en: 'Government Analysis Function' },
    url: 'https://analysisfunction.civilservice.gov.uk/policy-store/personal-well-being/',
  },
  {
    id: 'sp-wsspr-wellbeing',
    title: { cy: 'Llesiant cymdeithasol: chwe elfen', en: 'Social well-being: six components' },
    publisher: {
      cy: 'Ysgol Ymchwil Presgripsiynu Cymdeithasol Cymru (WSSPR)',
      en: 'Wales School for Social Prescribing Research (WSSPR)',
    },
    url: 'https://www.wsspr.wales/wellbeing/',
  },
  {
    id: 'sp-iwa-sustainability',
    title: {
      cy: 'Presgripsiynu cymdeithasol: sut i greu taith gynaliadwy',
      en: 'Social prescribing: how to create a sustainable journey',
    },
    publisher: { cy: 'Sefydliad Materion Cymreig', en: 'Institute of Welsh Affairs' },
    url: 'https://iwa.wales/agenda/2018/10/social-prescribing-how-to-create-a-sustainable-journey',
    date: '2018-10',
  },
  {
    id: 'sp-partnership-regulations',
    title: {
      cy: 'Rheoliadau Trefniadau Partneriaeth (Cymru) 2015 (OS 2015/1989)',
      en: 'Partnership Arrangements (Wales) Regulations 2015 (SI 2015/1989)',
    },
    publisher: { cy: 'legislation.gov.uk', en: 'legislation.gov.uk' },
    url: 'https://legislation.gov.uk/wsi/2015/1989/body/made/data.html',
    date: '2015',
  },
  {
    id: 'sp-primary-care-clusters',
    title: { cy: 'Clystyrau gofal sylfaenol', en: 'Primary care clusters' },
    publisher: { cy: 'Primary Care One (GIG Cymru)', en: 'Primary Care One (NHS Wales)' },
    url: 'https://primarycareone.nhs.wales/cluster-area/',
  },
  {
    id: 'sp-welsh-language-standards-nhs',
    title: {
      cy: 'Safonau’r Gymraeg: arfer gorau ar gyfer gwefannau GIG Cymru',
      en: 'Welsh Language Standards: best practice for NHS Wales websites',
    },
    publisher: { cy: 'GIG Cymru', en: 'NHS Wales' },
    url: 'https://cmssupport.nhs.wales/best-practice/welsh-language-standards/',
  },
  {
    id: 'sp-welsh-language-standards-law',
    title: { cy: 'Safonau’r Gymraeg', en: 'Welsh language standards' },
    publisher: { cy: 'Cyfraith Cymru', en: 'Law Wales' },
    url: 'https://law.gov.wales/culture/welsh-language/standards/?lang=en',
  },
  {
    id: 'sp-more-than-just-words',
    title: { cy: 'Mwy na geiriau', en: 'More than just words' },
    publisher: { cy: 'Arolygiaeth Gofal Cymru', en: 'Care Inspectorate Wales' },
    url: 'https://www.careinspectorate.wales/more-just-words',
  },
  {
    id: 'sp-active-offer',
    title: {
      cy: 'Defnyddio’r Gymraeg yn y gwaith: polisi a deddfwriaeth (y Cynnig Rhagweithiol)',
      en: 'Using Welsh at work: policy and legislation (the Active Offer)',
    },
    publisher: { cy: 'Gofal Cymdeithasol Cymru', en: 'Social Care Wales' },
    url: 'https://socialcare.wales/resources-guidance/using-welsh-at-work/policy-and-legislation',
  },
  {
    id: 'sp-nhs-digital-disclosure',
    title: {
      cy: 'Newid i fethodoleg rheoli datgelu (HES ac ECDS)',
      en: 'Change to disclosure control methodology (HES and ECDS)',
    },
    publisher: { cy: 'NHS Digital', en: 'NHS Digital' },
    url: 'https://digital.nhs.uk/data-and-information/data-tools-and-services/data-services/hospital-episode-statistics/change-to-disclosure-control-methodology-for-hes-and-ecds-from-september-2018',
    date: '2018-09',
  },
  {
    id: 'sp-statswales-shorthand',
    title: { cy: 'Codau llaw-fer StatsCymru', en: 'StatsWales shorthand codes' },
    publisher: WG,
    url: 'https://stats.gov.wales/en-GB/shorthand',
  },
];
