// The one bibliography: every document the hub cites, once, under a neutral id.
// Glossary terms, the competency framework, the standards, the dataset, the geography
// and the pages' front matter all cite these ids. content/check.ts rejects two entries
// with the same URL, so add a document here only if it is not already listed.
import type { z } from 'zod';
import type { Source } from './schema.ts';

export const sources: z.input<typeof Source>[] = [
  {
    id: 'cabinet-paper-nffsp',
    title: {
      cy: 'Papur Cabinet: Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol (strwythur arfaethedig, effaith a cherrig milltir)',
      en: 'Cabinet paper: National Framework for Social Prescribing (proposed structure, impact and milestones)',
    },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    date: '2023',
    note: {
      cy: 'Papur Cabinet Llywodraeth Cymru (2023) sy’n cynnig strwythur y fframwaith. Nid oes cyfeiriad cyhoeddus wedi’i wirio ar ei gyfer: tîm yr hwb sy’n cadw’r testun.',
      en: 'Welsh Government Cabinet paper (2023) proposing the structure of the framework. It has no checked public address: the hub team holds the text.',
    },
  },
  {
    id: 'splossary-core-terms',
    title: { cy: 'Rhestr Termau Presgripsiynu Cymdeithasol: y 36 term craidd', en: 'Social Prescribing Glossary: the 36 core terms' },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/core-terms/',
    date: '2024-04',
  },
  {
    id: 'splossary-glossary-cy',
    title: {
      cy: 'Rhestr Termau Presgripsiynu Cymdeithasol (fersiwn Gymraeg, Pob term A-Y)',
      en: 'Social Prescribing Glossary (Welsh version, all terms A-Y)',
    },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/cy/glossary/',
    date: '2024-04',
  },
  {
    id: 'splossary-core-definition',
    title: {
      cy: 'Diffinio termau craidd ac anghraidd presgripsiynu cymdeithasol',
      en: 'Defining core and non-core social prescribing terms',
    },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/defining-core-non-core-social-prescribing-terms/',
  },
  {
    id: 'splossary-core-terms-p2',
    title: {
      cy: 'Termau craidd (tudalen 2): asedau cymunedol, ymyriadau seiliedig ar natur ac atgyfeirio',
      en: 'Core terms (page 2): community assets, nature-based interventions and referral types',
    },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/wiki_cats/core-terms/page/2/',
  },
  {
    id: 'splossary-core-terms-p3',
    title: {
      cy: "Termau craidd (tudalen 3): y sgwrs, cynllunio gweithredu a'r practis",
      en: 'Core terms (page 3): the conversation, action planning and the practice',
    },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/wiki_cats/core-terms/page/3/',
  },
  {
    id: 'splossary-social-prescribing',
    title: { cy: 'Presgripsiynu Cymdeithasol (tudalen term)', en: 'Social Prescribing (term page)' },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/wiki/social-prescribing/',
  },
  {
    id: 'splossary-what-is-sp-cy',
    title: { cy: 'Beth yw presgripsiynu cymdeithasol?', en: 'What is social prescribing? (Welsh page)' },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/cy/what-is-social-prescribing/',
  },
  {
    id: 'splossary-referral',
    title: { cy: 'Atgyfeirio (tudalen term)', en: 'Referral (term page)' },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/wiki/referral/',
  },
  {
    id: 'splossary-care-navigator',
    title: { cy: 'Llywiwr gofal (tudalen term)', en: 'Care Navigator (term page)' },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/wiki/care-navigator/',
  },
  {
    id: 'splossary-models',
    title: { cy: 'Modelau presgripsiynu cymdeithasol (tudalen term)', en: 'Social Prescribing Models (term page)' },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/wiki/social-prescribing-models/',
  },
  {
    id: 'splossary-outcome-principles',
    title: {
      cy: 'Egwyddorion canlyniadau presgripsiynu cymdeithasol (tudalen term)',
      en: 'Social Prescribing Outcome Principles (term page)',
    },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/wiki/social-prescribing-outcome-principles/',
  },
  {
    id: 'splossary-creative-referral',
    title: { cy: 'Atgyfeirio creadigol (tudalen term)', en: 'Creative Referral (term page)' },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/wiki/creative-referral/',
  },
  {
    id: 'splossary-creative-referral-easy',
    title: { cy: 'Atgyfeirio creadigol (fersiwn hawdd ei ddeall)', en: 'Creative Referral (easy-read version)' },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/wiki/creative-referral-easy/',
  },
  {
    id: 'wsspr-glossary-news',
    title: {
      cy: 'Rhestr termau presgripsiynu cymdeithasol: adolygu’r termau Cymraeg',
      en: 'Social prescribing glossary of terms: reviewing the Welsh terms',
    },
    publisher: { cy: 'Ysgol Ymchwil Presgripsiynu Cymdeithasol Cymru', en: 'Wales School for Social Prescribing Research' },
    url: 'https://www.wsspr.wales/news_202305_social-prescribing-glossary-of-terms/',
    date: '2023-05',
  },
  {
    id: 'usw-glossary-launch',
    title: {
      cy: 'PDC ac Iechyd Cyhoeddus Cymru yn lansio rhestr termau i symleiddio iaith presgripsiynu cymdeithasol',
      en: 'USW and PHW launch glossary to simplify social prescribing language',
    },
    publisher: { cy: 'Prifysgol De Cymru', en: 'University of South Wales' },
    url: 'https://www.southwales.ac.uk/news/news-for-2024/usw-and-phw-launch-glossary-to-simplify-social-prescribing-language/',
    date: '2024-04-04',
  },
  {
    id: 'newstead-2023',
    title: {
      cy: 'Adnabod a dosbarthu terminoleg presgripsiynu cymdeithasol yng Nghymru (Newstead et al.)',
      en: 'Identifying and classifying social prescribing terminology in Wales (Newstead et al.)',
    },
    publisher: { cy: 'Primary Health Care Research & Development', en: 'Primary Health Care Research & Development' },
    url: 'https://pure.southwales.ac.uk/en/publications/identifying-and-classifying-social-prescribing-terminology-in-wal',
    date: '2023-11-28',
  },
  {
    id: 'phw-nffsp-launch',
    title: {
      cy: "Iechyd Cyhoeddus Cymru yn cefnogi lansio'r Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol",
      en: 'Public Health Wales supports the launch of the National Framework for Social Prescribing',
    },
    publisher: { cy: 'Iechyd Cyhoeddus Cymru', en: 'Public Health Wales' },
    url: 'https://publichealthwales.nhs.wales/news/public-health-wales-supports-the-launch-of-the-national-framework-for-social-prescribing/',
    date: '2023-12-11',
  },
  {
    id: 'phw-interface-model',
    title: {
      cy: 'Deall synergeddau presgripsiynu cymdeithasol: y Model Rhyngwyneb',
      en: 'Understanding social prescribing synergies: the Social Prescribing Interface Model',
    },
    publisher: { cy: 'Iechyd Cyhoeddus Cymru', en: 'Public Health Wales' },
    url: 'https://publichealthwales.nhs.wales/news/understanding-social-prescribing-synergies-key-to-improving-health-and-wellbeing-for-all/',
    date: '2022-09-05',
  },
  {
    id: 'wcva-nffsp',
    title: {
      cy: "Beth mae'r fframwaith cenedlaethol ar gyfer presgripsiynu cymdeithasol yn ei olygu i'r sector",
      en: 'What the national framework for social prescribing means for the sector',
    },
    publisher: { cy: 'Cyngor Gweithredu Gwirfoddol Cymru (WCVA)', en: 'Wales Council for Voluntary Action (WCVA)' },
    url: 'https://wcva.cymru/views/what-the-national-framework-for-social-prescribing-means-for-the-sector/',
    date: '2023-12',
  },
  {
    id: 'wsspr-wellbeing',
    title: {
      cy: 'Llesiant cymdeithasol a Graddfa Llesiant Cymdeithasol De Cymru',
      en: 'Social well-being and the South Wales Social Well-being Scale',
    },
    publisher: { cy: 'Ysgol Ymchwil Presgripsiynu Cymdeithasol Cymru', en: 'Wales School for Social Prescribing Research' },
    url: 'https://www.wsspr.wales/wellbeing/',
  },
  {
    id: 'iwa-sustainable-journey-2018',
    title: {
      cy: 'Presgripsiynu cymdeithasol: sut i greu taith gynaliadwy (Agenda, Sefydliad Materion Cymreig)',
      en: 'Social prescribing: how to create a sustainable journey (Agenda, Institute of Welsh Affairs)',
    },
    publisher: { cy: 'Sefydliad Materion Cymreig', en: 'Institute of Welsh Affairs' },
    url: 'https://iwa.wales/agenda/2018/10/social-prescribing-how-to-create-a-sustainable-journey',
    date: '2018-10',
  },
  {
    id: 'nffsp-consultation-2022',
    title: {
      cy: 'Ymgynghoriad ar fframwaith cenedlaethol ar gyfer presgripsiynu cymdeithasol',
      en: 'Consultation on a national framework for social prescribing',
    },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://gov.wales/node/49218',
    date: '2022-07-28',
  },
  {
    id: 'nffsp-written-statement',
    title: {
      cy: 'Datganiad ysgrifenedig: Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol',
      en: 'Written statement: National Framework for Social Prescribing',
    },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://gov.wales/written-statement-national-framework-social-prescribing',
    date: '2023',
  },
  {
    id: 'senedd-wq90207',
    title: {
      cy: 'Cwestiwn Ysgrifenedig WQ90207: y Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol a chanllawiau data craidd',
      en: 'Written Question WQ90207: the National Framework for Social Prescribing and core data guidance',
    },
    publisher: { cy: 'Senedd Cymru', en: 'Welsh Parliament' },
    url: 'https://record.senedd.wales/WrittenQuestion/90207',
    date: '2023-12-20',
  },
  {
    id: 'wallace-2021-gcm',
    title: {
      cy: 'Mapio cysyniadau grŵp o rolau presgripsiynwyr cymdeithasol yng Nghymru (Wallace et al.)',
      en: 'Group concept mapping of social prescriber roles in Wales (Wallace et al.)',
    },
    publisher: { cy: 'Perspectives in Public Health', en: 'Perspectives in Public Health' },
    url: 'https://doi.org/10.1177/1757913921990072',
    date: '2021',
  },
  {
    id: 'makanjuola-2023',
    title: {
      cy: 'Makanjuola et al. (2023), Anghenion hyfforddi gweithwyr cyswllt presgripsiynu cymdeithasol yng Nghymru',
      en: 'Makanjuola et al. (2023), Training needs of social prescribing link workers in Wales',
    },
    publisher: {
      cy: 'International Journal of Environmental Research and Public Health',
      en: 'International Journal of Environmental Research and Public Health',
    },
    url: 'https://www.mdpi.com/1660-4601/20/16/6549',
    date: '2023',
  },
  {
    id: 'nhse-link-worker-wdf',
    title: {
      cy: 'Fframwaith datblygu’r gweithlu: gweithwyr cyswllt presgripsiynu cymdeithasol (B1569)',
      en: 'Workforce development framework: social prescribing link workers (B1569)',
    },
    publisher: { cy: 'GIG Lloegr', en: 'NHS England' },
    url: 'https://www.england.nhs.uk/long-read/workforce-development-framework-social-prescribing-link-workers/',
  },
  {
    id: 'hee-link-worker-role',
    title: { cy: 'Archwiliwr rolau: gweithiwr cyswllt presgripsiynu cymdeithasol', en: 'Roles explorer: social prescribing link worker' },
    publisher: { cy: 'Health Education England', en: 'Health Education England' },
    url: 'https://www.hee.nhs.uk/our-work/workforce-transformation/spread-adoption/hee-roles-explorer/system-priorities-primary-care/social-prescribing-link-worker',
  },
  {
    id: 'wemwbs-howto',
    title: {
      cy: 'Graddfeydd Llesiant Meddyliol Warwick-Caeredin (WEMWBS a SWEMWBS): sut i’w defnyddio',
      en: 'Warwick-Edinburgh Mental Wellbeing Scales (WEMWBS and SWEMWBS): how to use them',
    },
    publisher: { cy: 'Prifysgol Warwick', en: 'University of Warwick' },
    url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto',
  },
  {
    id: 'wemwbs-guidance',
    title: { cy: 'Canllawiau ar ddefnyddio WEMWBS a SWEMWBS', en: 'Guidance on using WEMWBS and SWEMWBS' },
    publisher: { cy: 'Prifysgol Warwick', en: 'University of Warwick' },
    url: 'https://warwick.ac.uk/fac/med/research/platform/wemwbs/researchers/guidance/',
  },
  {
    id: 'ons4-personal-wellbeing',
    title: { cy: 'Safon wedi’i chysoni ar gyfer llesiant personol (ONS4)', en: 'Personal well-being harmonised standard (ONS4)' },
    publisher: { cy: 'Gwasanaeth Dadansoddi’r Llywodraeth', en: 'Government Analysis Function' },
    url: 'https://analysisfunction.civilservice.gov.uk/policy-store/personal-well-being/',
  },
  {
    id: 'ssw-act-2014',
    title: { cy: 'Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014', en: 'Social Services and Well-being (Wales) Act 2014' },
    publisher: { cy: 'legislation.gov.uk (Yr Archifau Gwladol)', en: 'legislation.gov.uk (The National Archives)' },
    url: 'https://www.legislation.gov.uk/anaw/2014/4/contents',
    date: '2014',
  },
  {
    id: 'partnership-regulations-2015',
    title: {
      cy: 'Rheoliadau Trefniadau Partneriaeth (Cymru) 2015 (OS 2015/1989)',
      en: 'The Partnership Arrangements (Wales) Regulations 2015 (SI 2015/1989)',
    },
    publisher: { cy: 'legislation.gov.uk', en: 'legislation.gov.uk' },
    url: 'https://legislation.gov.uk/wsi/2015/1989/body/made/data.html',
    date: '2015',
  },
  {
    id: 'data-protection-act-2018',
    title: { cy: 'Deddf Diogelu Data 2018', en: 'Data Protection Act 2018' },
    publisher: { cy: 'legislation.gov.uk (Yr Archifau Gwladol)', en: 'legislation.gov.uk (The National Archives)' },
    url: 'https://www.legislation.gov.uk/ukpga/2018/12/contents',
    date: '2018',
  },
  {
    id: 'uk-gdpr-art6',
    title: { cy: 'GDPR y DU, Erthygl 6: cyfreithlondeb prosesu', en: 'UK GDPR, Article 6: lawfulness of processing' },
    publisher: { cy: 'legislation.gov.uk', en: 'legislation.gov.uk' },
    url: 'https://www.legislation.gov.uk/eur/2016/679/article/6',
  },
  {
    id: 'bridgend-boundary-statement',
    title: {
      cy: 'Datganiad ysgrifenedig: newid ffin bwrdd iechyd Pen-y-bont ar Ogwr a’r cynllunio cysylltiedig',
      en: 'Written statement: health board boundary change for Bridgend and associated planning',
    },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://gov.wales/written-statement-health-board-boundary-bridgend-associated-planning',
  },
  {
    id: 'primary-care-one-clusters',
    title: { cy: 'Ardaloedd clwstwr gofal sylfaenol', en: 'Primary care cluster areas' },
    publisher: { cy: 'Gofal Sylfaenol Un (GIG Cymru)', en: 'Primary Care One (NHS Wales)' },
    url: 'https://primarycareone.nhs.wales/cluster-area/',
  },
  {
    id: 'primary-care-model-wales',
    title: { cy: 'Model Gofal Sylfaenol i Gymru a’i fatrics aeddfedrwydd', en: 'Primary Care Model for Wales and its maturity matrix' },
    publisher: { cy: 'GIG Cymru, Gofal Sylfaenol Un', en: 'NHS Wales, Primary Care One' },
    url: 'https://primarycareone.nhs.wales/',
    date: '2021',
  },
  {
    id: 'cpw-clusters',
    title: { cy: 'Clystyrau gofal sylfaenol', en: 'Primary care clusters' },
    publisher: { cy: 'Fferylliaeth Gymunedol Cymru', en: 'Community Pharmacy Wales' },
    url: 'https://cpwales.org.uk/quality-collaboration/primary-care-clusters-d50/',
  },
  {
    id: 'phw-clusters-dashboard',
    title: { cy: 'Dangosfwrdd clystyrau gofal sylfaenol', en: 'Primary care clusters dashboard' },
    publisher: { cy: 'Iechyd Cyhoeddus Cymru', en: 'Public Health Wales' },
    url: 'https://beta-phw.nhs.wales/reports/primary-care-clusters-dashboard/',
    date: '2026-01-21',
  },
  {
    id: 'wikimili-health-boards',
    title: {
      cy: 'Rhestr o fyrddau iechyd lleol ac ymddiriedolaethau GIG yng Nghymru',
      en: 'List of local health boards and NHS trusts in Wales',
    },
    publisher: { cy: 'WikiMili', en: 'WikiMili' },
    url: 'https://wikimili.com/en/List_of_local_health_boards_and_NHS_trusts_in_Wales',
  },
  {
    id: 'wikimili-principal-areas',
    title: { cy: 'Rhestr o brif ardaloedd Cymru', en: 'List of Welsh principal areas' },
    publisher: { cy: 'WikiMili', en: 'WikiMili' },
    url: 'https://wikimili.com/en/List_of_Welsh_principal_areas',
  },
  {
    id: 'active-offer',
    title: {
      cy: 'Defnyddio’r Gymraeg yn y gwaith: polisi a deddfwriaeth (y Cynnig Rhagweithiol)',
      en: 'Using Welsh at work: policy and legislation (the Active Offer)',
    },
    publisher: { cy: 'Gofal Cymdeithasol Cymru', en: 'Social Care Wales' },
    url: 'https://socialcare.wales/resources-guidance/using-welsh-at-work/policy-and-legislation',
  },
  {
    id: 'more-than-just-words',
    title: {
      cy: 'Mwy na geiriau: fframwaith strategol ar gyfer y Gymraeg mewn iechyd a gofal',
      en: 'More than just words: strategic framework for Welsh in health and care',
    },
    publisher: { cy: 'Arolygiaeth Gofal Cymru', en: 'Care Inspectorate Wales' },
    url: 'https://www.careinspectorate.wales/more-just-words',
  },
  {
    id: 'more-than-just-words-action-plan',
    title: {
      cy: 'Mwy na geiriau: cynllun gweithredu ar gyfer y Gymraeg mewn iechyd, gwasanaethau cymdeithasol a gofal cymdeithasol',
      en: 'More than just words: action plan for the Welsh language in health, social services and social care',
    },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://www.careinspectorate.wales/more-just-words-action-plan-welsh-language-health-social-services-and-social-care',
  },
  {
    id: 'welsh-language-standards-nhs-websites',
    title: {
      cy: 'Safonau’r Gymraeg: arfer gorau ar gyfer gwefannau GIG Cymru',
      en: 'Welsh Language Standards: best practice for NHS Wales websites',
    },
    publisher: { cy: 'GIG Cymru', en: 'NHS Wales' },
    url: 'https://cmssupport.nhs.wales/best-practice/welsh-language-standards/',
  },
  {
    id: 'welsh-language-standards-law',
    title: { cy: 'Safonau’r Gymraeg', en: 'Welsh language standards' },
    publisher: { cy: 'Cyfraith Cymru', en: 'Law Wales' },
    url: 'https://law.gov.wales/culture/welsh-language/standards/?lang=en',
  },
  {
    id: 'welsh-language-digital',
    title: { cy: 'Y Gymraeg mewn cyfathrebu digidol', en: 'Welsh language in digital communications' },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://www.gov.wales/welsh-language-digital-communications',
    date: '2019-10-31',
  },
  {
    id: 'nhs-digital-disclosure-control',
    title: {
      cy: 'Newid i fethodoleg rheoli datgelu ar gyfer HES ac ECDS',
      en: 'Change to disclosure control methodology for HES and ECDS',
    },
    publisher: { cy: 'NHS Digital', en: 'NHS Digital' },
    url: 'https://digital.nhs.uk/data-and-information/data-tools-and-services/data-services/hospital-episode-statistics/change-to-disclosure-control-methodology-for-hes-and-ecds-from-september-2018',
    date: '2018-09',
  },
  {
    id: 'statswales-shorthand',
    title: { cy: 'Codau llaw-fer StatsCymru', en: 'StatsWales shorthand codes' },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://stats.gov.wales/en-GB/shorthand',
  },
  {
    id: 'trauma-informed-wales',
    title: {
      cy: 'Cymru sy’n Ystyriol o Drawma: hyfforddiant a lefelau ymarfer',
      en: 'Trauma-Informed Wales: training and practice levels',
    },
    url: 'https://traumaframeworkcymru.com/trauma-informed-training/',
  },
  {
    id: 'prsb-social-prescribing-standard',
    title: { cy: 'Safon Wybodaeth Presgripsiynu Cymdeithasol (fersiwn 1.1)', en: 'Social Prescribing Information Standard (version 1.1)' },
    publisher: { cy: 'Professional Record Standards Body', en: 'Professional Record Standards Body' },
    url: 'https://theprsb.org/standards/social-prescribing-standard/',
    date: '2023-01',
  },
  {
    id: 'social-prescribing-evaluation-toolkit',
    title: {
      cy: 'Pecyn cymorth gwerthuso presgripsiynu cymdeithasol: adrodd a mesur',
      en: 'The social prescribing evaluation toolkit: reporting and measurement',
    },
    publisher: { cy: 'Transformation Partners in Health and Care', en: 'Transformation Partners in Health and Care' },
    url: 'https://www.transformationpartners.nhs.uk/programmes/personalised_care/projects/the-social-prescribing-evaluation-toolkit-a-guide-to-demonstrating-impact-locally/reporting-and-measurement/',
  },
  {
    id: 'nhse-dsic-social-prescribing',
    title: {
      cy: 'Catalog Integreiddio Gwasanaethau Digidol: y gallu “Presgripsiynu Cymdeithasol”',
      en: 'Digital Services Integration Catalogue: “Social Prescribing” capability',
    },
    publisher: { cy: 'GIG Lloegr', en: 'NHS England' },
    url: 'https://nhse-dsic.atlassian.net/wiki/x/VAvrUg',
    date: '2024-09-09',
  },
  {
    id: 'dewis-cymru',
    title: { cy: 'DEWIS Cymru: y lle i gael gwybodaeth am lesiant', en: 'DEWIS Cymru: the place for information about well-being' },
    publisher: { cy: 'DEWIS Cymru', en: 'DEWIS Cymru' },
    url: 'https://www.dewis.wales/',
  },
  {
    id: 'infoengine',
    title: {
      cy: 'Infoengine: cyfeiriadur gwasanaethau’r trydydd sector yng Nghymru',
      en: 'Infoengine: directory of third sector services in Wales',
    },
    publisher: { cy: 'Cynghorau gwirfoddol sirol a WCVA', en: 'County voluntary councils and WCVA' },
    url: 'https://www.infoengine.cymru/',
  },
  {
    id: 'nhs-111-wales',
    title: { cy: 'GIG 111 Cymru', en: 'NHS 111 Wales' },
    publisher: { cy: 'GIG Cymru', en: 'NHS Wales' },
    url: 'https://111.wales.nhs.uk/',
  },
  {
    id: 'psbar-2018',
    title: {
      cy: 'Rheoliadau Cyrff y Sector Cyhoeddus (Gwefannau a Chymwysiadau Symudol) (Rhif 2) Hygyrchedd 2018',
      en: 'The Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018',
    },
    publisher: { cy: 'legislation.gov.uk', en: 'legislation.gov.uk' },
    url: 'https://www.legislation.gov.uk/uksi/2018/952/contents/made',
    date: '2018',
  },
  {
    id: 'wcag-22',
    title: { cy: 'Canllawiau Hygyrchedd Cynnwys y We (WCAG) 2.2', en: 'Web Content Accessibility Guidelines (WCAG) 2.2' },
    publisher: { cy: 'W3C', en: 'W3C' },
    url: 'https://www.w3.org/TR/WCAG22/',
    date: '2023-10-05',
  },
  {
    id: 'ehrc',
    title: { cy: 'Y Comisiwn Cydraddoldeb a Hawliau Dynol', en: 'Equality and Human Rights Commission' },
    publisher: { cy: 'EHRC', en: 'EHRC' },
    url: 'https://www.equalityhumanrights.com/',
  },
  {
    id: 'eass',
    title: { cy: 'Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)', en: 'Equality Advisory and Support Service (EASS)' },
    publisher: { cy: 'EASS', en: 'EASS' },
    url: 'https://www.equalityadvisoryservice.com/',
  },
  {
    id: 'ico-complaints',
    title: {
      cy: 'Swyddfa’r Comisiynydd Gwybodaeth: gwneud cwyn am ddiogelu data',
      en: 'Information Commissioner’s Office: make a data protection complaint',
    },
    publisher: { cy: 'ICO', en: 'ICO' },
    url: 'https://ico.org.uk/make-a-complaint/',
  },
  {
    id: 'cdps-digital-service-standards',
    title: { cy: 'Safonau Gwasanaeth Digidol i Gymru', en: 'Digital Service Standards for Wales' },
    publisher: { cy: 'Canolfan Gwasanaethau Cyhoeddus Digidol', en: 'Centre for Digital Public Services' },
    url: 'https://digitalpublicservices.gov.wales/resources/digital-service-standards/',
  },
];
