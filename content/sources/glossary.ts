// Sources the glossary draws on. Ids are prefixed gl- so that they stay unique across the project.
import type { z } from 'zod';
import type { Source } from '../schema.ts';

const splossary = { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' };
const wg = { cy: 'Llywodraeth Cymru', en: 'Welsh Government' };
const phw = { cy: 'Iechyd Cyhoeddus Cymru', en: 'Public Health Wales' };
const wsspr = { cy: 'Ysgol Ymchwil Presgripsiynu Cymdeithasol Cymru', en: 'Wales School for Social Prescribing Research' };
const warwick = { cy: 'Prifysgol Warwick', en: 'University of Warwick' };
const legislation = { cy: 'legislation.gov.uk (Yr Archifau Gwladol)', en: 'legislation.gov.uk (The National Archives)' };

export const glossarySources: z.input<typeof Source>[] = [
  {
    id: 'gl-splossary-core-terms',
    title: { cy: 'Rhestr Termau Presgripsiynu Cymdeithasol: y 36 term craidd', en: 'Social Prescribing Glossary: the 36 core terms' },
    publisher: splossary,
    url: 'https://splossary.wales/core-terms/',
    date: '2024-04',
  },
  {
    id: 'gl-splossary-glossary-cy',
    title: { cy: 'Rhestr Termau Presgripsiynu Cymdeithasol (fersiwn Gymraeg, Pob term A-Y)', en: 'Social Prescribing Glossary (Welsh version, all terms A-Y)' },
    publisher: splossary,
    url: 'https://splossary.wales/cy/glossary/',
    date: '2024-04',
  },
  {
    id: 'gl-splossary-core-definition',
    title: { cy: 'Diffinio termau craidd ac anghraidd presgripsiynu cymdeithasol', en: 'Defining core and non-core social prescribing terms' },
    publisher: splossary,
    url: 'https://splossary.wales/defining-core-non-core-social-prescribing-terms/',
  },
  {
    id: 'gl-splossary-core-terms-p2',
    title: { cy: 'Termau craidd (tudalen 2): asedau cymunedol, ymyriadau seiliedig ar natur ac atgyfeirio', en: 'Core terms (page 2): community assets, nature-based interventions and referral types' },
    publisher: splossary,
    url: 'https://splossary.wales/wiki_cats/core-terms/page/2/',
  },
  {
    id: 'gl-splossary-core-terms-p3',
    title: { cy: "Termau craidd (tudalen 3): y sgwrs, cynllunio gweithredu a'r practis", en: 'Core terms (page 3): the conversation, action planning and the practice' },
    publisher: splossary,
    url: 'https://splossary.wales/wiki_cats/core-terms/page/3/',
  },
  {
    id: 'gl-splossary-social-prescribing',
    title: { cy: 'Presgripsiynu Cymdeithasol (tudalen term)', en: 'Social Prescribing (term page)' },
    publisher: splossary,
    url: 'https://splossary.wales/wiki/social-prescribing/',
  },
  {
    id: 'gl-splossary-what-is-sp-cy',
    title: { cy: 'Beth yw presgripsiynu cymdeithasol?', en: 'What is social prescribing? (Welsh page)' },
    publisher: splossary,
    url: 'https://splossary.wales/cy/what-is-social-prescribing/',
  },
  {
    id: 'gl-splossary-referral',
    title: { cy: 'Atgyfeirio (tudalen term)', en: 'Referral (term page)' },
    publisher: splossary,
    url: 'https://splossary.wales/wiki/referral/',
  },
  {
    id: 'gl-splossary-care-navigator',
    title: { cy: 'Llywiwr gofal (tudalen term)', en: 'Care Navigator (term page)' },
    publisher: splossary,
    url: 'https://splossary.wales/wiki/care-navigator/',
  },
  {
    id: 'gl-splossary-models',
    title: { cy: 'Modelau presgripsiynu cymdeithasol (tudalen term)', en: 'Social Prescribing Models (term page)' },
    publisher: splossary,
    url: 'https://splossary.wales/wiki/social-prescribing-models/',
  },
  {
    id: 'gl-splossary-outcome-principles',
    title: { cy: 'Egwyddorion canlyniadau presgripsiynu cymdeithasol (tudalen term)', en: 'Social Prescribing Outcome Principles (term page)' },
    publisher: splossary,
    url: 'https://splossary.wales/wiki/social-prescribing-outcome-principles/',
  },
  {
    id: 'gl-splossary-creative-referral',
    title: { cy: 'Atgyfeirio creadigol (tudalen term)', en: 'Creative Referral (term page)' },
    publisher: splossary,
    url: 'https://splossary.wales/wiki/creative-referral/',
  },
  {
    id: 'gl-splossary-creative-referral-easy',
    title: { cy: 'Atgyfeirio creadigol (fersiwn hawdd ei ddeall)', en: 'Creative Referral (easy-read version)' },
    publisher: splossary,
    url: 'https://splossary.wales/wiki/creative-referral-easy/',
  },
  {
    id: 'gl-wsspr-glossary-news',
    title: { cy: 'Rhestr termau presgripsiynu cymdeithasol: adolygu’r termau Cymraeg', en: 'Social prescribing glossary of terms: reviewing the Welsh terms' },
    publisher: wsspr,
    url: 'https://www.wsspr.wales/news_202305_social-prescribing-glossary-of-terms/',
    date: '2023-05',
  },
  {
    id: 'gl-usw-glossary-launch',
    title: { cy: 'PDC ac Iechyd Cyhoeddus Cymru yn lansio rhestr termau i symleiddio iaith presgripsiynu cymdeithasol', en: 'USW and PHW launch glossary to simplify social prescribing language' },
    publisher: { cy: 'Prifysgol De Cymru', en: 'University of South Wales' },
    url: 'https://www.southwales.ac.uk/news/news-for-2024/usw-and-phw-launch-glossary-to-simplify-social-prescribing-language/',
    date: '2024-04-04',
  },
  {
    id: 'gl-newstead-2023',
    title: { cy: "Adnabod a dosbarthu terminoleg presgripsiynu cymdeithasol yng Nghymru (Newstead et al.)", en: 'Identifying and classifying social prescribing terminology in Wales (Newstead et al.)' },
    publisher: { cy: 'Primary Health Care Research & Development', en: 'Primary Health Care Research & Development' },
    url: 'https://pure.southwales.ac.uk/en/publications/identifying-and-classifying-social-prescribing-terminology-in-wal',
    date: '2023-11-28',
  },
  {
    id: 'gl-phw-nffsp-launch',
    title: { cy: "Iechyd Cyhoeddus Cymru yn cefnogi lansio'r Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol", en: 'Public Health Wales supports the launch of the National Framework for Social Prescribing' },
    publisher: phw,
    url: 'https://publichealthwales.nhs.wales/news/public-health-wales-supports-the-launch-of-the-national-framework-for-social-prescribing/',
    date: '2023-12-11',
  },
  {
    id: 'gl-phw-interface-model',
    title: { cy: 'Deall synergeddau presgripsiynu cymdeithasol: y Model Rhyngwyneb', en: 'Understanding social prescribing synergies: the Social Prescribing Interface Model' },
    publisher: phw,
    url: 'https://publichealthwales.nhs.wales/news/understanding-social-prescribing-synergies-key-to-improving-health-and-wellbeing-for-all/',
    date: '2022-09-05',
  },
  {
    id: 'gl-wcva-nffsp',
    title: { cy: "Beth mae'r fframwaith cenedlaethol ar gyfer presgripsiynu cymdeithasol yn ei olygu i'r sector", en: 'What the national framework for social prescribing means for the sector' },
    publisher: { cy: 'Cyngor Gweithredu Gwirfoddol Cymru (WCVA)', en: 'Wales Council for Voluntary Action (WCVA)' },
    url: 'https://wcva.cymru/views/what-the-national-framework-for-social-prescribing-means-for-the-sector/',
    date: '2023-12',
  },
  {
    id: 'gl-wsspr-wellbeing',
    title: { cy: 'Llesiant cymdeithasol a Graddfa Llesiant Cymdeithasol De Cymru', en: 'Social well-being and the South Wales Social Well-being Scale' },
    publisher: wsspr,
    url: 'https://www.wsspr.wales/wellbeing/',
  },
  {
    id: 'gl-iwa-sustainable-journey',
    title: { cy: 'Presgripsiynu cymdeithasol: sut i greu taith gynaliadwy', en: 'Social prescribing: how to create a sustainable journey' },
    publisher: { cy: 'Sefydliad Materion Cymreig', en: 'Institute of Welsh Affairs' },
    url: 'https://iwa.wales/agenda/2018/10/social-prescribing-how-to-create-a-sustainable-journey',
    date: '2018-10',
  },
  {
    id: 'gl-wg-consultation-2022',
    title: { cy: 'Ymgynghoriad ar fframwaith cenedlaethol ar gyfer presgripsiynu cymdeithasol', en: 'Consultation on a national framework for social prescribing' },
    publisher: wg,
    url: 'https://gov.wales/node/49218',
    date: '2022-07-28',
  },
  {
    id: 'gl-wg-written-statement',
    title: { cy: 'Datganiad ysgrifenedig: Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol', en: 'Written statement: National Framework for Social Prescribing' },
    publisher: wg,
    url: 'https://gov.wales/written-statement-national-framework-social-prescribing',
    date: '2023',
  },
  {
    id: 'gl-senedd-wq90207',
    title: { cy: 'Cwestiwn ysgrifenedig WQ90207: presgripsiynu cymdeithasol a data craidd', en: 'Written question WQ90207: social prescribing and core data' },
    publisher: { cy: 'Senedd Cymru', en: 'Welsh Parliament' },
    url: 'https://record.senedd.wales/WrittenQuestion/90207',
    date: '2023-12-20',
  },
  {
    id: 'gl-wallace-2021-gcm',
    title: { cy: 'Mapio cysyniadau grŵp o rolau presgripsiynwyr cymdeithasol yng Nghymru (Wallace et al.)', en: 'Group concept mapping of social prescriber roles in Wales (Wallace et al.)' },
    publisher: { cy: 'Perspectives in Public Health', en: 'Perspectives in Public Health' },
    url: 'https://doi.org/10.1177/1757913921990072',
    date: '2021',
  },
  {
    id: 'gl-nhse-link-worker-wdf',
    title: { cy: 'Fframwaith datblygu’r gweithlu: gweithwyr cyswllt presgripsiynu cymdeithasol (Lloegr)', en: 'Workforce development framework: social prescribing link workers (England)' },
    publisher: { cy: 'GIG Lloegr', en: 'NHS England' },
    url: 'https://www.england.nhs.uk/long-read/workforce-development-framework-social-prescribing-link-workers/',
  },
  {
    id: 'gl-wemwbs-howto',
    title: { cy: 'Sut i sgorio WEMWBS', en: 'How to score WEMWBS' },
    publisher: warwick,
    url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto',
  },
  {
    id: 'gl-swemwbs-guidance',
    title: { cy: 'Canllawiau ar ddefnyddio WEMWBS a SWEMWBS', en: 'Guidance on using WEMWBS and SWEMWBS' },
    publisher: warwick,
    url: 'https://warwick.ac.uk/fac/med/research/platform/wemwbs/researchers/guidance/',
  },
  {
    id: 'gl-ons4',
    title: { cy: 'Llesiant personol: safon wedi’i chysoni', en: 'Personal well-being: harmonised standard' },
    publisher: { cy: 'Swyddogaeth Dadansoddi y Llywodraeth', en: 'Government Analysis Function' },
    url: 'https://analysisfunction.civilservice.gov.uk/policy-store/personal-well-being/',
  },
  {
    id: 'gl-ssw-act-2014',
    title: { cy: 'Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014', en: 'Social Services and Well-being (Wales) Act 2014' },
    publisher: legislation,
    url: 'https://www.legislation.gov.uk/anaw/2014/4/contents',
    date: '2014',
  },
  {
    id: 'gl-partnership-regulations-2015',
    title: { cy: 'Rheoliadau Trefniadau Partneriaeth (Cymru) 2015', en: 'Partnership Arrangements (Wales) Regulations 2015' },
    publisher: legislation,
    url: 'https://legislation.gov.uk/wsi/2015/1989/body/made/data.html',
    date: '2015',
  },
  {
    id: 'gl-data-protection-act-2018',
    title: { cy: 'Deddf Diogelu Data 2018', en: 'Data Protection Act 2018' },
    publisher: legislation,
    url: 'https://www.legislation.gov.uk/ukpga/2018/12/contents',
    date: '2018',
  },
  {
    id: 'gl-health-board-boundary',
    title: { cy: 'Datganiad ysgrifenedig: ffin bwrdd iechyd Pen-y-bont ar Ogwr', en: 'Written statement: health board boundary for Bridgend' },
    publisher: wg,
    url: 'https://gov.wales/written-statement-health-board-boundary-bridgend-associated-planning',
  },
  {
    id: 'gl-primary-care-clusters',
    title: { cy: 'Ardaloedd clwstwr gofal sylfaenol', en: 'Primary care cluster areas' },
    publisher: { cy: 'Gofal Sylfaenol Un, GIG Cymru', en: 'Primary Care One, NHS Wales' },
    url: 'https://primarycareone.nhs.wales/cluster-area/',
  },
  {
    id: 'gl-active-offer',
    title: { cy: 'Defnyddio’r Gymraeg yn y gwaith: polisi a deddfwriaeth (y Cynnig Rhagweithiol)', en: 'Using Welsh at work: policy and legislation (the Active Offer)' },
    publisher: { cy: 'Gofal Cymdeithasol Cymru', en: 'Social Care Wales' },
    url: 'https://socialcare.wales/resources-guidance/using-welsh-at-work/policy-and-legislation',
  },
  {
    id: 'gl-more-than-just-words',
    title: { cy: 'Mwy na geiriau: fframwaith strategol ar gyfer y Gymraeg mewn iechyd a gofal', en: 'More than just words: strategic framework for Welsh in health and care' },
    publisher: { cy: 'Arolygiaeth Gofal Cymru', en: 'Care Inspectorate Wales' },
    url: 'https://www.careinspectorate.wales/more-just-words',
  },
  {
    id: 'gl-nhs-digital-disclosure-control',
    title: { cy: 'Newid i fethodoleg rheoli datgelu ar gyfer HES ac ECDS', en: 'Change to disclosure control methodology for HES and ECDS' },
    publisher: { cy: 'NHS Digital', en: 'NHS Digital' },
    url: 'https://digital.nhs.uk/data-and-information/data-tools-and-services/data-services/hospital-episode-statistics/change-to-disclosure-control-methodology-for-hes-and-ecds-from-september-2018',
    date: '2018-09',
  },
  {
    id: 'gl-statswales-shorthand',
    title: { cy: 'Codau llaw-fer mewn tablau ystadegol', en: 'Shorthand codes in statistical tables' },
    publisher: wg,
    url: 'https://stats.gov.wales/en-GB/shorthand',
  },
];
